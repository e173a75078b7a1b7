using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PauseBot.Slack;

/// <summary>
/// The one set of JSON settings for every Slack payload: snake_case names, nulls omitted when writing,
/// enums as snake_case strings, dictionary keys (block ids, action ids) left as they are.
/// </summary>
public static class SlackJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            AllowOutOfOrderMetadataProperties = true,
            // Bodies go to Slack, never into HTML: keep emoji and apostrophes readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            RespectNullableAnnotations = true,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyMessageBlocks } },
        };
        options.MakeReadOnly();
        return options;
    }

    // A message without blocks goes to Slack without the field, never as "blocks": []. (chat.update's MessageUpdate keeps
    // an empty list: there [] is Slack's way to remove a message's blocks, while an absent field keeps them.)
    private static void OmitEmptyMessageBlocks(JsonTypeInfo info)
    {
        if (info.Type != typeof(WebApi.Message) && info.Type != typeof(Handlers.SlackResponse)) return;
        foreach (var property in info.Properties.Where(p => p.Name == "blocks"))
            property.ShouldSerialize = (_, value) => value is IReadOnlyCollection<Blocks.Block> { Count: > 0 };
    }
}
