namespace PauseBot.Core.Scheduling;

public enum ScheduleKind
{
    /// <summary>Every day at <see cref="ScheduleSpec.Times"/>.</summary>
    Daily,

    /// <summary>Monday–Friday at <see cref="ScheduleSpec.Times"/>.</summary>
    Weekdays,

    /// <summary>On <see cref="ScheduleSpec.Days"/> at <see cref="ScheduleSpec.Times"/>.</summary>
    Weekly,

    /// <summary>Every <see cref="ScheduleSpec.Interval"/>, counted from an anchor instant.</summary>
    Interval,
}
