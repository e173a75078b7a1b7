namespace PauseBot.Configuration;

/// <summary>Configuration section <c>Slack</c>: how PauseBot talks to Slack.</summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    /// <summary>Bot token (<c>xoxb-…</c>) from OAuth &amp; Permissions. Required. Never logged.</summary>
    public string? BotToken { get; set; }

    /// <summary>
    /// Signing secret from Basic Information; every inbound HTTP request is verified with it. Required for HTTP; optional
    /// with <see cref="SocketMode"/> (Slack does not sign Socket Mode payloads), and without it the HTTP Slack endpoints
    /// are not served. Never logged.
    /// </summary>
    public string? SigningSecret { get; set; }

    /// <summary>App-level token (<c>xapp-…</c>, scope <c>connections:write</c>), only for Socket Mode. Optional.</summary>
    public string? AppToken { get; set; }

    /// <summary>
    /// Receive over Socket Mode (an outgoing WebSocket; needs <see cref="AppToken"/>) instead of HTTP request URLs. Default
    /// false. Tuning lives in the section <c>Slack:Socket</c> (<c>SocketModeOptions</c>: Connections, ConnectionStagger, …).
    /// </summary>
    public bool SocketMode { get; set; }

    /// <summary>Web API base URL. Default <c>https://slack.com/api/</c>; tests and the sandbox point it at the emulator.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");
}
