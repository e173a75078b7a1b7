namespace PauseBot.Slack.SocketMode;

/// <summary>
/// Settings of the Socket Mode client (bind a section with <c>AddOptions&lt;SocketModeOptions&gt;().Bind(...)</c> or pass
/// a delegate to <c>AddSlackSocketMode</c>). https://docs.slack.dev/apis/events-api/using-socket-mode
/// </summary>
public sealed class SocketModeOptions
{
    /// <summary>App-level token (<c>xapp-…</c>, scope <c>connections:write</c>). Required; no default. Never logged.</summary>
    public string AppToken { get; set; } = "";

    /// <summary>WebSocket connections kept open at once (Slack allows up to 10; each payload goes to one of them). Default 2.</summary>
    public int Connections { get; set; } = 2;

    /// <summary>Delay between opening consecutive connections at start, so they do not all refresh at once. Default 10 s.</summary>
    public TimeSpan ConnectionStagger { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>First wait before reconnecting a dropped connection; doubles per failed attempt, with jitter. Default 1 s.</summary>
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between reconnect attempts. Default 60 s.</summary>
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How often the client pings the server (WebSocket ping frames). Default 5 s. Ping and <see cref="PingTimeout"/> are the
    /// WebSocket's own keep-alive, timed by the runtime; every other delay of the client (stagger, reconnect backoff, hello,
    /// drain, close) runs on the injected <see cref="TimeProvider"/>.
    /// </summary>
    public TimeSpan PingInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a ping may go unanswered before the connection counts as dead and is replaced. Default 10 s.</summary>
    public TimeSpan PingTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long to wait for <c>hello</c> after connecting before giving up on that URL. Default 10 s.</summary>
    public TimeSpan HelloTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// After a replacement connection is up, how long the old one may finish envelopes it is still handling before it
    /// is closed. Default 3 s (Slack's ack budget); an ack lost after that is redelivered by Slack and acked from memory.
    /// </summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Largest message accepted from the socket; bigger ones are discarded with a warning. Default 4 MiB.</summary>
    public int MaxMessageBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>How long handled envelope ids (and their acks) are remembered, so a redelivery is acked, not handled again. Default 1 hour.</summary>
    public TimeSpan EnvelopeMemory { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Most envelope ids remembered at once (oldest forgotten first). Default 10,000.</summary>
    public int EnvelopeMemoryCapacity { get; set; } = 10_000;
}
