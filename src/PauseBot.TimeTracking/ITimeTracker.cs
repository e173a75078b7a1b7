namespace PauseBot.TimeTracking;

/// <summary>
/// One time tracker, through its public API, with the credentials configured for it. Every call answers a value or a
/// <see cref="TrackerFailure"/> (401/403/404/other 4xx, or transient after the client's own retries); only cancellation
/// throws. Each call is safe to repeat: archiving an archived project or stopping a stopped timer succeeds.
/// </summary>
public interface ITimeTracker
{
    /// <summary>Which tracker this is.</summary>
    TrackerKind Kind { get; }

    /// <summary>The project's name and whether it is active.</summary>
    Task<TrackerResult<TrackerProject>> GetProjectAsync(string projectId, CancellationToken ct = default);

    /// <summary>Archives (Toggl, Clockify) or deactivates (Harvest) the project so no new hours can be logged on it.</summary>
    Task<TrackerResult<TrackerProject>> DeactivateProjectAsync(string projectId, CancellationToken ct = default);

    /// <summary>Makes the project active again.</summary>
    Task<TrackerResult<TrackerProject>> ReactivateProjectAsync(string projectId, CancellationToken ct = default);

    /// <summary>Stops the timers still running on the project, as far as the tracker's API lets these credentials see them.</summary>
    Task<TrackerResult<TimersStopped>> StopRunningTimersAsync(string projectId, CancellationToken ct = default);

    /// <summary>The project's time entries for <paramref name="from"/> and later days (running ones included where reported).</summary>
    Task<TrackerResult<IReadOnlyList<TrackerTimeEntry>>> ListTimeEntriesAsync(string projectId, DateOnly from, CancellationToken ct = default);
}

/// <summary>The trackers that are configured (credentials set); the others are simply absent.</summary>
public interface ITimeTrackers
{
    /// <summary>The configured trackers, in <see cref="TrackerKind"/> order.</summary>
    IReadOnlyList<TrackerKind> Enabled { get; }

    /// <summary>The tracker of <paramref name="kind"/>, or null when it is not configured.</summary>
    ITimeTracker? Get(TrackerKind kind);
}
