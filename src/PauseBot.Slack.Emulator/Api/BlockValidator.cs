using System.Text.Json;
using System.Text.Json.Nodes;

namespace PauseBot.Slack.Emulator;

/// <summary>The Block Kit limits that catch bot bugs (PROTOCOL.md §6), reported like Slack's <c>response_metadata.messages</c>.</summary>
internal static class BlockValidator
{
    public const int MaxMessageBlocks = 50;
    public const int MaxViewBlocks = 100;
    public const int MaxTextLength = 40_000;

    /// <summary>Validates a blocks array at <paramref name="pointer"/>; throws <paramref name="error"/> with messages on failure.</summary>
    public static void Validate(JsonArray blocks, int maxBlocks, string pointer, string error)
    {
        var problems = new List<string>();
        if (blocks.Count > maxBlocks) problems.Add($"[ERROR] no more than {maxBlocks} items allowed [json-pointer:{pointer}]");
        for (var i = 0; i < blocks.Count; i++) CheckBlock(blocks[i], $"{pointer}/{i}", problems);
        if (problems.Count > 0) throw new SlackApiError(error, [.. problems]);
    }

    private static void CheckBlock(JsonNode? node, string at, List<string> problems)
    {
        if (node is not JsonObject block) { problems.Add($"[ERROR] must be an object [json-pointer:{at}]"); return; }
        if (Text(block["type"]) is not { Length: > 0 } type) { problems.Add($"[ERROR] missing required field: type [json-pointer:{at}]"); return; }
        if (Text(block["block_id"]) is { Length: > 255 }) problems.Add($"[ERROR] must be less than 256 characters [json-pointer:{at}/block_id]");
        switch (type)
        {
            case "section":
                if (block["text"] is null && block["fields"] is null)
                    problems.Add($"[ERROR] missing required field: text [json-pointer:{at}]");
                MaxLength(block["text"]?["text"], 3000, $"{at}/text/text", problems);
                if (block["fields"] is JsonArray { Count: > 10 }) problems.Add($"[ERROR] no more than 10 items allowed [json-pointer:{at}/fields]");
                break;
            case "header":
                MaxLength(block["text"]?["text"], 150, $"{at}/text/text", problems);
                break;
            case "actions":
                if (block["elements"] is JsonArray { Count: > 25 }) problems.Add($"[ERROR] no more than 25 items allowed [json-pointer:{at}/elements]");
                break;
            case "context":
                if (block["elements"] is JsonArray { Count: > 10 }) problems.Add($"[ERROR] no more than 10 items allowed [json-pointer:{at}/elements]");
                break;
        }
    }

    private static void MaxLength(JsonNode? text, int max, string at, List<string> problems)
    {
        if (Text(text) is { } s && s.Length > max) problems.Add($"[ERROR] must be less than {max + 1} characters [json-pointer:{at}]");
        if (Text(text) is { Length: 0 }) problems.Add($"[ERROR] must be more than 0 characters [json-pointer:{at}]");
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
