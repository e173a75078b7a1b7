namespace PauseBot.Slack.Inbound;

/// <summary>Settings for receiving Slack requests (section of the host's choosing; bind with <c>AddOptions&lt;SlackInboundOptions&gt;().Bind(...)</c>).</summary>
public sealed class SlackInboundOptions
{
    /// <summary>Signing secret from the app's Basic Information page. Required; no default. Never logged.</summary>
    public string SigningSecret { get; set; } = "";

    /// <summary>
    /// Whether <see cref="SigningSecret"/> must be set at start. Default true. Set false only for an app that receives
    /// everything over Socket Mode (Slack does not sign Socket Mode payloads); HTTP requests are then all refused with 401.
    /// </summary>
    public bool RequireSigningSecret { get; set; } = true;

    /// <summary>
    /// How long a command or view-submission handler may run before the ack is sent without its result. Default 2.5 s
    /// (Slack allows 3 s including the network).
    /// </summary>
    public TimeSpan AckTimeout { get; set; } = TimeSpan.FromSeconds(2.5);

    /// <summary>Text of the interim ack when a command handler overruns <see cref="AckTimeout"/>. Default "Working on it…".</summary>
    public string WorkingOnItText { get; set; } = "Working on it…";

    /// <summary>Events waiting for processing; when full, new deliveries get 503 and Slack retries later. Default 1000.</summary>
    public int EventQueueCapacity { get; set; } = 1000;

    /// <summary>Events processed at the same time. Default 4.</summary>
    public int EventConcurrency { get; set; } = 4;

    /// <summary>Event ids remembered by the in-memory de-duplicator. Default 10,000.</summary>
    public int DeduplicationCapacity { get; set; } = 10_000;

    /// <summary>How long the in-memory de-duplicator remembers an event id. Default 1 hour (Slack retries within ~6 minutes).</summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromHours(1);
}
