using System.Text.Json.Serialization;

namespace PauseBot.Slack.Inbound;

/// <summary>
/// The inner <c>event</c> of an <see cref="EventCallback"/>, read as the subclass matching its <c>type</c>
/// (<see cref="UnknownEvent"/> for types this layer does not model). https://docs.slack.dev/reference/events
/// </summary>
[JsonConverter(typeof(SlackEventConverter))]
public abstract record SlackEvent : SlackModel
{
    protected SlackEvent(string type) => Type = type;

    public string Type { get; init; }

    /// <summary>When the event happened, a Slack timestamp string (absent on some events, e.g. member_joined_channel).</summary>
    public string? EventTs { get; init; }

    /// <summary>The Slack event type name a subclass is registered for ("app_mention", "message", ...), or null.</summary>
    public static string? TypeNameOf(Type eventType) => SlackEventConverter.TypeNameOf(eventType);
}

/// <summary>An event type this layer does not model; everything is in <see cref="SlackModel.ExtensionData"/>.</summary>
public sealed record UnknownEvent() : SlackEvent("");
