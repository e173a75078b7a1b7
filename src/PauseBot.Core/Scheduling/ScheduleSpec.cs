using System.Collections.ObjectModel;
using System.Globalization;

namespace PauseBot.Core.Scheduling;

/// <summary>
/// A project's status-update schedule, as set with <c>/pausebot schedule &lt;key&gt; &lt;spec&gt;</c>.
/// Accepted text (case-insensitive; optional filler words <c>at</c>/<c>on</c>; times 24-hour or <c>9am</c>):
/// <c>daily 09:00</c> · <c>every day 09:00</c> · <c>weekdays 09:00,17:00</c> · <c>every weekday 09:00</c> ·
/// <c>every monday 10:00</c> · <c>every mon,thu 10:00</c> · <c>weekly friday 16:00</c> ·
/// <c>every 4h</c> · <c>every 30m</c> · <c>every 90 minutes</c> · <c>every hour</c> (15 minutes … 7 days).
/// <see cref="ToString"/> gives the canonical text, which parses back to an equal spec; equality is by it.
/// </summary>
public sealed partial class ScheduleSpec : IEquatable<ScheduleSpec>
{
    public static readonly TimeSpan MinInterval = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan MaxInterval = TimeSpan.FromDays(7);

    internal ScheduleSpec(ScheduleKind kind, IEnumerable<TimeOnly> times, IEnumerable<DayOfWeek> days, TimeSpan? interval)
    {
        Kind = kind;
        Times = times.Distinct().Order().ToArray();
        Days = new ReadOnlySet<DayOfWeek>(new HashSet<DayOfWeek>(days));
        Interval = interval;
    }

    public ScheduleKind Kind { get; }

    /// <summary>Local wall-clock times, ascending and distinct; empty for <see cref="ScheduleKind.Interval"/>.</summary>
    public IReadOnlyList<TimeOnly> Times { get; }

    /// <summary>Days it fires on: all 7 (Daily), Mon–Fri (Weekdays), the chosen ones (Weekly), none (Interval).</summary>
    public IReadOnlySet<DayOfWeek> Days { get; }

    /// <summary>Step for <see cref="ScheduleKind.Interval"/>; null otherwise.</summary>
    public TimeSpan? Interval { get; }

    /// <summary><see cref="Days"/> ordered Monday first.</summary>
    public IEnumerable<DayOfWeek> OrderedDays => Days.OrderBy(TimeWords.MondayFirst);

    public static ScheduleSpecResult Parse(string? text) => ScheduleSpecParser.Parse(text);

    /// <summary>Canonical text: <c>daily 09:00,17:00</c>, <c>weekdays 09:00</c>, <c>every mon,thu 10:00</c>, <c>every 4h</c>.</summary>
    public override string ToString()
    {
        var times = string.Join(',', Times.Select(t => t.ToString("HH:mm", CultureInfo.InvariantCulture)));
        return Kind switch
        {
            ScheduleKind.Daily => $"daily {times}",
            ScheduleKind.Weekdays => $"weekdays {times}",
            ScheduleKind.Weekly => $"every {string.Join(',', OrderedDays.Select(TimeWords.ShortName))} {times}",
            _ => $"every {FormatInterval(Interval!.Value)}",
        };
    }

    public bool Equals(ScheduleSpec? other) => other is not null && ToString() == other.ToString();

    public override bool Equals(object? obj) => Equals(obj as ScheduleSpec);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    private static string FormatInterval(TimeSpan step) => step.Ticks switch
    {
        var t when t % TimeSpan.TicksPerDay == 0 => $"{t / TimeSpan.TicksPerDay}d",
        var t when t % TimeSpan.TicksPerHour == 0 => $"{t / TimeSpan.TicksPerHour}h",
        var t => $"{t / TimeSpan.TicksPerMinute}m",
    };
}
