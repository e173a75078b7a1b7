namespace PauseBot.TimeTracking.StandIns;

/// <summary>What an injected fault does to one request.</summary>
public enum StandInFaultKind
{
    /// <summary>Answer with an HTML error page and the given status (5xx); no effect.</summary>
    HttpError,
    /// <summary>Answer 429 with <c>Retry-After</c> (whole seconds); no effect.</summary>
    RateLimited,
    /// <summary>Hold the request before handling it until <see cref="StandInFaults.Release"/> (then handle it) or the client gives up (no effect).</summary>
    Hang,
    /// <summary>Handle the request (it takes effect), then hold the answer until released or the client gives up: the lost answer.</summary>
    HangAfterHandling,
    /// <summary>Close the connection without an answer, before handling; no effect.</summary>
    Drop,
}

/// <summary>
/// Makes a stand-in misbehave on purpose. Faults are queued and consumed one per matching request, in the order added;
/// a fault matches every request unless given a method and/or a path (exact, or a prefix ending in <c>*</c>). An outage
/// answers 503 to everything and wins over queued faults. Thread-safe.
/// </summary>
public sealed class StandInFaults
{
    private readonly Lock gate = new();
    private readonly List<(string? Method, string? Path, StandInFaultKind Kind, int Status, TimeSpan RetryAfter, int Remaining)> queue = [];
    private TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(int Count, TaskCompletionSource Done)> heldWaiters = [];
    private int held;
    private bool outage;

    /// <summary>The next <paramref name="count"/> matching requests get <paramref name="statusCode"/> (default 500).</summary>
    public StandInFaults FailNext(int statusCode = 500, int count = 1, string? method = null, string? path = null) =>
        Enqueue(method, path, StandInFaultKind.HttpError, statusCode, default, count);

    /// <summary>The next <paramref name="count"/> matching requests get 429 with <c>Retry-After</c> of <paramref name="retryAfter"/> (whole seconds).</summary>
    public StandInFaults RateLimitNext(TimeSpan retryAfter, int count = 1, string? method = null, string? path = null) =>
        Enqueue(method, path, StandInFaultKind.RateLimited, 429, retryAfter, count);

    /// <summary>The next <paramref name="count"/> matching requests are held (see <see cref="StandInFaultKind.Hang"/>).</summary>
    public StandInFaults HangNext(int count = 1, string? method = null, string? path = null) =>
        Enqueue(method, path, StandInFaultKind.Hang, 0, default, count);

    /// <summary>The next <paramref name="count"/> matching requests take effect but their answer is held (see <see cref="StandInFaultKind.HangAfterHandling"/>).</summary>
    public StandInFaults HangAfterHandlingNext(int count = 1, string? method = null, string? path = null) =>
        Enqueue(method, path, StandInFaultKind.HangAfterHandling, 0, default, count);

    /// <summary>The next <paramref name="count"/> matching requests get their connection closed without an answer and no effect.</summary>
    public StandInFaults DropNext(int count = 1, string? method = null, string? path = null) =>
        Enqueue(method, path, StandInFaultKind.Drop, 0, default, count);

    /// <summary>Every request gets 503 until <see cref="EndOutage"/>.</summary>
    public void StartOutage()
    {
        lock (gate) outage = true;
    }

    /// <summary>Ends an outage.</summary>
    public void EndOutage()
    {
        lock (gate) outage = false;
    }

    /// <summary>Lets every held request go on (a held-before-handling request is then handled).</summary>
    public void Release()
    {
        lock (gate)
        {
            release.TrySetResult();
            release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Waits until <paramref name="count"/> requests are being held at once (default timeout 10 s).</summary>
    public Task WaitForHeldAsync(int count = 1, TimeSpan? timeout = null)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            if (held >= count) return Task.CompletedTask;
            heldWaiters.Add((count, done));
        }
        return done.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
    }

    /// <summary>Queued faults not yet consumed.</summary>
    public int Pending
    {
        get { lock (gate) return queue.Sum(f => f.Remaining); }
    }

    /// <summary>Drops queued faults, ends an outage and releases held requests.</summary>
    public void Reset()
    {
        lock (gate) { queue.Clear(); outage = false; }
        Release();
    }

    internal StandInFault? Take(string method, string path)
    {
        lock (gate)
        {
            if (outage) return new StandInFault(StandInFaultKind.HttpError, 503, default);
            var i = queue.FindIndex(f => (f.Method is null || string.Equals(f.Method, method, StringComparison.OrdinalIgnoreCase)) && Matches(f.Path, path));
            if (i < 0) return null;
            var fault = queue[i];
            if (fault.Remaining <= 1) queue.RemoveAt(i);
            else queue[i] = fault with { Remaining = fault.Remaining - 1 };
            return new StandInFault(fault.Kind, fault.Status, fault.RetryAfter);
        }
    }

    /// <summary>Holds until released or <paramref name="aborted"/>; true when released.</summary>
    internal async Task<bool> HoldAsync(CancellationToken aborted)
    {
        Task released;
        lock (gate)
        {
            released = release.Task;
            held++;
            foreach (var (count, done) in heldWaiters.Where(w => held >= w.Count).ToList()) { done.TrySetResult(); heldWaiters.Remove((count, done)); }
        }
        try
        {
            await released.WaitAsync(aborted);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        finally
        {
            lock (gate) held--;
        }
    }

    private static bool Matches(string? pattern, string path) =>
        pattern is null || (pattern.EndsWith('*') ? path.StartsWith(pattern[..^1], StringComparison.Ordinal) : path == pattern);

    private StandInFaults Enqueue(string? method, string? path, StandInFaultKind kind, int status, TimeSpan retryAfter, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        lock (gate) queue.Add((method, path, kind, status, retryAfter, count));
        return this;
    }
}

internal sealed record StandInFault(StandInFaultKind Kind, int StatusCode, TimeSpan RetryAfter);
