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

    /// <summary>Messages sent at once across different channels. Default 4.</summary>
    public int Parallelism { get; set; } = 4;
}
