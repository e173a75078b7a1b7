using Microsoft.Extensions.Options;

namespace PauseBot.Slack.Inbound;

/// <summary>
/// Default <see cref="IEventDeduplicator"/>: a bounded in-process set (oldest ids dropped past
/// <see cref="SlackInboundOptions.DeduplicationCapacity"/> or <see cref="SlackInboundOptions.DeduplicationWindow"/>).
/// Good for one instance; several instances need a shared store.
/// </summary>
public sealed class InMemoryEventDeduplicator(TimeProvider time, IOptions<SlackInboundOptions> options) : IEventDeduplicator
{
    private readonly Lock gate = new();
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Id, DateTimeOffset At)> order = new();

    public ValueTask<bool> TryBeginAsync(string eventId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var settings = options.Value;
        lock (gate)
        {
            while (order.TryPeek(out var oldest)
                   && (now - oldest.At > settings.DeduplicationWindow || order.Count >= Math.Max(1, settings.DeduplicationCapacity)))
            {
                order.Dequeue();
                seen.Remove(oldest.Id);
            }
            if (!seen.Add(eventId))
                return ValueTask.FromResult(false);
            order.Enqueue((eventId, now));
            return ValueTask.FromResult(true);
        }
    }
}
