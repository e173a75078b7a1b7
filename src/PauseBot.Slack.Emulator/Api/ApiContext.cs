using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PauseBot.Slack.Emulator;

/// <summary>One authenticated Web API call being handled: state, method and normalised arguments.</summary>
internal sealed class ApiContext(EmulatorState state, string method, JsonObject args)
{
    public EmulatorState State => state;
    public EmulatedWorkspace Workspace => state.Workspace;
    public string Method => method;
    public JsonObject Args => args;
    public DateTimeOffset Now => state.Time.GetUtcNow();

    public static JsonObject Ok() => new() { ["ok"] = true };

    /// <summary>A scalar argument as a string (numbers and booleans formatted), or null when absent/null/empty.</summary>
    public string? Str(string name) => args[name] switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>() is { Length: > 0 } s ? s : null,
        JsonValue v when v.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.ToJsonString(),
        _ => null,
    };

    public bool Bool(string name, bool defaultValue = false) => Str(name)?.ToLowerInvariant() switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        _ => defaultValue,
    };

    public long? Long(string name) =>
        long.TryParse(Str(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n
        : double.TryParse(Str(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? (long)d : null;

    /// <summary>A JSON array argument (form values were parsed already); null when absent; <paramref name="formatError"/> when not an array.</summary>
    public JsonArray? Array(string name, string formatError) => args[name] switch
    {
        null => null,
        JsonArray a => (JsonArray)a.DeepClone(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length == 0 => null,
        _ => throw new SlackApiError(formatError),
    };

    /// <summary>Fails with <c>missing_scope</c> (and Slack's <c>needed</c>/<c>provided</c> fields) unless the bot has <paramref name="scope"/>.</summary>
    public void RequireScope(string scope)
    {
        if (Workspace.BotScopes is not { } granted || granted.Contains(scope)) return;
        throw new SlackApiError("missing_scope")
        {
            Fields = new JsonObject { ["needed"] = scope, ["provided"] = string.Join(',', granted.Order(StringComparer.Ordinal)) },
        };
    }

    /// <summary>A JSON object argument; null when absent; <c>invalid_arguments</c> when not an object.</summary>
    public JsonObject? Object(string name) => args[name] switch
    {
        null => null,
        JsonObject o => (JsonObject)o.DeepClone(),
        _ => throw new SlackApiError("invalid_arguments", $"[ERROR] {name} must be a JSON object [json-pointer:/{name}]"),
    };
}
