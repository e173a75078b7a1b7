using System.Text.Json.Nodes;

namespace PauseBot.Slack.Emulator;

/// <summary>An ack the app sent: <c>{"envelope_id":…}</c> with the optional <c>payload</c>, on connection <paramref name="ConnectionId"/>.</summary>
public sealed record SocketModeAck(string EnvelopeId, int ConnectionId, JsonObject? Payload, DateTimeOffset At)
{
    /// <summary>True when the ack came after <see cref="SocketModeServer.AckDeadline"/> (or after Slack gave up): Slack ignores it.</summary>
    public bool Late { get; init; }
}

/// <summary>One envelope delivery (first or repeated) and the connection it went to.</summary>
public sealed record SocketModeDelivery(string EnvelopeId, string Type, int ConnectionId, int RetryAttempt, DateTimeOffset At);

/// <summary>How a Socket Mode connection ended.</summary>
public enum SocketModeCloseKind
{
    /// <summary>The app closed it (close handshake started by the client).</summary>
    ByClient,

    /// <summary>The emulator closed it after a <c>disconnect</c> message or at shutdown.</summary>
    ByServer,

    /// <summary>Dropped without a close handshake (forced drop, network error, client abort).</summary>
    Dropped,
}

/// <summary>A Socket Mode connection as the emulator saw it; <see cref="Sequence"/> orders openings and closings together.</summary>
public sealed record SocketModeConnectionInfo(int Id, DateTimeOffset OpenedAt, long OpenedSequence, DateTimeOffset? ClosedAt,
    long? ClosedSequence, SocketModeCloseKind? CloseKind)
{
    /// <summary>True while hello has been sent and the connection has not ended.</summary>
    public bool IsOpen => ClosedAt is null;
}
