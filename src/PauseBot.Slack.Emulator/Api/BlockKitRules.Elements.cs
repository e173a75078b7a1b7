using System.Text.Json;
using System.Text.Json.Nodes;

namespace PauseBot.Slack.Emulator;

internal static partial class BlockKitRules
{
    private static void Element(JsonNode? node, string at, HashSet<string> allowed, List<string> problems)
    {
        if (node is not JsonObject element) { problems.Add($"[ERROR] must provide an object [json-pointer:{at}]"); return; }
        var type = Str(element["type"]);
        if (type is null || !allowed.Contains(type)) { problems.Add($"[ERROR] failed to match all allowed schemas [json-pointer:{at}]"); return; }
        MaxLength(Str(element["action_id"]), 255, $"{at}/action_id", problems);
        if (element["placeholder"] is { } placeholder) TextObject(placeholder, $"{at}/placeholder", 150, plainOnly: true, problems);
        switch (type)
        {
            case "button":
                TextObject(element["text"], $"{at}/text", 75, plainOnly: true, problems);
                MaxLength(Str(element["value"]), 2000, $"{at}/value", problems);
                MaxLength(Str(element["url"]), 3000, $"{at}/url", problems);
                if (Str(element["style"]) is { } style && style is not ("primary" or "danger"))
                    problems.Add($"[ERROR] must be a valid enum value [json-pointer:{at}/style]");
                break;
            case "static_select" or "multi_static_select" or "overflow" or "checkboxes" or "radio_buttons":
                if (element["options"] is JsonArray options)
                {
                    var (min, max) = type == "overflow" ? (2, 5) : (1, type is "checkboxes" or "radio_buttons" ? 10 : 100);
                    Count(options, min, max, $"{at}/options", problems);
                    for (var i = 0; i < options.Count; i++) Option(options[i], $"{at}/options/{i}", problems);
                }
                else if (element["option_groups"] is null)
                    problems.Add($"[ERROR] missing required field: options [json-pointer:{at}]");
                if (element["initial_option"] is { } initial) Option(initial, $"{at}/initial_option", problems);
                break;
            case "plain_text_input":
                MaxLength(Str(element["initial_value"]), 3000, $"{at}/initial_value", problems);
                Range(element["max_length"], 1, 3000, $"{at}/max_length", problems);
                Range(element["min_length"], 0, 3000, $"{at}/min_length", problems);
                break;
            case "image":
                Image(element, at, problems);
                break;
        }
    }

    private static void Option(JsonNode? node, string at, List<string> problems)
    {
        if (node is not JsonObject option) { problems.Add($"[ERROR] must provide an object [json-pointer:{at}]"); return; }
        TextObject(option["text"], $"{at}/text", 75, plainOnly: false, problems);
        MaxLength(Str(option["value"]), 150, $"{at}/value", problems, required: true);
    }

    private static void Image(JsonNode node, string at, List<string> problems)
    {
        if (node["image_url"] is null && node["slack_file"] is null) problems.Add($"[ERROR] missing required field: image_url [json-pointer:{at}]");
        MaxLength(Str(node["image_url"]), 3000, $"{at}/image_url", problems);
        MaxLength(Str(node["alt_text"]), 2000, $"{at}/alt_text", problems, required: true);
    }

    private static void Range(JsonNode? node, int min, int max, string at, List<string> problems)
    {
        if (node is not JsonValue v) return;
        if (v.GetValueKind() != JsonValueKind.Number || !v.TryGetValue<int>(out var n) || n < min || n > max)
            problems.Add($"[ERROR] must be between {min} and {max} [json-pointer:{at}]");
    }
}
