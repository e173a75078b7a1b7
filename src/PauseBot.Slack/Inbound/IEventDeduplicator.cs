namespace PauseBot.Slack.Inbound;

/// <summary>
/// Remembers which <c>event_id</c>s were already taken, so a retried delivery is handled once. Resolved from a fresh
/// DI scope per event, so a scoped, database-backed implementation may replace the in-memory default.
/// </summary>
public interface IEventDeduplicator
{
    /// <summary>True the first time <paramref name="eventId"/> is seen; false for every later call.</summary>
    ValueTask<bool> TryBeginAsync(string eventId, CancellationToken ct);
}
