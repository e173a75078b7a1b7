namespace PauseBot;

/// <summary>
/// The rounds of a background loop (the outbox dispatcher, the due-transitions sweep), observable from outside:
/// <see cref="NextAsync"/> completes when a round that began after the call has ended, so a caller knows that whatever
/// the loop had to look at by the time of its call has been looked at — without guessing how long that takes.
/// </summary>
public sealed class BackgroundRounds
{
    private TaskCompletionSource _next = New();

    /// <summary>Marks the start of a round; dispose the result when the round ends, however it ends.</summary>
    public Round Begin() => new(Interlocked.Exchange(ref _next, New()));

    /// <summary>Completes when a round that begins after this call has ended.</summary>
    public Task NextAsync(CancellationToken ct) => Volatile.Read(ref _next).Task.WaitAsync(ct);

    /// <summary>One round in progress.</summary>
    public readonly struct Round : IDisposable
    {
        private readonly TaskCompletionSource _done;

        internal Round(TaskCompletionSource done) => _done = done;

        public void Dispose() => _done.TrySetResult();
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
