using System.Text.Json.Nodes;

namespace PauseBot.Slack.Emulator;

/// <summary>The message content arguments of a chat.* call, validated like Slack.</summary>
internal sealed record ChatContent(string? Text, JsonArray? Blocks, JsonArray? Attachments, JsonObject? Metadata)
{
    public bool IsEmpty => string.IsNullOrEmpty(Text) && Blocks is not { Count: > 0 } && Attachments is not { Count: > 0 };

    /// <summary>Reads text/markdown_text/blocks/attachments/metadata; <paramref name="required"/> → <c>no_text</c> when all are missing.</summary>
    public static ChatContent Read(ApiContext c, bool required = true)
    {
        var text = c.Str("text") ?? c.Str("markdown_text");
        var blocks = c.Array("blocks", "invalid_blocks_format");
        var attachments = c.Array("attachments", c.Refuse("invalid_attachments").Error);
        var metadata = ReadMetadata(c);
        var content = new ChatContent(text, blocks, attachments, metadata);
        if (required && content.IsEmpty) throw new SlackApiError("no_text");
        if (text is { Length: > BlockValidator.MaxTextLength }) throw new SlackApiError("msg_too_long");
        if (attachments is { Count: > 100 }) throw new SlackApiError("too_many_attachments");
        if (blocks is not null) BlockValidator.Validate(blocks, BlockValidator.MaxMessageBlocks, "/blocks", "invalid_blocks");
        return content;
    }

    // Message metadata: {"event_type": "…", "event_payload": {…}}; anything else is invalid_metadata_format like Slack.
    private static JsonObject? ReadMetadata(ApiContext c)
    {
        switch (c.Args["metadata"])
        {
            case null:
                return null;
            case JsonValue v when v.TryGetValue<string>(out var s) && string.IsNullOrWhiteSpace(s):
                return null;
            case JsonObject m when m["event_type"] is JsonValue t && t.TryGetValue<string>(out var type) && type.Length > 0
                                   && m["event_payload"] is JsonObject:
                return (JsonObject)m.DeepClone();
            default:
                throw c.Refuse("invalid_metadata_format");
        }
    }
}
