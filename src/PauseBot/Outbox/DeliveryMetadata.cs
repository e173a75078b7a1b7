using System.Text.Json;
using PauseBot.Slack;
using PauseBot.Slack.WebApi;

namespace PauseBot.Outbox;

/// <summary>
/// The message metadata every outbox post carries: <c>{"event_type":"pausebot_delivery","event_payload":{"delivery_id":"…"}}</c>
/// with the outbox row's id, so a post whose answer was lost can be recognised in the conversation's history.
/// </summary>
public static class DeliveryMetadata
{
    public const string EventType = "pausebot_delivery";

    private sealed record Payload(string DeliveryId);

    public static MessageMetadata For(Guid outboxId) =>
        new(EventType, JsonSerializer.SerializeToElement(new Payload(outboxId.ToString()), SlackJson.Options));

    /// <summary>True when <paramref name="metadata"/> names the delivery of outbox row <paramref name="outboxId"/>.</summary>
    public static bool Names(MessageMetadata? metadata, Guid outboxId) =>
        metadata is { EventType: EventType, EventPayload.ValueKind: JsonValueKind.Object } m
        && m.EventPayload.TryGetProperty("delivery_id", out var id) && id.ValueKind == JsonValueKind.String
        && Guid.TryParse(id.GetString(), out var named) && named == outboxId;
}
