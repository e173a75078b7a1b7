using System.Diagnostics.CodeAnalysis;

namespace PauseBot.Features.Shared.Text;

/// <summary>Result of <see cref="TimeExpression.Parse"/>: a UTC instant, or an error message fit to show a Slack user.</summary>
public sealed record TimeParseResult
{
    private TimeParseResult(DateTimeOffset instant, string? error, bool recognized)
    {
        Instant = instant;
        Error = error;
        Recognized = recognized;
    }

    /// <summary>The parsed instant, always with offset zero (UTC). <c>default</c> when parsing failed.</summary>
    public DateTimeOffset Instant { get; }

    /// <summary>Human-readable reason the text could not be used; <c>null</c> on success.</summary>
    public string? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>True when the text had the SHAPE of a time expression (even if e.g. the date does not exist).</summary>
    internal bool Recognized { get; }

    public static TimeParseResult Ok(DateTimeOffset instant) => new(instant.ToUniversalTime(), null, true);

    public static TimeParseResult Fail(string error) => new(default, error, false);

    internal static TimeParseResult Invalid(string error) => new(default, error, true);
}
