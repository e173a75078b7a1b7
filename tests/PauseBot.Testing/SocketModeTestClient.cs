using System.Text.Json.Nodes;
using PauseBot.Slack.Emulator;

namespace PauseBot.Testing;

/// <summary>
/// Plays Slack towards a bot connected over Socket Mode, mirroring <see cref="SlackTestClient"/>: slash commands, events
/// and interactions go out as envelopes on the emulator's WebSocket (no signing: Socket Mode has none) and the bot's
/// ack comes back. Response URLs and trigger ids are issued by the emulator; names come from its workspace.
/// </summary>
public sealed class SocketModeTestClient(SlackEmulator emulator, TimeProvider? time = null)
{
    // Only for its envelope shapes (EventEnvelope); it never sends anything.
    private readonly SlackTestClient _shapes = new(new HttpClient(), "unused", time) { Emulator = emulator };

    /// <summary>The emulator whose Socket Mode server carries the envelopes.</summary>
    public SlackEmulator Emulator => emulator;
    /// <summary>How long to wait for a connection and for the ack. Default 10 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>The response_url of the last command sent.</summary>
    public string? LastResponseUrl { get; private set; }

    /// <summary>A <c>slash_commands</c> envelope (accepts a response payload) with the fields Slack sends; returns the ack.</summary>
    public Task<SocketModeAck> SendCommandAsync(string command, string text, string userId, string channelId, CancellationToken ct = default)
    {
        LastResponseUrl = emulator.CreateResponseUrl(channelId, userId);
        var payload = new JsonObject
        {
            ["token"] = SlackTestClient.DefaultVerificationToken, ["team_id"] = SlackTestClient.DefaultTeamId,
            ["team_domain"] = SlackTestClient.DefaultTeamDomain, ["channel_id"] = channelId,
            ["channel_name"] = emulator.Workspace.FindChannel(channelId)?.Name ?? "directmessage", ["user_id"] = userId,
            ["user_name"] = emulator.Workspace.FindUser(userId)?.Name ?? userId.ToLowerInvariant(), ["command"] = command,
            ["text"] = text, ["api_app_id"] = SlackTestClient.DefaultAppId, ["is_enterprise_install"] = "false",
            ["response_url"] = LastResponseUrl, ["trigger_id"] = emulator.IssueTriggerId(),
        };
        return emulator.SocketMode.SendAndWaitForAckAsync("slash_commands", payload, acceptsResponsePayload: true, Timeout, ct);
    }

    /// <summary>An <c>events_api</c> envelope around the same <c>event_callback</c> body HTTP would carry; returns the envelope id.</summary>
    public Task<string> SendEventAsync(JsonObject eventInner, string? eventId = null, CancellationToken ct = default) =>
        emulator.SocketMode.SendAsync("events_api", _shapes.EventEnvelope(eventInner, eventId), acceptsResponsePayload: false, Timeout, ct);

    /// <summary>An <c>interactive</c> envelope; <c>view_submission</c> accepts a response payload (response_action). Returns the ack.</summary>
    public Task<SocketModeAck> SendInteractionAsync(JsonObject payload, CancellationToken ct = default) =>
        emulator.SocketMode.SendAndWaitForAckAsync("interactive", SlackTestClient.WithIssuedTrigger(payload, emulator),
            acceptsResponsePayload: payload["type"]?.GetValue<string>() == "view_submission", Timeout, ct);
}
