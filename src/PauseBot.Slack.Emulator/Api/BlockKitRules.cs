using System.Text.Json;
using System.Text.Json.Nodes;

namespace PauseBot.Slack.Emulator;

/// <summary>
/// Block Kit as Slack checks it (../shared/slack/PROTOCOL.md §6 and the block and element pages of docs.slack.dev): known
/// block and element types only, where each may appear; text objects and their limits (section 3,000, field 2,000, header
/// 150, button text 75, option text 75); button value 2,000 and url 3,000; ids ≤255 and block ids unique; counts (blocks
/// 50/100, fields 10, context 10, actions 25, options 100). Problems are reported like Slack's
/// <c>response_metadata.messages</c> (<c>[ERROR] … [json-pointer:/blocks/0/text/text]</c>).
/// </summary>
internal static partial class BlockKitRules
{
    public const int MaxMessageBlocks = 50;
    public const int MaxViewBlocks = 100;

    /// <summary>
    /// Total text Slack accepts in one message's blocks before <c>msg_blocks_too_long</c>. Slack documents no number; its
    /// maintainers put it at "12,000 text characters with a buffer for block containers" (slackapi/bolt-js #2509, #2867).
    /// </summary>
    public const int MaxMessageBlocksText = 12_000;

    private static readonly HashSet<string> BlockTypes =
        ["actions", "context", "context_actions", "divider", "file", "header", "image", "input", "markdown", "rich_text", "section", "table", "video"];

    private static readonly HashSet<string> SectionAccessories =
    [
        "button", "checkboxes", "datepicker", "image", "multi_static_select", "multi_external_select", "multi_users_select",
        "multi_conversations_select", "multi_channels_select", "overflow", "radio_buttons", "static_select", "external_select",
        "users_select", "conversations_select", "channels_select", "timepicker", "workflow_button",
    ];

    private static readonly HashSet<string> ActionElements =
    [
        "button", "checkboxes", "datepicker", "datetimepicker", "multi_static_select", "multi_external_select", "multi_users_select",
        "multi_conversations_select", "multi_channels_select", "overflow", "radio_buttons", "rich_text_input", "static_select",
        "external_select", "users_select", "conversations_select", "channels_select", "timepicker", "workflow_button",
    ];

    private static readonly HashSet<string> InputElements =
    [
        "checkboxes", "datepicker", "datetimepicker", "email_text_input", "file_input", "multi_static_select", "multi_external_select",
        "multi_users_select", "multi_conversations_select", "multi_channels_select", "number_input", "plain_text_input",
        "radio_buttons", "rich_text_input", "static_select", "external_select", "users_select", "conversations_select",
        "channels_select", "timepicker", "url_text_input",
    ];

    /// <summary>Every problem with <paramref name="blocks"/> (at most <paramref name="maxBlocks"/>) at <paramref name="pointer"/>.</summary>
    public static List<string> Problems(JsonArray blocks, int maxBlocks, string pointer)
    {
        var problems = new List<string>();
        if (blocks.Count > maxBlocks) problems.Add($"[ERROR] no more than {maxBlocks} items allowed [json-pointer:{pointer}]");
        var blockIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < blocks.Count; i++) CheckBlock(blocks[i], $"{pointer}/{i}", problems, blockIds);
        return problems;
    }

    /// <summary>The characters of every <c>text</c> string in <paramref name="blocks"/> (what counts towards <see cref="MaxMessageBlocksText"/>).</summary>
    public static int TextLength(JsonNode? node) => node switch
    {
        JsonObject o => o.Sum(kv => kv.Key == "text" && Str(kv.Value) is { } s ? s.Length : TextLength(kv.Value)),
        JsonArray a => a.Sum(TextLength),
        _ => 0,
    };

    private static void CheckBlock(JsonNode? node, string at, List<string> problems, HashSet<string> blockIds)
    {
        if (node is not JsonObject block) { problems.Add($"[ERROR] must be an object [json-pointer:{at}]"); return; }
        if (Str(block["type"]) is not { Length: > 0 } type) { problems.Add($"[ERROR] missing required field: type [json-pointer:{at}]"); return; }
        if (!BlockTypes.Contains(type)) { problems.Add($"[ERROR] failed to match all allowed schemas [json-pointer:{at}]"); return; }
        if (Str(block["block_id"]) is { } blockId)
        {
            MaxLength(blockId, 255, $"{at}/block_id", problems);
            if (!blockIds.Add(blockId)) problems.Add($"[ERROR] duplicate block_id: {blockId} [json-pointer:{at}/block_id]");
        }
        switch (type)
        {
            case "section":
                if (block["text"] is null && block["fields"] is null && block["expand"] is null)
                    problems.Add($"[ERROR] missing required field: text [json-pointer:{at}]");
                if (block["text"] is { } text) TextObject(text, $"{at}/text", 3000, plainOnly: false, problems);
                if (block["fields"] is JsonArray fields)
                {
                    Count(fields, 1, 10, $"{at}/fields", problems);
                    for (var i = 0; i < fields.Count; i++) TextObject(fields[i], $"{at}/fields/{i}", 2000, plainOnly: false, problems);
                }
                if (block["accessory"] is { } accessory) Element(accessory, $"{at}/accessory", SectionAccessories, problems);
                break;
            case "header":
                TextObject(block["text"], $"{at}/text", 150, plainOnly: true, problems);
                break;
            case "actions":
                Elements(block["elements"], $"{at}/elements", 25, problems, e => Element(e.Node, e.At, ActionElements, problems));
                break;
            case "context":
                Elements(block["elements"], $"{at}/elements", 10, problems, e =>
                {
                    if (Str(e.Node?["type"]) == "image") Image(e.Node!, e.At, problems);
                    else TextObject(e.Node, e.At, 3000, plainOnly: false, problems);
                });
                break;
            case "input":
                TextObject(block["label"], $"{at}/label", 2000, plainOnly: true, problems);
                if (block["hint"] is { } hint) TextObject(hint, $"{at}/hint", 2000, plainOnly: true, problems);
                Element(block["element"], $"{at}/element", InputElements, problems);
                break;
            case "image":
                Image(block, at, problems);
                break;
            case "markdown":
                MaxLength(Str(block["text"]), 12_000, $"{at}/text", problems, required: true);
                break;
        }
    }

    private static void Elements(JsonNode? node, string at, int max, List<string> problems, Action<(JsonNode? Node, string At)> check)
    {
        if (node is not JsonArray elements) { problems.Add($"[ERROR] missing required field: elements [json-pointer:{at[..at.LastIndexOf('/')]}]"); return; }
        Count(elements, 1, max, at, problems);
        for (var i = 0; i < elements.Count; i++) check((elements[i], $"{at}/{i}"));
    }

    private static void Count(JsonArray items, int min, int max, string at, List<string> problems)
    {
        if (items.Count > max) problems.Add($"[ERROR] no more than {max} items allowed [json-pointer:{at}]");
        if (items.Count < min) problems.Add($"[ERROR] must provide at least {min} items [json-pointer:{at}]");
    }

    internal static void TextObject(JsonNode? node, string at, int max, bool plainOnly, List<string> problems)
    {
        if (node is not JsonObject text) { problems.Add($"[ERROR] must provide an object [json-pointer:{at}]"); return; }
        var type = Str(text["type"]);
        if (type is not ("plain_text" or "mrkdwn") || (plainOnly && type != "plain_text"))
            problems.Add($"[ERROR] must be a valid enum value [json-pointer:{at}/type]");
        MaxLength(Str(text["text"]), max, $"{at}/text", problems, required: true);
    }

    internal static void MaxLength(string? value, int max, string at, List<string> problems, bool required = false)
    {
        if (value is null) { if (required) problems.Add($"[ERROR] missing required field: {at[(at.LastIndexOf('/') + 1)..]} [json-pointer:{at}]"); return; }
        if (value.Length > max) problems.Add($"[ERROR] must be less than {max + 1} characters [json-pointer:{at}]");
        if (required && value.Length == 0) problems.Add($"[ERROR] must be more than 0 characters [json-pointer:{at}]");
    }

    private static string? Str(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
