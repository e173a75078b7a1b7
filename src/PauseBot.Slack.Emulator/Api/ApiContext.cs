using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PauseBot.Slack.Emulator;

/// <summary>One authenticated Web API call being handled: state, method and normalised arguments.</summary>
internal sealed class ApiContext(EmulatorState state, string method, JsonObject args, MethodReference? reference = null)
{
    /// <summary>The method's reference (null for response_url posts).</summary>
    public MethodReference? Reference => reference;
    public EmulatorState State => state;
    public EmulatedWorkspace Workspace => state.Workspace;
    public string Method => method;
    public JsonObject Args => args;
    public DateTimeOffset Now => state.Time.GetUtcNow();

    public static JsonObject Ok() => new() { ["ok"] = true };

    /// <summary>
    /// Slack's answer for a refusal that different methods document under different codes: the first of
    /// <paramref name="codes"/> this method's reference documents, else <c>invalid_arguments</c> (a common error).
    /// </summary>
    public SlackApiError Refuse(params string[] codes) =>
        new(reference is null ? codes[0] : codes.FirstOrDefault(reference.Documents) ?? "invalid_arguments");

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

    /// <summary>A JSON object argument; null when absent; <c>invalid_arguments</c> when not an object.</summary>
    public JsonObject? Object(string name) => args[name] switch
    {
        null => null,
        JsonObject o => (JsonObject)o.DeepClone(),
        _ => throw new SlackApiError("invalid_arguments", $"[ERROR] {name} must be a JSON object [json-pointer:/{name}]"),
    };
}
