using System.Globalization;
using System.Security.Cryptography;

namespace PauseBot.Slack.Emulator;

/// <summary>Trigger ids issued by the emulator: valid <see cref="Lifetime"/> (3 s, TimeProvider), single use.</summary>
internal sealed class TriggerRegistry(TimeProvider time)
{
    /// <summary>How long an issued trigger id can be exchanged; checked when it is used.</summary>
    public TimeSpan Lifetime { get; set; } = SlackEmulatorOptions.SlackDeadline;
    private readonly object _gate = new();
    private readonly Dictionary<string, (DateTimeOffset IssuedAt, bool Used)> _issued = new(StringComparer.Ordinal);
    private long _seq = 100000;

    public string Issue()
    {
        lock (_gate)
        {
            var id = string.Create(CultureInfo.InvariantCulture,
                $"{++_seq}.{700000000 + _seq % 1000}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}");
            _issued[id] = (time.GetUtcNow(), false);
            return id;
        }
    }

    /// <summary>True when this emulator issued <paramref name="triggerId"/> (used or not, expired or not).</summary>
    public bool WasIssued(string? triggerId)
    {
        if (triggerId is null) return false;
        lock (_gate) return _issued.ContainsKey(triggerId);
    }

    /// <summary>Uses a trigger id; returns null on success or Slack's error code.</summary>
    public string? Exchange(string? triggerId, bool lenient)
    {
        if (string.IsNullOrWhiteSpace(triggerId)) return "invalid_trigger_id";
        lock (_gate)
        {
            if (!_issued.TryGetValue(triggerId, out var t)) return lenient ? null : "invalid_trigger_id";
            if (t.Used) return "exchanged_trigger_id";
            if (time.GetUtcNow() - t.IssuedAt > Lifetime) return "expired_trigger_id";
            _issued[triggerId] = (t.IssuedAt, true);
            return null;
        }
    }
}
