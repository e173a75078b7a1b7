using System.Text.Json;
using System.Text.Unicode;

namespace PauseBot.Slack.Inbound;

/// <summary>
/// Turns verified bodies into payload models; every failure is a <see cref="SlackPayloadException"/> with a short reason.
/// Shared by HTTP and (later) Socket Mode, whose <c>payload</c> objects are the same JSON.
/// </summary>
public static class SlackPayloadParser
{
    /// <summary>Parses a UTF-8 JSON object. The caller disposes the document.</summary>
    public static JsonDocument ParseObject(ReadOnlyMemory<byte> json)
    {
        if (!Utf8.IsValid(json.Span))
            throw new SlackPayloadException("body is not valid UTF-8");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new SlackPayloadException("body is not valid JSON", ex);
        }
        if (document.RootElement.ValueKind == JsonValueKind.Object) return document;
        document.Dispose();
        throw new SlackPayloadException("body is not a JSON object");
    }

    /// <summary>The payload's <c>type</c> field.</summary>
    public static string TypeOf(JsonElement payload) =>
        payload.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString()!
            : throw new SlackPayloadException("missing field type");

    public static T Deserialize<T>(JsonElement payload)
    {
        try
        {
            return payload.Deserialize<T>(SlackJson.Options) ?? throw new SlackPayloadException($"invalid {typeof(T).Name}: null");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
        {
            var where = ex is JsonException { Path: { } path } ? $" at {path}" : "";
            var what = ex.Message.Contains("missing required properties", StringComparison.Ordinal) ? "missing required field" : "wrong shape";
            throw new SlackPayloadException($"invalid {typeof(T).Name}: {what}{where}", ex);
        }
    }

    /// <summary>A slash command from a JSON object of its fields (Socket Mode <c>slash_commands</c> payload).</summary>
    public static SlashCommand SlashCommandFromJson(JsonElement payload)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in payload.EnumerateObject())
        {
            fields[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString()!,
                JsonValueKind.Null => "",
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => property.Value.GetRawText(),
            };
        }
        return SlashCommand.FromFields(fields);
    }
}
