using PauseBot.Core.Scheduling;

namespace PauseBot.Features.Shared.Text;

/// <summary>Dates as people type them in commands (<c>YYYY-MM-DD</c>), e.g. quiet days.</summary>
public static class DateText
{
    public const string FormatHelp = "Use `YYYY-MM-DD`, e.g. `2026-12-25` (several: `2026-12-25,2026-12-26`).";

    /// <summary>One date in <c>YYYY-MM-DD</c> form (surrounding spaces ignored).</summary>
    public static DateParseResult ParseDate(string? text)
    {
        var shown = (text ?? "").Trim();
        if (shown.Length == 0) return new DateParseResult(default, $"Please give a date. {FormatHelp}");
        return TimeWords.Date(shown, out var date) switch
        {
            WordMatch.Yes => new DateParseResult(date, null),
            WordMatch.Invalid => new DateParseResult(default, $"`{shown}` isn't a real date. {FormatHelp}"),
            _ => new DateParseResult(default, $"I couldn't read `{shown}` as a date. {FormatHelp}"),
        };
    }

    /// <summary>Dates separated by commas and/or spaces; the first bad one is reported.</summary>
    public static DateListParseResult ParseDates(string? text)
    {
        var parts = (text ?? "").Split([',', ' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return new DateListParseResult([], $"Please give at least one date. {FormatHelp}");
        var dates = new SortedSet<DateOnly>();
        foreach (var part in parts)
        {
            var one = ParseDate(part);
            if (!one.IsSuccess) return new DateListParseResult([], one.Error);
            dates.Add(one.Date);
        }

        return new DateListParseResult(dates.ToArray(), null);
    }
}
