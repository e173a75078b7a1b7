using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PauseBot.Features;
using PauseBot.Features.Pauses;
using YamlDotNet.RepresentationModel;

namespace PauseBot.Tests.Slack;

/// <summary>manifests/slack-app.socket-mode.yaml: valid per Slack's v1 manifest schema, Socket Mode on, no request URL anywhere.</summary>
public sealed class SocketModeManifestTests
{
    private static readonly Lazy<JsonObject> Manifest = new(() => (JsonObject)ToJson(Load(Path.Combine(RepoRoot(), "manifests", "slack-app.socket-mode.yaml")))!);

    [Fact]
    public void Manifest_ValidAgainstSlackSchema()
    {
        // The file has no $schema; Slack publishes it as draft-07.
        var schema = JsonSchema.FromFile(PauseBot.Testing.Payloads.PathOf("manifest.schema.1.0.0.json"), new BuildOptions { Dialect = Dialect.Draft07 });
        var result = schema.Evaluate(JsonSerializer.SerializeToElement(Manifest.Value), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", result.Details?.Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")) ?? []));
    }

    [Fact]
    public void Manifest_SocketModeOnAndNoRequestUrls()
    {
        var text = Manifest.Value.ToJsonString();
        Assert.True(Manifest.Value["settings"]!["socket_mode_enabled"]!.GetValue<bool>());
        Assert.DoesNotContain("\"url\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("request_url", text, StringComparison.Ordinal);
        Assert.True(Manifest.Value["settings"]!["interactivity"]!["is_enabled"]!.GetValue<bool>());
    }

    [Fact]
    public void Manifest_DeclaresTheCommandsTheBotRegisters()
    {
        var commands = Manifest.Value["features"]!["slash_commands"]!.AsArray().Select(c => c!["command"]!.GetValue<string>());
        Assert.Equal(new[] { PauseCommand.Name, PauseBotCommand.Name, ResumeCommand.Name }.Order(), commands.Order());
    }

    private static YamlNode Load(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return stream.Documents[0].RootNode;
    }

    /// <summary>YAML → JSON with plain scalars typed as YAML 1.2 would (booleans, integers), quoted ones kept as strings.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, ToJson(kv.Value)))),
        YamlSequenceNode seq => new JsonArray([.. seq.Children.Select(ToJson)]),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } s => JsonValue.Create(s.Value == "true"),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s when long.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => null,
    };

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "manifests")) && File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props")))
                return dir.FullName;
        throw new DirectoryNotFoundException("repository root with manifests/ not found above " + AppContext.BaseDirectory);
    }
}
