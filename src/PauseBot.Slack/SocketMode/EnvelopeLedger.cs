namespace PauseBot.Slack.SocketMode;

/// <summary>
/// Remembers envelopes being handled or handled recently, with their ack, so an envelope delivered again (after a
/// dropped connection or a lost ack) is acked with the same answer instead of being handled twice. An envelope whose
/// handling ended without an ack (null) is forgotten at once, so Slack's redelivery is handled afresh.
/// </summary>
internal sealed class EnvelopeLedger(TimeProvider time, TimeSpan memory, int capacity)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Task<string?>> entries = new(StringComparer.Ordinal);
    private readonly Queue<(string Id, DateTimeOffset At)> order = new();

    /// <summary>
    /// Runs <paramref name="handle"/> for the first delivery of <paramref name="envelopeId"/>; later deliveries get the
    /// same task. <c>Duplicate</c> tells which case this was.
    /// </summary>
    public (Task<string?> Ack, bool Duplicate) Begin(string envelopeId, Func<Task<string?>> handle)
    {
        TaskCompletionSource<string?> started;
        lock (gate)
        {
            Prune();
            if (entries.TryGetValue(envelopeId, out var existing))
                return (existing, true);
            started = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
            entries[envelopeId] = started.Task;
        }
        _ = CompleteAsync(envelopeId, handle, started);
        return (started.Task, false);
    }

    /// <summary>Envelope ids currently remembered.</summary>
    public int Count
    {
        get
        {
            lock (gate) return entries.Count;
        }
    }

    private async Task CompleteAsync(string envelopeId, Func<Task<string?>> handle, TaskCompletionSource<string?> started)
    {
        string? ack;
        try
        {
            ack = await handle();
        }
        catch (Exception ex)
        {
            Forget(envelopeId);
            started.SetException(ex);
            return;
        }
        if (ack is null)
            Forget(envelopeId);
        else
            lock (gate) order.Enqueue((envelopeId, time.GetUtcNow())); // remembered from when it was acked
        started.SetResult(ack);
    }

    private void Forget(string envelopeId)
    {
        lock (gate) entries.Remove(envelopeId);
    }

    private void Prune()
    {
        var now = time.GetUtcNow();
        while (order.TryPeek(out var oldest) && (now - oldest.At > memory || order.Count >= Math.Max(1, capacity)))
        {
            order.Dequeue();
            entries.Remove(oldest.Id);
        }
    }
}
