using System.Text.Json;

namespace PauseBot.Slack.Inbound;

/// <summary>
/// A Slack payload that needs no signature check because the channel it came over is already authenticated
/// (a Socket Mode envelope on a connection opened with the app token). <paramref name="Payload"/> is the JSON object Slack
/// would have sent over HTTP: the <c>event_callback</c> body, the slash command's fields, or the interaction payload.
/// <paramref name="RetryNum"/>/<paramref name="RetryReason"/> are the delivery's retry attempt and reason, if any.
/// </summary>
public sealed record SlackTrustedPayload(SlackEndpoint Endpoint, JsonElement Payload, string? RetryNum = null, string? RetryReason = null);
