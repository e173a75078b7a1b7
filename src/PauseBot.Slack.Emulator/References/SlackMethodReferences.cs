using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PauseBot.Slack.Emulator;

/// <summary>
/// Slack's method references embedded in the emulator (<c>References/Methods/*.json</c>, copied from
/// ../shared/slack/methods), parsed once on first use.
/// </summary>
public static class SlackMethodReferences
{
    private const string ResourcePrefix = "methods/";
    private static readonly Lazy<IReadOnlyDictionary<string, MethodReference>> Loaded = new(Load);

    /// <summary>Every referenced method, by name.</summary>
    public static IReadOnlyDictionary<string, MethodReference> All => Loaded.Value;

    /// <summary>The reference of <paramref name="method"/>, or null when Slack's references do not describe it.</summary>
    public static MethodReference? Find(string method) => All.GetValueOrDefault(method);

    /// <summary>The raw JSON of one embedded reference file (for comparing the copies with their source).</summary>
    public static string RawJson(string method)
    {
        using var stream = typeof(SlackMethodReferences).Assembly.GetManifestResourceStream(ResourcePrefix + method + ".json")
            ?? throw new KeyNotFoundException($"No method reference for '{method}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static IReadOnlyDictionary<string, MethodReference> Load()
    {
        var assembly = typeof(SlackMethodReferences).Assembly;
        var references = new Dictionary<string, MethodReference>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var name = resource[ResourcePrefix.Length..^".json".Length];
            references[name] = Parse(name, JsonNode.Parse(RawJson(name))!.AsObject());
        }

        return references;
    }

    internal static MethodReference Parse(string name, JsonObject json)
    {
        var args = json["args"] as JsonObject;
        var properties = args?["properties"] as JsonObject ?? [];
        return new MethodReference
        {
            Name = name,
            HttpMethod = json["http_method"]?.GetValue<string>() ?? "POST",
            JsonInputSupported = json["json_input_supported"] is JsonValue j && j.GetValueKind() == JsonValueKind.True,
            RateLimits = json["rate_limits"]?.GetValue<string>() ?? "t3",
            BotScopes = Strings(json["scope"]?["bot"]),
            Arguments = [.. properties.Select(p => p.Key).Where(k => k != "token")],
            RequiredArguments = Strings(args?["required"]).Where(a => a != "token").ToHashSet(StringComparer.Ordinal),
            Errors = Keys(json["errors"]),
            Warnings = Keys(json["warnings"]),
            SuccessExample = json["examples"]?["success"]?["example"] as JsonObject,
        };
    }

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray a ? [.. a.Select(s => s!.GetValue<string>())] : [];

    private static HashSet<string> Keys(JsonNode? node) =>
        node switch
        {
            JsonObject o => o.Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal),
            JsonArray a => a.Select(s => s!.GetValue<string>()).ToHashSet(StringComparer.Ordinal),
            _ => new HashSet<string>(StringComparer.Ordinal),
        };
}
