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
}
