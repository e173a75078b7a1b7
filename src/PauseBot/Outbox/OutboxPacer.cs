using Microsoft.Extensions.Options;
using PauseBot.Slack;

namespace PauseBot.Outbox;

/// <summary>
/// Workspace-wide pace per Slack method for outbox deliveries: at most N calls in any sliding minute (Slack counts
/// per method per workspace), so a fan-out of thousands of messages runs at the limit instead of into 429s. A slot is
/// stamped again when its call ends, so the window never frees earlier than Slack's. When Slack answers 429 anyway
/// (another app, a stricter limit than configured) the pace adapts: it pauses for <c>Retry-After</c> and lowers the
/// method's budget to 90% of what was sent in the last minute, then climbs back by a tenth of the configured limit
/// for each minute without a 429. Thread-safe; one per process.
/// </summary>
public sealed class OutboxPacer(IOptions<OutboxOptions> options, TimeProvider time) : ISlackRateLimitObserver
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly object _gate = new();
    private readonly Dictionary<string, MethodPace> _methods = new(StringComparer.Ordinal);

    /// <summary>A reserved call; pass it to <see cref="Complete"/> when the call has ended.</summary>
    public sealed class Slot(DateTimeOffset at)
    {
        internal DateTimeOffset At { get; set; } = at;
    }

    private sealed class MethodPace(int ceiling, DateTimeOffset now)
    {
        public Queue<Slot> Slots { get; } = new();
        public int Ceiling { get; } = ceiling;
        public int Budget { get; set; } = ceiling;
        public DateTimeOffset BlockedUntil { get; set; }
        public DateTimeOffset LastAdjusted { get; set; } = now;
    }

    /// <summary>The current per-minute budget of <paramref name="method"/> (after adaptation).</summary>
    public int BudgetOf(string method)
    {
        lock (_gate) return Pace(method, time.GetUtcNow()).Budget;
    }

    /// <summary>Reserves one call of <paramref name="method"/> now, or says how long to wait before asking again.</summary>
    public (Slot? Slot, TimeSpan Wait) TryReserve(string method)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var pace = Pace(method, now);
            if (now < pace.BlockedUntil) return (null, pace.BlockedUntil - now);
            var margin = options.Value.PaceMargin;
            while (pace.Slots.Count > 0 && pace.Slots.Peek().At + Window + margin <= now) pace.Slots.Dequeue();
            if (pace.Budget < pace.Ceiling && now - pace.LastAdjusted >= Window)
            {
                pace.Budget = Math.Min(pace.Ceiling, pace.Budget + Math.Max(1, pace.Ceiling / 10));
                pace.LastAdjusted = now;
            }
            if (pace.Slots.Count >= pace.Budget)
                return (null, pace.Slots.Peek().At + Window + margin - now);
            var slot = new Slot(now);
            pace.Slots.Enqueue(slot);
            return (slot, TimeSpan.Zero);
        }
    }

    /// <summary>The call of <paramref name="slot"/> has ended: its minute counts from now (Slack saw it no later).</summary>
    public void Complete(Slot slot)
    {
        lock (_gate) slot.At = time.GetUtcNow();
    }

    /// <inheritdoc />
    public void RateLimited(string method, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var pace = Pace(method, now);
            // Only a method sent at volume can have hit a workspace-wide cap; one busy channel's 429 just waits (in the client).
            if (pace.Slots.Count < options.Value.AdaptAfterCalls) return;
            if (now + retryAfter > pace.BlockedUntil) pace.BlockedUntil = now + retryAfter;
            pace.Budget = Math.Max(1, Math.Min(pace.Budget, (int)(pace.Slots.Count * 0.9)));
            pace.LastAdjusted = now;
        }
    }

    private MethodPace Pace(string method, DateTimeOffset now)
    {
        if (!_methods.TryGetValue(method, out var pace))
        {
            var limit = options.Value.MethodsPerMinute.GetValueOrDefault(method, options.Value.DefaultPerMinute);
            _methods[method] = pace = new MethodPace(Math.Max(1, limit), now);
        }
        return pace;
    }
}
