using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PauseBot.Slack.Emulator;

/// <summary>
/// The message content arguments of a chat.* call (or a response_url post), validated like Slack: text limits per method,
/// Block Kit (<see cref="BlockKitRules"/>), attachments, message metadata. Where a method's reference does not document
/// the specific error, the call is refused with a code it does document (see <see cref="ApiContext.Refuse"/>).
/// </summary>
internal sealed partial record ChatContent(string? Text, JsonArray? Blocks, JsonArray? Attachments, JsonObject? Metadata, string? Warning)
{
    /// <summary><c>text</c> beyond this is truncated by chat.postMessage / chat.scheduleMessage / response URLs (warning <c>message_truncated</c>).</summary>
    public const int TruncateTextAt = 40_000;

    /// <summary><c>text</c> beyond this is refused with <c>msg_too_long</c> by chat.update ("cannot exceed 4,000 characters") and chat.postEphemeral.</summary>
    public const int StrictTextLimit = 4_000;

    /// <summary>The documented limit of <c>markdown_text</c>.</summary>
    public const int MarkdownTextLimit = 12_000;

    /// <summary>Message metadata larger than this (serialized) is <c>metadata_too_large</c>. Slack documents no number; an assumption.</summary>
    public const int MetadataLimit = 8_000;

    public bool IsEmpty => string.IsNullOrEmpty(Text) && Blocks is not { Count: > 0 } && Attachments is not { Count: > 0 };

    /// <summary>Reads text/markdown_text/blocks/attachments/metadata; <paramref name="required"/> → <c>no_text</c> when all are missing.</summary>
    public static ChatContent Read(ApiContext c, bool required = true)
    {
        var text = c.Str("text");
        var markdown = c.Str("markdown_text");
        var blocks = c.Array("blocks", c.Refuse("invalid_blocks_format").Error);
        if (markdown is not null && (text is not null || blocks is not null)) throw c.Refuse("markdown_text_conflict");
        if (markdown is { Length: > MarkdownTextLimit }) throw c.Refuse("msg_too_long");
        var attachments = c.Array("attachments", c.Refuse("invalid_attachments").Error);
        var metadata = ReadMetadata(c);
        string? warning = null;
        text ??= markdown;
        if (text is { Length: > StrictTextLimit } && c.Method is "chat.update" or "chat.postEphemeral") throw c.Refuse("msg_too_long");
        if (text is { Length: > TruncateTextAt })
        {
            text = text[..TruncateTextAt];
            warning = "message_truncated";
        }

        var content = new ChatContent(text, blocks, attachments, metadata, warning);
        if (required && content.IsEmpty) throw c.Refuse("no_text");
        if (attachments is { Count: > 100 }) throw c.Refuse("too_many_attachments");
        if (blocks is not null)
        {
            var problems = BlockKitRules.Problems(blocks, BlockKitRules.MaxMessageBlocks, "/blocks");
            if (problems.Count > 0) throw new SlackApiError(c.Refuse("invalid_blocks").Error, [.. problems]);
            if (BlockKitRules.TextLength(blocks) > BlockKitRules.MaxMessageBlocksText) throw c.Refuse("msg_blocks_too_long", "invalid_blocks");
        }
        return content;
    }

    /// <summary>Adds Slack's <c>message_truncated</c> warning to a successful answer when the text was cut.</summary>
    public JsonObject Warn(JsonObject answer)
    {
        if (Warning is null) return answer;
        answer["warning"] = Warning;
        answer["response_metadata"] = new JsonObject
        {
            ["messages"] = new JsonArray($"[WARN] Your message was truncated but still posted. The `text` field accepts up to {TruncateTextAt:N0} characters."),
            ["warnings"] = new JsonArray(Warning),
        };
        return answer;
    }

    // Message metadata: {"event_type": "…", "event_payload": {…}}. Not an object of that shape → invalid_metadata_format;
    // an event_type that is not an alphanumeric (and underscore) name, or a payload Slack's schema does not allow →
    // invalid_metadata_schema; larger than MetadataLimit → metadata_too_large. https://docs.slack.dev/messaging/message-metadata
    private static JsonObject? ReadMetadata(ApiContext c)
    {
        switch (c.Args["metadata"])
        {
            case null:
                return null;
            case JsonValue v when v.TryGetValue<string>(out var s) && string.IsNullOrWhiteSpace(s):
                return null;
            case JsonObject m when m["event_type"] is JsonValue t && t.TryGetValue<string>(out var type) && m["event_payload"] is JsonObject payload:
                if (!EventType().IsMatch(type) || !PayloadAllowed(payload, depth: 0)) throw c.Refuse("invalid_metadata_schema", "invalid_metadata_format");
                if (m.ToJsonString().Length > MetadataLimit) throw c.Refuse("metadata_too_large");
                return (JsonObject)m.DeepClone();
            default:
                throw c.Refuse("invalid_metadata_format");
        }
    }

    // Payload values: strings, numbers, booleans, objects of those, arrays of those or of such objects.
    private static bool PayloadAllowed(JsonNode? node, int depth) => node switch
    {
        JsonValue => true,
        JsonObject o => depth < 3 && o.All(kv => PayloadAllowed(kv.Value, depth + 1)),
        JsonArray a => depth < 3 && a.All(item => PayloadAllowed(item, depth + 1)),
        _ => false,
    };

    [GeneratedRegex("^[A-Za-z0-9_]{1,255}$")]
    private static partial Regex EventType();
}
