using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PauseBot.Slack.Emulator;
using PauseBot.Slack.Handlers;
using PauseBot.Tests.Support;
using PauseBot.Testing;

namespace PauseBot.Tests.Deployment;

/// <summary>
/// manifests/slack-app*.yaml: valid against Slack's manifest schema (v1), and declaring exactly the commands and
/// events the bot registers — a command the manifest lacks never reaches the bot, an event it lists without a handler
/// costs a scope for nothing.
/// </summary>
public class SlackAppManifestTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(Payloads.Directory, "manifest.schema.1.0.0.json")),
            new BuildOptions { Dialect = Dialect.Draft07 }));

    public static TheoryData<string> Manifests =>
        new(Directory.GetFiles(RepoFiles.Combine("manifests"), "slack-app*.yaml").Select(Path.GetFileName).Order()!);

    private static JsonObject Read(string file) => YamlJson.ReadSingle(RepoFiles.Combine("manifests", file))!.AsObject();

    private static SlackHandlerRegistry Registry()
    {
        var services = new ServiceCollection().AddSlackHandlers(PauseBot.Slack.SlackRegistrations.Register);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<SlackHandlerRegistry>();
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void Manifest_ValidAgainstSlackSchema(string file)
    {
        using var document = JsonDocument.Parse(Read(file).ToJsonString());

        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        var errors = (result.Details ?? []).Prepend(result).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.SchemaLocation}): {e.Key} {e.Value}"));
        Assert.True(result.IsValid, $"{file} is not a valid Slack manifest:\n" + string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void Manifest_CommandsMatchRegisteredCommands(string file)
    {
        var declared = Read(file)["features"]!["slash_commands"]!.AsArray().Select(c => c!["command"]!.GetValue<string>());

        Assert.Equal(Registry().Commands.Order(), declared.Order());
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void Manifest_BotEventsMatchRegisteredEventHandlers(string file)
    {
        var declared = Read(file)["settings"]!["event_subscriptions"]!["bot_events"]!.AsArray().Select(e => e!.GetValue<string>());

        // Slack delivers message.im (and message.channels, ...) with event type "message"; the bot answers DMs only.
        var expected = Registry().EventTypes.Select(t => t == "message" ? "message.im" : t);
        Assert.Equal(expected.Order(), declared.Order());
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void Manifest_InteractivityOnWhenButtonsOrModalsAreRegistered(string file)
    {
        var registry = Registry();
        var hasInteractions = registry.BlockActionIds.Count + registry.BlockActionPrefixes.Count + registry.ViewSubmissionCallbackIds.Count > 0;

        Assert.Equal(hasInteractions, Read(file)["settings"]!["interactivity"]!["is_enabled"]!.GetValue<bool>());
    }

    [Fact]
    public void HttpManifest_UrlsPointAtTheBotsEndpointsOnThePlaceholderHost()
    {
        var manifest = Read("slack-app.yaml");

        Assert.All(manifest["features"]!["slash_commands"]!.AsArray(),
            c => Assert.Equal("https://pausebot.example.com/slack/commands", c!["url"]!.GetValue<string>()));
        Assert.Equal("https://pausebot.example.com/slack/events", manifest["settings"]!["event_subscriptions"]!["request_url"]!.GetValue<string>());
        Assert.Equal("https://pausebot.example.com/slack/interactions", manifest["settings"]!["interactivity"]!["request_url"]!.GetValue<string>());
        Assert.False(manifest["settings"]!["socket_mode_enabled"]!.GetValue<bool>());
    }

    [Fact]
    public void HttpManifest_BotScopesAreExactlyWhatTheBotUses()
    {
        var scopes = Read("slack-app.yaml")["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => s!.GetValue<string>());

        Assert.Equal(["app_mentions:read", "channels:history", "channels:read", "chat:write", "commands", "groups:history", "groups:read",
            "im:history", "im:write", "mpim:history", "users:read", "users:read.email"], scopes.Order());
    }

    [Fact]
    public void Manifests_RequestTheSameBotScopes() =>
        Assert.Equal(BotScopes("slack-app.yaml").Order(), BotScopes("slack-app.socket-mode.yaml").Order());

    [Theory]
    [MemberData(nameof(Manifests))]
    public void Manifest_EmulatorGrantsExactlyItsBotScopes(string file)
    {
        // The emulator reads the embedded manifests with a small reader of its own; it must agree with a YAML parser.
        var emulated = file == "slack-app.yaml" ? SlackAppManifest.Http : SlackAppManifest.SocketMode;

        Assert.Equal(file, emulated.File);
        Assert.Equal(BotScopes(file).Order(), emulated.BotScopes.Order());
    }

    [Fact]
    public void HttpManifest_EveryBotScopeIsJustifiedInItsComments()
    {
        var text = File.ReadAllText(RepoFiles.Combine("manifests", "slack-app.yaml"));

        Assert.All(BotScopes("slack-app.yaml"), scope => Assert.Matches($@"(?m)^\s*#.*\b{System.Text.RegularExpressions.Regex.Escape(scope)}\b.*—", text));
    }

    private static IEnumerable<string> BotScopes(string file) =>
        Read(file)["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => s!.GetValue<string>());

    [Theory]
    [MemberData(nameof(Manifests))]
    public void Manifest_CanReadTheHistoryOfEveryConversationTypeItPostsTo(string file)
    {
        // A post whose answer was lost is looked for with conversations.history (and conversations.open for a DM) before
        // it is posted again; without these scopes that lookup fails with missing_scope and the bot can only post twice.
        var scopes = Read(file)["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();

        Assert.Superset(new HashSet<string> { "channels:history", "groups:history", "im:history", "mpim:history", "im:write" }, scopes.ToHashSet());
    }

    [Fact]
    public void HttpManifest_AppHomeHasHomeAndMessagesTabs()
    {
        var home = Read("slack-app.yaml")["features"]!["app_home"]!;

        Assert.True(home["home_tab_enabled"]!.GetValue<bool>());
        Assert.True(home["messages_tab_enabled"]!.GetValue<bool>());
        Assert.False(home["messages_tab_read_only_enabled"]!.GetValue<bool>());
    }
}
