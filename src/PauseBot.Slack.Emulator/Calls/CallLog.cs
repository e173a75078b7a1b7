using System.Text;

namespace PauseBot.Slack.Emulator;

/// <summary>Every Web API call and response_url post answered by the emulator, in order. Thread-safe.</summary>
public sealed class CallLog
{
    /// <summary>Method name used for response_url posts.</summary>
    public const string ResponseUrlMethod = "response_url";

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);
    private readonly object _gate = new();
    private readonly List<RecordedCall> _calls = [];
    private readonly List<Waiter> _waiters = [];
    private long _sequence;

    /// <summary>
    /// Raised after each call is recorded (outside the log's lock, on the thread that answered the call), so a host such as
    /// the sandbox page can push live updates. Handlers must be quick and must not throw.
    /// </summary>
    public event Action<RecordedCall>? Recorded;

    /// <summary>A snapshot of all calls so far.</summary>
    public IReadOnlyList<RecordedCall> All
    {
        get { lock (_gate) return [.. _calls]; }
    }

    /// <summary>Calls of one method (e.g. <c>chat.postMessage</c>, or <see cref="ResponseUrlMethod"/>).</summary>
    public IReadOnlyList<RecordedCall> Where(string method)
    {
        lock (_gate) return [.. _calls.Where(c => c.Method == method)];
    }

    /// <summary>Successful <c>chat.postMessage</c> calls into <paramref name="channel"/> (matches the D… id or the user id it was sent to).</summary>
    public IReadOnlyList<RecordedCall> SuccessfulPosts(string channel)
    {
        lock (_gate)
            return [.. _calls.Where(c => c.Method == "chat.postMessage" && c.Ok && (c.ResponseChannel == channel || c.Channel == channel))];
    }

    /// <summary>Forgets all calls (pending waiters keep waiting for new ones).</summary>
    public void Clear()
    {
        lock (_gate) _calls.Clear();
    }

    /// <summary>Waits until a call of <paramref name="method"/> matching <paramref name="match"/> is (or was already) recorded.</summary>
    /// <exception cref="TimeoutException">None arrived in time (default 5 s); the message lists the calls seen.</exception>
    public async Task<RecordedCall> WaitForAsync(string method, Func<RecordedCall, bool>? match = null, TimeSpan? timeout = null,
        CancellationToken cancellationToken = default) =>
        (await WaitForCountAsync(method, 1, match, timeout, cancellationToken).ConfigureAwait(false))[0];

    /// <summary>Waits until at least <paramref name="count"/> matching calls exist; returns the first <paramref name="count"/>.</summary>
    /// <exception cref="TimeoutException">Not enough arrived in time (default 5 s); the message lists the calls seen.</exception>
    public async Task<IReadOnlyList<RecordedCall>> WaitForCountAsync(string method, int count, Func<RecordedCall, bool>? match = null,
        TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        bool Matches(RecordedCall c) => c.Method == method && (match is null || match(c));
        var waiter = new Waiter(Matches, count);
        lock (_gate)
        {
            foreach (var c in _calls) waiter.Offer(c);
            if (waiter.Done.Task.IsCompleted) return waiter.Done.Task.Result;
            _waiters.Add(waiter);
        }

        var limit = timeout ?? DefaultTimeout;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(limit);
        try
        {
            return await waiter.Done.Task.WaitAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(Describe(method, count, waiter.Found.Count, limit));
        }
        finally
        {
            lock (_gate) _waiters.Remove(waiter);
        }
    }

    internal RecordedCall Add(RecordedCall call)
    {
        lock (_gate)
        {
            call = call with { Sequence = _sequence++ };
            _calls.Add(call);
            foreach (var w in _waiters) w.Offer(call);
        }

        Recorded?.Invoke(call);
        return call;
    }

    private string Describe(string method, int count, int found, TimeSpan limit)
    {
        var sb = new StringBuilder($"Timed out after {limit.TotalSeconds:0.###} s waiting for {count} matching '{method}' call(s); {found} matched. Calls seen:");
        var all = All;
        if (all.Count == 0) sb.Append(" (none)");
        foreach (var c in all) sb.AppendLine().Append("  ").Append(c);
        return sb.ToString();
    }

    private sealed class Waiter(Func<RecordedCall, bool> matches, int count)
    {
        public List<RecordedCall> Found { get; } = [];
        public TaskCompletionSource<IReadOnlyList<RecordedCall>> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Offer(RecordedCall call)
        {
            if (Done.Task.IsCompleted || !matches(call)) return;
            Found.Add(call);
            if (Found.Count >= count) Done.TrySetResult([.. Found]);
        }
    }
}
