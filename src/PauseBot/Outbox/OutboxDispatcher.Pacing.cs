using PauseBot.Persistence.Outbox;

namespace PauseBot.Outbox;

// Pacing: per target (one message per channel or DM per spacing) and per method across the workspace (OutboxPacer).
public sealed partial class OutboxDispatcher
{
    internal static string MethodOf(OutboxKind kind) => kind switch
    {
        OutboxKind.UpdateMessage => "chat.update",
        OutboxKind.PublishHome => "views.publish",
        _ => "chat.postMessage",
    };

    // Rows that make no call of their own (they only enqueue others) take neither a target's turn nor a pace slot.
    private static bool IsPaced(OutboxKind kind) => kind != OutboxKind.NotifySubscribers;

    private async Task<(OutboxPacer.Slot? Slot, TimeSpan Wait)> ReserveAsync(string method, TimeSpan maxHold, CancellationToken ct)
    {
        while (true)
        {
            var (slot, wait) = pacer.TryReserve(method);
            if (slot is not null || wait > maxHold) return (slot, wait);
            await Task.Delay(wait, time, ct);
        }
    }

    private void NoteReleased(DateTimeOffset due)
    {
        long seen;
        while (due.UtcTicks < (seen = Interlocked.Read(ref _nextReleasedDueTicks))
               && Interlocked.CompareExchange(ref _nextReleasedDueTicks, due.UtcTicks, seen) != seen) { }
    }

    // Sleep until the next poll, or until rows handed back by the pacer are due, whichever is first.
    private TimeSpan IdleWait()
    {
        var poll = options.Value.PollInterval;
        var due = Interlocked.Exchange(ref _nextReleasedDueTicks, long.MaxValue);
        if (due == long.MaxValue) return poll;
        var untilDue = new DateTimeOffset(due, TimeSpan.Zero) - time.GetUtcNow();
        return untilDue <= TimeSpan.Zero ? TimeSpan.Zero : untilDue < poll ? untilDue : poll;
    }

    private async Task PaceAsync(string target, TimeSpan spacing, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (_lastSent.TryGetValue(target, out var last) && now - last < spacing)
            await Task.Delay(spacing - (now - last), time, ct);
        _lastSent[target] = time.GetUtcNow();
        if (_lastSent.Count > 20_000) // DMs to thousands of people: forget targets idle for longer than the spacing
            foreach (var (key, at) in _lastSent)
                if (time.GetUtcNow() - at > spacing) _lastSent.TryRemove(key, out _);
    }
}
