namespace PauseBot.Slack.Emulator;

/// <summary>
/// Makes the emulator misbehave on purpose. Faults are queued per method (<c>"*"</c> = any method, <c>"response_url"</c> for
/// response_url posts) and consumed one per call in the order added. Faulted calls are recorded in the <see cref="CallLog"/>;
/// 5xx, 429, error and drop-before-handling faults never create messages; hangs and drops after handling do. Thread-safe.
/// </summary>
public sealed class FaultInjector
{
    /// <summary>Matches every method.</summary>
    public const string AnyMethod = "*";

    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly List<(string Method, Fault Fault, int Remaining)> _queue = [];
    private bool _outage;
    private DateTimeOffset? _outageUntil;

    internal FaultInjector(TimeProvider time) => _time = time;

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> get HTTP <paramref name="statusCode"/> with an HTML body.</summary>
    public FaultInjector FailNext(string method, int statusCode = 500, int count = 1) =>
        Enqueue(method, new Fault(FaultKind.HttpError, statusCode), count);

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> answer <c>{"ok":false,"error":slackError}</c> (HTTP 200).</summary>
    public FaultInjector ErrorNext(string method, string slackError, int count = 1) =>
        Enqueue(method, new Fault(FaultKind.SlackError, 200, slackError), count);

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> get 429 with <c>Retry-After</c> (default 1 s, whole seconds).</summary>
    public FaultInjector RateLimitNext(string method, TimeSpan? retryAfter = null, int count = 1) =>
        Enqueue(method, new Fault(FaultKind.RateLimited, 429, "ratelimited", retryAfter ?? TimeSpan.FromSeconds(1)), count);

    /// <summary>
    /// The next <paramref name="count"/> calls of <paramref name="method"/> are answered only after <paramref name="delay"/> of the
    /// emulator's clock (<see cref="SlackEmulatorOptions.Time"/>; with a fake clock the test advances it). They are then handled normally —
    /// even if the client gave up, as a real timed-out <c>chat.postMessage</c> may still post.
    /// </summary>
    public FaultInjector Hang(string method, TimeSpan delay, int count = 1) =>
        Enqueue(method, new Fault(FaultKind.Hang, 200, null, delay), count);

    /// <summary>
    /// The next <paramref name="count"/> calls of <paramref name="method"/> take effect at once (a <c>chat.postMessage</c> is
    /// stored and recorded as answered) but their answer is held back for <paramref name="delay"/> of the emulator's clock. A client
    /// whose timeout fires first never gets it: Slack posted, the bot does not know — the ambiguous case a retry must not double.
    /// </summary>
    public FaultInjector HangAfterHandling(string method, TimeSpan delay, int count = 1) =>
        Enqueue(method, new Fault(FaultKind.HangAfterHandling, 200, null, delay), count);

    /// <summary>
    /// The next <paramref name="count"/> calls of <paramref name="method"/> get no answer: the connection is closed, before the
    /// call is handled (no effect; recorded with status 0 and error <c>connection_dropped</c>) or, with
    /// <paramref name="afterHandling"/>, after it took effect (recorded with the answer that was never sent).
    /// </summary>
    public FaultInjector Drop(string method, bool afterHandling = false, int count = 1) =>
        Enqueue(method, new Fault(afterHandling ? FaultKind.DropAfterHandling : FaultKind.Drop, 0, "connection_dropped"), count);

    /// <summary>Every call gets HTTP 503 until <see cref="EndOutage"/>.</summary>
    public void StartOutage()
    {
        lock (_gate) { _outage = true; _outageUntil = null; }
    }

    /// <summary>Every call gets HTTP 503 for <paramref name="duration"/> of emulator time (TimeProvider).</summary>
    public void Outage(TimeSpan duration)
    {
        lock (_gate) { _outage = true; _outageUntil = _time.GetUtcNow() + duration; }
    }

    /// <summary>Ends an outage.</summary>
    public void EndOutage()
    {
        lock (_gate) { _outage = false; _outageUntil = null; }
    }

    /// <summary>True while an outage is in effect.</summary>
    public bool InOutage
    {
        get { lock (_gate) return OutageActive(); }
    }

    /// <summary>Number of queued (not yet consumed) faults.</summary>
    public int Pending
    {
        get { lock (_gate) return _queue.Sum(f => f.Remaining); }
    }

    /// <summary>
    /// Number of calls waiting in a <see cref="Hang"/> or <see cref="HangAfterHandling"/> now, counted once their wait is on
    /// the emulator's clock: a test on a fake clock advances it only then, so the wait cannot miss the advance.
    /// </summary>
    public int Hanging => Volatile.Read(ref _hanging);

    private int _hanging;

    /// <summary>Waits <paramref name="delay"/> on the emulator's clock, counted in <see cref="Hanging"/> meanwhile.</summary>
    internal async Task HangAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        var waiting = Task.Delay(delay, _time, cancellationToken);
        Interlocked.Increment(ref _hanging);
        try
        {
            await waiting.ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _hanging);
        }
    }

    /// <summary>Drops all queued faults and ends any outage.</summary>
    public void Reset()
    {
        lock (_gate) { _queue.Clear(); _outage = false; _outageUntil = null; }
    }

    /// <summary>Takes the fault for one call of <paramref name="method"/>, or null. Outage wins over queued faults.</summary>
    public Fault? Take(string method)
    {
        lock (_gate)
        {
            if (OutageActive()) return new Fault(FaultKind.HttpError, 503);
            var i = _queue.FindIndex(f => f.Method == method || f.Method == AnyMethod);
            if (i < 0) return null;
            var (m, fault, remaining) = _queue[i];
            if (remaining <= 1) _queue.RemoveAt(i);
            else _queue[i] = (m, fault, remaining - 1);
            return fault;
        }
    }

    private FaultInjector Enqueue(string method, Fault fault, int count)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        lock (_gate) _queue.Add((method, fault, count));
        return this;
    }

    private bool OutageActive()
    {
        if (_outage && _outageUntil is { } until && _time.GetUtcNow() >= until) { _outage = false; _outageUntil = null; }
        return _outage;
    }
}
