namespace PauseBot.Slack.Emulator;

/// <summary>
/// Slack-like rate limits, per method per team, with one-minute sliding windows from the emulator's <see cref="TimeProvider"/>.
/// <c>chat.postMessage</c> additionally has a per-channel token bucket (default burst 3, refill 1/s) and a workspace-wide
/// per-minute cap (default 600): a channel's burst spent is answered HTTP 200 <c>rate_limited</c>, every other limit HTTP 429
/// <c>ratelimited</c> with <c>Retry-After</c>. All numbers are multiplied by <see cref="Scale"/> (rounded, at least 1) except
/// explicit <see cref="SetLimit"/> overrides. Rejected calls do not consume capacity. Thread-safe.
/// </summary>
public sealed class RateLimiter
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly Dictionary<string, int> _overrides = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Team, string Method), Queue<DateTimeOffset>> _windows = [];
    private readonly Dictionary<(string Team, string Channel), (double Tokens, DateTimeOffset At)> _buckets = [];

    internal RateLimiter(TimeProvider time, double scale, bool enabled)
    {
        _time = time;
        Scale = scale;
        Enabled = enabled;
    }

    /// <summary>When false every call is allowed.</summary>
    public bool Enabled { get; set; }

    /// <summary>Multiplier for all limits (0.1 = ten times stricter).</summary>
    public double Scale { get; set; }

    /// <summary>chat.postMessage burst per channel (token bucket capacity) before scaling. Default 3.</summary>
    public int PostMessageBurstPerChannel { get; set; } = 3;

    /// <summary>chat.postMessage sustained rate per channel, messages per second, before scaling. Default 1.</summary>
    public double PostMessagePerChannelPerSecond { get; set; } = 1.0;

    /// <summary>chat.postMessage per-minute cap across the workspace, before scaling. Default 600.</summary>
    public int PostMessageWorkspacePerMinute { get; set; } = 600;

    /// <summary>The tier Slack documents for a method in its reference (methods without one: Tier 3).</summary>
    public static RateLimitTier TierOf(string method) => SlackMethodReferences.Find(method)?.Tier ?? RateLimitTier.Tier3;

    /// <summary>Sets an exact per-minute limit for <paramref name="method"/> (not scaled). For chat.postMessage it replaces the workspace cap.</summary>
    public void SetLimit(string method, int perMinute)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perMinute, 1);
        lock (_gate) _overrides[method] = perMinute;
    }

    /// <summary>Removes all <see cref="SetLimit"/> overrides.</summary>
    public void ClearOverrides()
    {
        lock (_gate) _overrides.Clear();
    }

    /// <summary>Forgets all consumed capacity (windows and buckets).</summary>
    public void Reset()
    {
        lock (_gate) { _windows.Clear(); _buckets.Clear(); }
    }

    /// <summary>The effective per-minute limit of <paramref name="method"/>.</summary>
    public int PerMinuteLimit(string method)
    {
        lock (_gate) return PerMinute(method);
    }

    /// <summary>
    /// Admits one call or says why not. <paramref name="channel"/> (resolved conversation id) enables the chat.postMessage
    /// per-channel bucket. Returns null if admitted (capacity consumed), else a <see cref="Throttle"/>: the Retry-After (whole
    /// seconds, ≥ 1) and whether the per-channel burst allowance is what ran out (Slack then answers HTTP 200
    /// <c>rate_limited</c>, "Application has posted too many messages"; every other limit is HTTP 429 <c>ratelimited</c>).
    /// </summary>
    public Throttle? TryAcquire(string method, string teamId, string? channel = null)
    {
        if (!Enabled) return null;
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var wait = TimeSpan.Zero;
            var window = WindowOf(teamId, method, now);
            if (window.Count >= PerMinute(method)) wait = window.Peek() + Window - now;
            var windowFull = wait > TimeSpan.Zero;

            var useBucket = method == "chat.postMessage" && channel is not null;
            var capacity = Math.Max(1, (int)Math.Round(PostMessageBurstPerChannel * Scale));
            var rate = Math.Max(1e-6, PostMessagePerChannelPerSecond * Scale);
            var tokens = 0d;
            if (useBucket)
            {
                tokens = _buckets.TryGetValue((teamId, channel!), out var b)
                    ? Math.Min(capacity, b.Tokens + (now - b.At).TotalSeconds * rate)
                    : capacity;
                if (tokens < 1) wait = Max(wait, TimeSpan.FromSeconds((1 - tokens) / rate));
            }

            if (wait > TimeSpan.Zero) return new Throttle(TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(wait.TotalSeconds - 1e-9))), !windowFull);
            window.Enqueue(now);
            if (useBucket) _buckets[(teamId, channel!)] = (tokens - 1, now);
            return null;
        }
    }

    /// <summary>Why a call was not admitted: when to retry, and whether a channel's burst allowance ran out.</summary>
    public sealed record Throttle(TimeSpan RetryAfter, bool ChannelBurst);

    private int PerMinute(string method)
    {
        if (_overrides.TryGetValue(method, out var exact)) return exact;
        var tier = TierOf(method);
        var basis = method switch
        {
            "chat.postMessage" => PostMessageWorkspacePerMinute,
            "auth.test" => 1000,
            _ when tier == RateLimitTier.Special => (int)RateLimitTier.Tier4,
            _ => (int)tier,
        };
        return Math.Max(1, (int)Math.Round(basis * Scale));
    }

    private Queue<DateTimeOffset> WindowOf(string team, string method, DateTimeOffset now)
    {
        if (!_windows.TryGetValue((team, method), out var q)) _windows[(team, method)] = q = new Queue<DateTimeOffset>();
        while (q.Count > 0 && q.Peek() + Window <= now) q.Dequeue();
        return q;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
