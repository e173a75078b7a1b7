namespace PauseBot.Inbox;

/// <summary>Configuration section <c>Inbox</c>: handling the events and clicks stored before their ack.</summary>
public sealed class InboxOptions
{
    public const string Section = "Inbox";

    /// <summary>How often workers look for due rows (retries, rows of a replica that died) when nothing woke them. Default 1 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a claimed row is reserved for this process (renewed while its handler runs) before another worker may take
    /// it over: the longest a dead replica's rows wait. Default 60 s.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Deliveries handled at the same time by one process (handlers mostly wait for Slack and the database); as many more
    /// stored by this process wait for it claimed, beyond that they are stored for any worker. Default 8.
    /// </summary>
    public int Concurrency { get; set; } = 8;

    /// <summary>Attempts at a row whose handler keeps failing before it is parked as dead (an admin can replay it). Default 10.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Wait before the second attempt; it doubles with each failure up to <see cref="MaxBackoff"/>. Default 2 s.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait between two attempts. Default 5 min (10 attempts then span about 17 minutes).</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long handled rows are kept: a Slack retry of an event is recognised (and dropped) while its row is. Slack retries
    /// within minutes. Dead rows are kept until replayed. Default 1 day.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// On shutdown (SIGTERM), how long handlers already running may take to finish; what is still running then is left in
    /// the inbox for the next start or another replica. The host's shutdown timeout is raised to fit it. Default 20 s.
    /// </summary>
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(20);
}
