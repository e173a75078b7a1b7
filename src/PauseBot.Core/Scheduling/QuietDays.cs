using PauseBot.Core.Text;

namespace PauseBot.Core.Scheduling;

/// <summary>
/// A project's quiet days: optionally every Saturday and Sunday, plus specific local dates (holidays).
/// Pass <see cref="IsQuiet"/> to <see cref="ScheduleSpec.NextOccurrence"/> as the <c>isQuietDay</c> filter.
/// </summary>
public sealed class QuietDays
{
    public const string DateFormatHelp = "Use `YYYY-MM-DD`, e.g. `2026-12-25` (several: `2026-12-25,2026-12-26`).";

    /// <summary>Nothing is quiet.</summary>
    public static readonly QuietDays None = new(false);

    public QuietDays(bool weekendsQuiet, IEnumerable<DateOnly>? dates = null)
    {
        WeekendsQuiet = weekendsQuiet;
        Dates = new System.Collections.ObjectModel.ReadOnlySet<DateOnly>((dates ?? []).ToHashSet());
    }

    public bool WeekendsQuiet { get; }

    public IReadOnlySet<DateOnly> Dates { get; }

    public bool IsQuiet(DateOnly date) =>
        (WeekendsQuiet && date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) || Dates.Contains(date);

    /// <summary>
    /// If the instant's local date in <paramref name="zone"/> is quiet, the same local time-of-day on the next
    /// non-quiet day (DST-correct via <see cref="ZoneTime"/>; returned with offset zero); otherwise
    /// <paramref name="instantUtc"/> unchanged.
    /// </summary>
    public DateTimeOffset NextWorkingInstant(DateTimeOffset instantUtc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = ZoneTime.ToLocal(instantUtc, zone);
        var day = DateOnly.FromDateTime(local);
        if (!IsQuiet(day)) return instantUtc;

        // Terminates: only finitely many dates are listed and weekends are at most two days in a row.
        do day = day.AddDays(1);
        while (IsQuiet(day));
        return ZoneTime.ToUtc(day, TimeOnly.FromDateTime(local), zone);
    }

    /// <summary>One date in <c>YYYY-MM-DD</c> form (surrounding spaces ignored).</summary>
    public static DateParseResult ParseDate(string? text)
    {
        var shown = (text ?? "").Trim();
        if (shown.Length == 0) return new DateParseResult(default, $"Please give a date. {DateFormatHelp}");
        return TimeWords.Date(shown, out var date) switch
        {
            WordMatch.Yes => new DateParseResult(date, null),
            WordMatch.Invalid => new DateParseResult(default, $"`{shown}` isn't a real date. {DateFormatHelp}"),
            _ => new DateParseResult(default, $"I couldn't read `{shown}` as a date. {DateFormatHelp}"),
        };
    }

    /// <summary>Dates separated by commas and/or spaces; the first bad one is reported.</summary>
    public static DateListParseResult ParseDates(string? text)
    {
        var parts = (text ?? "").Split([',', ' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return new DateListParseResult([], $"Please give at least one date. {DateFormatHelp}");
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
