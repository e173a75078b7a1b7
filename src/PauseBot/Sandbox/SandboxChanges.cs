namespace PauseBot.Sandbox;

/// <summary>
/// A version number that goes up whenever the sandbox workspace may look different (a Slack call was answered, a person
/// sent something, the sandbox was reset). The page's event stream waits on it. Thread-safe.
/// </summary>
public sealed class SandboxChanges
{
    private readonly object _gate = new();
    private TaskCompletionSource _next = NewSignal();
    private long _version;

    public long Version
    {
        get { lock (_gate) return _version; }
    }

    public void Notify()
    {
        TaskCompletionSource done;
        lock (_gate)
        {
            _version++;
            done = _next;
            _next = NewSignal();
        }
        done.TrySetResult();
    }

    /// <summary>Completes when the version moves past <paramref name="seen"/>, or after <paramref name="timeout"/>.</summary>
    public async Task<long> WaitAsync(long seen, TimeSpan timeout, CancellationToken ct)
    {
        Task signal;
        lock (_gate)
        {
            if (_version != seen) return _version;
            signal = _next.Task;
        }
        try
        {
            await signal.WaitAsync(timeout, ct);
        }
        catch (TimeoutException)
        {
        }
        return Version;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
