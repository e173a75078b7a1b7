using System.Text.Json;
using System.Text.Json.Serialization;

namespace PauseBot.Slack.Blocks;

/// <summary>
/// A Block Kit text object; <see cref="Type"/> is always written, whatever the declared type of the property.
/// See https://docs.slack.dev/reference/block-kit/composition-objects/text-object.
/// </summary>
[JsonConverter(typeof(TextObjectConverter))]
public abstract record TextObject(
    [property: JsonPropertyOrder(-2)] string Type,
    [property: JsonPropertyOrder(-1)] string Text);

/// <summary><c>plain_text</c>: shown as is; <see cref="Emoji"/> turns <c>:smile:</c> codes into emoji.</summary>
public sealed record PlainText(string Text, bool? Emoji = null) : TextObject("plain_text", Text);

/// <summary><c>mrkdwn</c>: Slack's markup. Escape user text with <see cref="Mrkdwn.Escape"/>.</summary>
public sealed record MrkdwnText(string Text, bool? Verbatim = null) : TextObject("mrkdwn", Text);

/// <summary>Reads a text object as the record its <c>type</c> names; writes the runtime type.</summary>
internal sealed class TextObjectConverter : JsonConverter<TextObject>
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert == typeof(TextObject);

    public override TextObject Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var type = document.RootElement.TryGetProperty("type", out var t) ? t.GetString() : null;
        return type switch
        {
            "plain_text" => document.RootElement.Deserialize<PlainText>(options)!,
            "mrkdwn" => document.RootElement.Deserialize<MrkdwnText>(options)!,
            _ => throw new JsonException($"Unknown text object type '{type}'."),
        };
    }

    public override void Write(Utf8JsonWriter writer, TextObject value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, value.GetType(), options);
}
