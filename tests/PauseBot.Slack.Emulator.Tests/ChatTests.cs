using System.Text.Json.Nodes;
using PauseBot.Slack.Emulator;
using static PauseBot.Slack.Emulator.Tests.Api;

namespace PauseBot.Slack.Emulator.Tests;

public sealed class ChatTests
{
    [Fact]
    public async Task PostMessage_StoresMessage_WithUniqueIncreasingTs()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var emu = await StartAsync(new SlackEmulatorOptions { Time = time });
        using var http = emu.CreateClient();
        var first = await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.Chordus, text = "one" });
        var second = await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.Chordus, text = "two", thread_ts = first.Str("ts") });
        Assert.Equal("1772355600.000000", first.Str("ts"));
        Assert.Equal("1772355600.000001", second.Str("ts"));
        var stored = emu.Messages.In(DefaultSeed.Chordus);
        Assert.Equal(["one", "two"], stored.Select(m => m.Text));
        Assert.Equal(first.Str("ts"), stored[1].ThreadTs);
        Assert.Equal("B0BOT", stored[0].BotId);
        Assert.Single(emu.Messages.Replies(DefaultSeed.Chordus, first.Str("ts")!));
    }

    [Fact]
    public async Task FormBody_BlocksAreParsed_IntoStoreAndCallLog()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();
        var blocks = """[{"type":"section","text":{"type":"mrkdwn","text":"*hi*"}}]""";
        var r = await PostFormAsync(http, "chat.postMessage", ("channel", DefaultSeed.General), ("text", "hi"), ("blocks", blocks));
        Assert.True(r.Ok, r.Body);
        Assert.Equal("section", emu.Messages.All.Single().Blocks![0]!["type"]!.GetValue<string>());
        Assert.IsType<JsonArray>(emu.Calls.All.Single().Args["blocks"]);
    }

    [Fact]
    public async Task PostToUserId_LandsInStableDm_SameAsConversationsOpen()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();
        var post = await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.Alice, text = "psst" });
        Assert.True(post.Ok, post.Body);
        var dm = post.Str("channel")!;
        Assert.StartsWith("D", dm, StringComparison.Ordinal);
        var open = await PostFormAsync(http, "conversations.open", ("users", DefaultSeed.Alice));
        Assert.Equal(dm, open.Json!["channel"]!["id"]!.GetValue<string>());
        Assert.True(open.Json!["already_open"]!.GetValue<bool>());
        Assert.Equal(dm, emu.Workspace.FindDm(DefaultSeed.Alice)!.Id);
        Assert.Equal("psst", emu.Messages.In(dm).Single().Text);
        Assert.Single(emu.Calls.SuccessfulPosts(dm));
        Assert.Single(emu.Calls.SuccessfulPosts(DefaultSeed.Alice));
    }

    [Fact]
    public async Task Update_EditsInPlace_AndCountsEdits()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();
        var post = await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.Chordus, text = "v1" });
        var ts = post.Str("ts");
        var upd = await PostJsonAsync(http, "chat.update", new { channel = DefaultSeed.Chordus, ts, text = "v2" });
        Assert.True(upd.Ok, upd.Body);
        Assert.Equal(ts, upd.Str("ts"));
        Assert.Equal("v2", upd.Str("text"));
        await PostJsonAsync(http, "chat.update", new { channel = DefaultSeed.Chordus, ts, text = "v3" });
        var msg = emu.Messages.In(DefaultSeed.Chordus).Single();
        Assert.Equal(("v3", 2), (msg.Text, msg.EditCount));
        Assert.Equal("message_not_found", (await PostJsonAsync(http, "chat.update", new { channel = DefaultSeed.Chordus, ts = "1.000001", text = "x" })).Error);
        Assert.Equal("channel_not_found", (await PostJsonAsync(http, "chat.update", new { channel = DefaultSeed.Alice, ts, text = "x" })).Error);
    }

    [Fact]
    public async Task PostEphemeral_RequiresUserInChannel()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();
        var ok = await PostJsonAsync(http, "chat.postEphemeral", new { channel = DefaultSeed.Leads, user = DefaultSeed.Lead, text = "only you" });
        Assert.True(ok.Ok, ok.Body);
        Assert.NotNull(ok.Str("message_ts"));
        Assert.Equal("user_not_in_channel", (await PostJsonAsync(http, "chat.postEphemeral", new { channel = DefaultSeed.Leads, user = DefaultSeed.Alice, text = "x" })).Error);
        // chat.postEphemeral documents no user_not_found: an unknown user is not in the channel either.
        Assert.Equal("user_not_in_channel", (await PostJsonAsync(http, "chat.postEphemeral", new { channel = DefaultSeed.Leads, user = "U0NOBODY", text = "x" })).Error);
        Assert.Equal("only you", emu.Messages.Ephemeral.Single().Text);
        Assert.Empty(emu.Messages.All);
    }

    [Fact]
    public async Task MembershipChanges_AffectPosting()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();
        emu.Workspace.AddChannel("C0NEW", "new-project", false, DefaultSeed.Alice);
        Assert.Equal("not_in_channel", (await PostJsonAsync(http, "chat.postMessage", new { channel = "C0NEW", text = "x" })).Error);
        emu.Workspace.AddMember("C0NEW", emu.Workspace.BotUserId);
        Assert.True((await PostJsonAsync(http, "chat.postMessage", new { channel = "C0NEW", text = "x" })).Ok);
        emu.Workspace.RemoveMember("C0NEW", emu.Workspace.BotUserId);
        Assert.Equal("not_in_channel", (await PostJsonAsync(http, "chat.postMessage", new { channel = "C0NEW", text = "x" })).Error);
    }
}
