
namespace PauseBot.Core.Scheduling;

public sealed partial class ScheduleSpec
{
    /// <summary>
    /// Quartz.NET cron expressions (<c>sec min hour day-of-month month day-of-week</c>) equivalent to this spec,
    /// one per distinct minute value with the hours combined: <c>daily 09:00</c> → <c>0 0 9 ? * *</c>;
    /// <c>weekdays 09:00,17:00</c> → <c>0 0 9,17 ? * MON-FRI</c>; <c>weekdays 09:00,17:30</c> →
    /// <c>0 0 9 ? * MON-FRI</c> and <c>0 30 17 ? * MON-FRI</c>; <c>every mon,thu 10:00</c> → <c>0 0 10 ? * MON,THU</c>.
    /// Empty for <see cref="ScheduleKind.Interval"/> (use a simple trigger). The triggers must be created in the
    /// project's time zone; they know nothing about quiet days (check <c>QuietDays</c> when firing), and
    /// <see cref="NextOccurrence"/> is the reference for DST edge cases.
    /// </summary>
    public IReadOnlyList<string> ToQuartzCron()
    {
        if (Kind == ScheduleKind.Interval) return [];
        var dayOfWeek = Kind switch
        {
            ScheduleKind.Daily => "*",
            ScheduleKind.Weekdays => "MON-FRI",
            _ => string.Join(',', OrderedDays.Select(d => TimeWords.ShortName(d).ToUpperInvariant())),
        };
        return Times
            .GroupBy(t => t.Minute)
            .OrderBy(g => g.Key)
            .Select(g => $"0 {g.Key} {string.Join(',', g.Select(t => t.Hour).Order())} ? * {dayOfWeek}")
            .ToArray();
    }
}
