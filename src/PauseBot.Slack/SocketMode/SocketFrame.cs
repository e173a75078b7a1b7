using System.Text.Json;
using PauseBot.Slack.Inbound;

namespace PauseBot.Slack.SocketMode;

/// <summary>A message Slack sends on a Socket Mode connection.</summary>
internal abstract record SocketFrame
{
    /// <summary>Parses one text message; anything that is not a JSON object with a <c>type</c> is an <see cref="UnknownFrame"/>.</summary>
    public static SocketFrame Parse(ReadOnlyMemory<byte> message)
    {
        JsonDocument document;
        try
        {
            document = SlackPayloadParser.ParseObject(message);
        }
        catch (SlackPayloadException ex)
        {
            return new UnknownFrame(null, ex.Message);
        }
        using (document)
        {
            var root = document.RootElement;
            var type = Str(root, "type");
            if (Str(root, "envelope_id") is { Length: > 0 } envelopeId)
                return new EnvelopeFrame(envelopeId, type ?? "",
                    root.TryGetProperty("payload", out var payload) ? payload.Clone() : default,
                    root.TryGetProperty("accepts_response_payload", out var accepts) && accepts.ValueKind == JsonValueKind.True,
                    root.TryGetProperty("retry_attempt", out var attempt) && attempt.TryGetInt32(out var n) ? n : null,
                    Str(root, "retry_reason"));
            return type switch
            {
                "hello" => new HelloFrame(Int(root, "num_connections"), DebugInfoInt(root, "approximate_connection_time")),
                "disconnect" => new DisconnectFrame(Str(root, "reason") ?? ""),
                _ => new UnknownFrame(type, "no envelope_id"),
            };
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : null;

    private static int? DebugInfoInt(JsonElement e, string name) =>
        e.TryGetProperty("debug_info", out var info) && info.ValueKind == JsonValueKind.Object ? Int(info, name) : null;
}

/// <summary><c>hello</c>: the connection is ready. <see cref="ApproximateConnectionTime"/> is its expected lifetime in seconds.</summary>
internal sealed record HelloFrame(int? NumConnections, int? ApproximateConnectionTime) : SocketFrame;

/// <summary><c>disconnect</c> with <c>warning</c>, <c>refresh_requested</c>, <c>link_disabled</c> or another reason.</summary>
internal sealed record DisconnectFrame(string Reason) : SocketFrame
{
    public const string LinkDisabled = "link_disabled";
    public const string SocketModeDisabled = "socket_mode_disabled";

    /// <summary>Socket Mode was switched off for the app: reconnecting is pointless.</summary>
    public bool IsFinal => Reason is LinkDisabled or SocketModeDisabled;
}

/// <summary>An envelope carrying an <c>events_api</c>, <c>slash_commands</c> or <c>interactive</c> payload; ack it by <see cref="EnvelopeId"/>.</summary>
internal sealed record EnvelopeFrame(
    string EnvelopeId, string Type, JsonElement Payload, bool AcceptsResponsePayload, int? RetryAttempt, string? RetryReason) : SocketFrame;

/// <summary>Anything else (logged and ignored).</summary>
internal sealed record UnknownFrame(string? Type, string Reason) : SocketFrame;
