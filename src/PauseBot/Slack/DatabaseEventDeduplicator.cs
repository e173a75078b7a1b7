using PauseBot.Persistence.Events;
using PauseBot.Slack.Inbound;

namespace PauseBot.Slack;

/// <summary>Event de-duplication by a unique key in the database, so a retry that reaches another replica is dropped too.</summary>
public sealed class DatabaseEventDeduplicator(EventDeduplicationStore store) : IEventDeduplicator
{
    public async ValueTask<bool> TryBeginAsync(string eventId, CancellationToken ct) => await store.TryClaimAsync(eventId, ct);
}
