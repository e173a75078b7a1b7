using System.Globalization;
using System.Text.Json.Nodes;

namespace PauseBot.Sandbox;

/// <summary>Reads Block Kit the way Slack's client does: the clicked button's action, and a modal's input state.</summary>
public static class SandboxBlocks
{
    /// <summary>The <c>actions[0]</c> object Slack sends for a click on the button <paramref name="actionId"/> in block <paramref name="blockId"/>.</summary>
    public static JsonObject? FindButton(JsonArray? blocks, string blockId, string actionId)
    {
        foreach (var block in blocks?.OfType<JsonObject>() ?? [])
        {
            if (Str(block["block_id"]) != blockId) continue;
            var elements = block["elements"] as JsonArray ?? (block["accessory"] is JsonObject a ? new JsonArray(a.DeepClone()) : []);
            if (elements.OfType<JsonObject>().FirstOrDefault(e => Str(e["action_id"]) == actionId && Str(e["type"]) == "button") is not { } button)
                continue;
            var action = new JsonObject
            {
                ["action_id"] = actionId, ["block_id"] = blockId, ["text"] = button["text"]?.DeepClone(), ["type"] = "button",
            };
            if (button["value"] is { } value) action["value"] = value.DeepClone();
            if (button["style"] is { } style) action["style"] = style.DeepClone();
            return action;
        }
        return null;
    }

    /// <summary>
    /// <c>view.state.values</c> for a submission (block id → action id → element state) and the required input blocks left
    /// empty. <paramref name="values"/> maps block id → text; date-times are <c>yyyy-MM-ddTHH:mm</c> in <paramref name="zoneId"/>.
    /// </summary>
    public static (JsonObject State, IReadOnlyList<string> Missing) ReadState(JsonObject view, IReadOnlyDictionary<string, string?> values, string zoneId)
    {
        var state = new JsonObject();
        var missing = new List<string>();
        foreach (var block in (view["blocks"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            if (Str(block["type"]) != "input" || Str(block["block_id"]) is not { } blockId || block["element"] is not JsonObject element) continue;
            var typed = values.GetValueOrDefault(blockId) is { Length: > 0 } v ? v : null;
            var elementState = ElementState(element, typed?.Trim().Length > 0 ? typed : null, zoneId);
            if (elementState is null && block["optional"]?.GetValue<bool>() != true) missing.Add(blockId);
            state[blockId] = new JsonObject { [Str(element["action_id"]) ?? blockId] = elementState ?? Empty(element) };
        }
        return (state, missing);
    }

    private static JsonObject? ElementState(JsonObject element, string? typed, string zoneId)
    {
        var type = Str(element["type"]);
        if (typed is null) return null;
        switch (type)
        {
            case "static_select":
                var option = (element["options"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(o => Str(o["value"]) == typed);
                return option is null ? null : new JsonObject { ["type"] = type, ["selected_option"] = option.DeepClone() };
            case "datetimepicker":
                if (!DateTime.TryParseExact(typed, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return null;
                var zone = TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var z) ? z : TimeZoneInfo.Utc;
                var instant = new DateTimeOffset(local, zone.GetUtcOffset(local));
                return new JsonObject { ["type"] = type, ["selected_date_time"] = instant.ToUnixTimeSeconds() };
            default:
                return new JsonObject { ["type"] = type, ["value"] = typed };
        }
    }

    private static JsonObject Empty(JsonObject element) => Str(element["type"]) switch
    {
        "static_select" => new JsonObject { ["type"] = "static_select", ["selected_option"] = null },
        "datetimepicker" => new JsonObject { ["type"] = "datetimepicker", ["selected_date_time"] = null },
        var type => new JsonObject { ["type"] = type, ["value"] = null },
    };

    private static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
