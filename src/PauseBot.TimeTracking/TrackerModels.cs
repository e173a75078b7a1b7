namespace PauseBot.TimeTracking;

/// <summary>A project as the tracker reports it.</summary>
/// <param name="Id">The tracker's project id, as text (numeric for Harvest and Toggl, hexadecimal for Clockify).</param>
/// <param name="Name">The name the tracker shows for it.</param>
/// <param name="IsActive">False when archived (Toggl, Clockify) or inactive (Harvest): no new hours can be logged on it.</param>
public sealed record TrackerProject(string Id, string Name, bool IsActive);

/// <summary>One time entry on a project.</summary>
/// <param name="Id">The tracker's time entry id, as text; stable, so it identifies the entry across checks.</param>
/// <param name="PersonName">Who logged it, by the name the tracker reports.</param>
/// <param name="Email">Their email when the tracker shares it with these credentials; null otherwise.</param>
/// <param name="Hours">Hours as a decimal (1.5 = 1 h 30 min), rounded to hundredths; for a running timer, so far.</param>
/// <param name="Date">The day the hours are for, as the tracker records it.</param>
/// <param name="IsRunning">True while its timer is running.</param>
/// <param name="LoggedAt">
/// When the work started or was entered, as far as the tracker says: Toggl and Clockify report the start instant, Harvest
/// the entry's creation (<c>created_at</c>). Null when unknown.
/// </param>
public sealed record TrackerTimeEntry(
    string Id, string PersonName, string? Email, decimal Hours, DateOnly Date, bool IsRunning, DateTimeOffset? LoggedAt);

/// <summary>What stopping the running timers on a project did.</summary>
/// <param name="Stopped">Timers stopped by this call (0 when none ran).</param>
/// <param name="Limitation">
/// Set when the tracker's API cannot see every running timer (Toggl shows only the token owner's); say so to the lead.
/// </param>
public sealed record TimersStopped(int Stopped, string? Limitation = null);

/// <summary>What a tracker's API does not let PauseBot do, in words for the people who link it.</summary>
public static class TrackerLimits
{
    /// <summary>Toggl Track lists only the token owner's running entry (<c>GET /api/v9/me/time_entries/current</c>).</summary>
    public const string TogglOwnTimerOnly =
        "Toggl's API shows PauseBot only the running timer of the API token's own user; other members' timers keep running until they stop them (new entries on the archived project are refused).";
}
