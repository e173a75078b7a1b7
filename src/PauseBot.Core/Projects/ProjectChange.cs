namespace PauseBot.Core.Projects;

/// <summary>What an administrative change did to a project (<see cref="ProjectChanged"/>).</summary>
public abstract record ProjectChange
{
    private ProjectChange() { }

    public sealed record Created : ProjectChange;

    public sealed record ChannelAdded(string ChannelId) : ProjectChange;

    public sealed record ChannelRemoved(string ChannelId) : ProjectChange;

    public sealed record LeadAdded(string UserId) : ProjectChange;

    public sealed record LeadRemoved(string UserId) : ProjectChange;

    public sealed record TimeZoneSet(string ZoneId) : ProjectChange;

    /// <summary>Weekends are now quiet days (no scheduled posts), or no longer.</summary>
    public sealed record QuietWeekends(bool Quiet) : ProjectChange;

    public sealed record QuietDateAdded(DateOnly Date) : ProjectChange;

    public sealed record QuietDateRemoved(DateOnly Date) : ProjectChange;

    /// <summary>The leads' reminder about a missed update waits until <see cref="Until"/>.</summary>
    public sealed record ReminderSnoozed(DateTimeOffset Until) : ProjectChange;
}
