using PauseBot.Slack.Emulator;
using static PauseBot.Slack.Emulator.Tests.Api;

namespace PauseBot.Slack.Emulator.Tests.References;

/// <summary>By default the emulated workspace grants exactly the bot scopes of manifests/slack-app.yaml.</summary>
public sealed class ManifestScopeTests
{
    [Fact]
    public async Task DefaultGrant_IsTheHttpManifestsBotScopes()
    {
        await using var emu = await StartAsync();

        Assert.Equal(SlackAppManifest.Http.BotScopes.Order(), emu.Workspace.BotScopes!.Order());
        Assert.Contains("chat:write", SlackAppManifest.Http.BotScopes);
        Assert.Equal(SlackAppManifest.Http.BotScopes.Order(), SlackAppManifest.SocketMode.BotScopes.Order());
    }

    [Fact]
    public async Task CallNeedingAScopeTheManifestLacks_MissingScopeWithNeededAndProvided()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();

        var dm = emu.Workspace.OpenDm(DefaultSeed.Alice)!.Id; // the manifest does not ask for im:read (the bot reads no DM's info)

        var answer = await PostFormAsync(http, "conversations.info", ("channel", dm));

        Assert.Equal(("missing_scope", "im:read"), (answer.Error, answer.Str("needed")));
        Assert.Equal(string.Join(',', SlackAppManifest.Http.BotScopes.Order(StringComparer.Ordinal)), answer.Str("provided"));
        var call = emu.Calls.All.Single();
        Assert.Equal([new ConformanceIssue(ConformanceIssueKind.MissingScope, "im:read")], call.Issues);
    }

    [Fact]
    public async Task TypeDependentScope_PickedByTheConversation()
    {
        await using var emu = await StartAsync();
        emu.Workspace.BotScopes = new HashSet<string> { "groups:read" };
        using var http = emu.CreateClient();

        Assert.True((await PostFormAsync(http, "conversations.members", ("channel", DefaultSeed.Leads))).Ok);
        var publicChannel = await PostFormAsync(http, "conversations.members", ("channel", DefaultSeed.Chordus));

        Assert.Equal(("missing_scope", "channels:read"), (publicChannel.Error, publicChannel.Str("needed")));
    }
}
