
namespace PauseBot.Core.Scheduling;

/// <summary>
/// A project's quiet days: optionally every Saturday and Sunday, plus specific local dates (holidays).
/// Pass <see cref="IsQuiet"/> to <see cref="ScheduleSpec.NextOccurrence"/> as the <c>isQuietDay</c> filter.
/// </summary>
public sealed class QuietDays
{
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
}
