namespace PauseBot.Outbox;

/// <summary>Configuration section <c>Outbox</c>: delivery of announcements and DMs.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How often the dispatcher looks for due rows when nothing woke it. Default 1 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Least time between two messages to one channel or DM (Slack allows about one per second). Default 1 s.</summary>
    public TimeSpan PerTargetSpacing { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claimed row is reserved for this replica before another may take it over. Default 60 s.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Rows claimed per round. Default 50.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Longest wait between attempts at a failing row (backoff doubles up to this). Default 5 min.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Attempts (of any outcome) after which a row whose latest call failed with an error code Slack does not document
    /// for the method (a new code, an HTTP 4xx without a body) is given up, logged with the code, instead of retried
    /// forever. A rate limit or a failure that may have taken effect never ends a row this way. Default 10 (about
    /// 10 minutes with the default backoff).
    /// </summary>
    public int MaxAttemptsOnUndocumentedError { get; set; } = 10;

    /// <summary>Messages sent at once across different channels. Default 4.</summary>
    public int Parallelism { get; set; } = 4;

    /// <summary>
    /// Most calls per sliding minute per Slack method, across the workspace (the pace adapts lower on 429s). Defaults:
    /// <c>chat.postMessage</c> 600 (the emulator's workspace cap; Slack's is about one per second per channel plus a
    /// workspace ceiling), <c>chat.update</c> 50 (Tier 3), <c>views.publish</c> 100 (Tier 4).
    /// </summary>
    public Dictionary<string, int> MethodsPerMinute { get; set; } = new(StringComparer.Ordinal)
    {
        ["chat.postMessage"] = 600, ["chat.update"] = 50, ["views.publish"] = 100,
    };

    /// <summary>Per-minute pace of a method not in <see cref="MethodsPerMinute"/>. Default 50 (Tier 3).</summary>
    public int DefaultPerMinute { get; set; } = 50;

    /// <summary>Extra time a paced slot is held beyond its minute, for clock and network skew. Default 250 ms.</summary>
    public TimeSpan PaceMargin { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Calls in the last minute from which a 429 is taken as a workspace-wide limit and lowers the pace. Default 10.</summary>
    public int AdaptAfterCalls { get; set; } = 10;

    /// <summary>
    /// Longest wait for a pace slot while holding a claimed row; beyond it the row goes back to the queue, due when the
    /// slot frees, so no row stays leased while it waits. Default 2 s.
    /// </summary>
    public TimeSpan MaxPaceHold { get; set; } = TimeSpan.FromSeconds(2);
}
