using System.Text.Json;
using System.Text.Json.Serialization;

namespace PauseBot.Slack.Inbound;

/// <summary>Reads <see cref="SlackEvent"/> as the subclass named by its <c>type</c>; writes the runtime type.</summary>
internal sealed class SlackEventConverter : JsonConverter<SlackEvent>
{
    private static readonly Dictionary<string, Type> ByName = new(StringComparer.Ordinal)
    {
        ["app_mention"] = typeof(AppMention),
        ["message"] = typeof(MessageEvent),
        ["app_home_opened"] = typeof(AppHomeOpened),
        ["member_joined_channel"] = typeof(MemberJoinedChannel),
    };

    private static readonly Dictionary<Type, string> ByType = ByName.ToDictionary(p => p.Value, p => p.Key);

    public static string? TypeNameOf(Type eventType) => ByType.GetValueOrDefault(eventType);

    public override bool CanConvert(Type typeToConvert) => typeToConvert == typeof(SlackEvent);

    public override SlackEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new JsonException("event must be an object");
        if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            throw new JsonException("event.type is missing");
        var target = ByName.GetValueOrDefault(type.GetString()!, typeof(UnknownEvent));
        return (SlackEvent)(root.Deserialize(target, options) ?? throw new JsonException("event is null"));
    }

    public override void Write(Utf8JsonWriter writer, SlackEvent value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, value.GetType(), options);
}
