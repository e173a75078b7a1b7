namespace PauseBot.Slack.Emulator;

/// <summary>Where a response_url posts to and how often it was used.</summary>
internal sealed record ResponseUrlTarget(string Id, string? ChannelId, string? UserId, string? MessageTs, DateTimeOffset CreatedAt)
{
    public int Uses { get; set; }
}

/// <summary>Issued response_url ids: 5 uses within 30 minutes, like Slack.</summary>
internal sealed class ResponseUrlRegistry(TimeProvider time)
{
    public const int MaxUses = 5;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private readonly object _gate = new();
    private readonly Dictionary<string, ResponseUrlTarget> _targets = new(StringComparer.Ordinal);

    public string Create(string? channelId, string? userId, string? messageTs)
    {
        var id = Guid.NewGuid().ToString("N");
        lock (_gate) _targets[id] = new ResponseUrlTarget(id, channelId, userId, messageTs, time.GetUtcNow());
        return id;
    }

    /// <summary>Consumes one use; returns the target or an error code (<c>no_service</c>, <c>expired_url</c>, <c>used_url</c>).</summary>
    public ResponseUrlTarget? TryUse(string id, out string? error)
    {
        lock (_gate)
        {
            error = null;
            if (!_targets.TryGetValue(id, out var target)) { error = "no_service"; return null; }
            if (time.GetUtcNow() - target.CreatedAt > Lifetime) { error = "expired_url"; return null; }
            if (target.Uses >= MaxUses) { error = "used_url"; return null; }
            target.Uses++;
            return target;
        }
    }
}
