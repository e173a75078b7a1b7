using System.Text.Json.Nodes;
using PauseBot.Slack.Emulator;

namespace PauseBot.Slack.Emulator.Tests.References;

/// <summary>The emulator's embedded method references are exact copies of ../shared/slack/methods (where that folder exists).</summary>
public sealed class MethodReferenceCopyTests
{
    [Fact]
    public void EmbeddedReferences_EqualTheSharedCopies()
    {
        var shared = SharedMethodsDirectory();
        if (shared is null) Assert.Skip("../shared/slack/methods is not on this machine; the embedded copies are the source of truth.");

        var files = Directory.GetFiles(shared, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, SlackMethodReferences.All.Keys.Order(StringComparer.Ordinal));
        Assert.All(files, name => Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(Path.Combine(shared, name + ".json"))), JsonNode.Parse(SlackMethodReferences.RawJson(name))),
            $"References/Methods/{name}.json differs from {shared}/{name}.json: copy it again."));
    }

    [Fact]
    public void EveryEmulatedMethod_HasAReference()
    {
        Assert.All(SlackEmulator.EmulatedMethods, m => Assert.NotNull(SlackMethodReferences.Find(m)));
    }

    [Fact]
    public void References_ReadAsSlackDocumentsThem()
    {
        var update = SlackMethodReferences.Find("chat.update")!;
        Assert.True(update.JsonInputSupported);
        Assert.Equal(["chat:write"], update.BotScopes);
        Assert.Equal(new HashSet<string> { "channel", "ts" }, update.RequiredArguments);
        Assert.Contains("msg_too_long", update.Errors);
        Assert.Equal(RateLimitTier.Tier3, update.Tier);

        var members = SlackMethodReferences.Find("conversations.members")!;
        Assert.False(members.JsonInputSupported);
        Assert.Equal("channels:read", members.ScopeFor(ConversationKind.PublicChannel));
        Assert.Equal("groups:read", members.ScopeFor(ConversationKind.PrivateChannel));
        Assert.Equal("im:read", members.ScopeFor(ConversationKind.Im));
        Assert.Equal("mpim:read", members.ScopeFor(ConversationKind.Mpim));
        Assert.Null(members.ScopeFor(null));
        Assert.Equal(RateLimitTier.Special, SlackMethodReferences.Find("chat.postMessage")!.Tier);
        Assert.Empty(SlackMethodReferences.Find("views.open")!.BotScopes);
    }

    private static string? SharedMethodsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "slack", "methods");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
