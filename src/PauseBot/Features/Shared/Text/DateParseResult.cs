using System.Diagnostics.CodeAnalysis;

namespace PauseBot.Features.Shared.Text;

/// <summary>Result of <see cref="DateText.ParseDate"/>: a date, or an error message for the Slack user.</summary>
public sealed record DateParseResult(DateOnly Date, string? Error)
{
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;
}

/// <summary>Result of <see cref="DateText.ParseDates"/>: distinct dates in ascending order, or an error message.</summary>
public sealed record DateListParseResult(IReadOnlyList<DateOnly> Dates, string? Error)
{
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;
}
