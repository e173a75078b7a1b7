using System.Net;
using PauseBot.Slack.Emulator;
using static PauseBot.Slack.Emulator.Tests.Api;

namespace PauseBot.Slack.Emulator.Tests;

public sealed class AuthAndErrorTests
{
    [Fact]
    public async Task MissingToken_IsNotAuthed_WithHttp200()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient(withBotToken: false);
        var r = await PostJsonAsync(http, "auth.test", new { });
        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.False(r.Ok);
        Assert.Equal("not_authed", r.Error);
    }

    [Fact]
    public async Task TokenInBody_IsIgnored_AndNotRecorded()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient(withBotToken: false);
        var r = await PostFormAsync(http, "auth.test", ("token", emu.BotToken));
        Assert.Equal("not_authed", r.Error);
        Assert.DoesNotContain(emu.BotToken, emu.Calls.All.Single().Args.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongToken_IsInvalidAuth()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient(withBotToken: false);
        http.DefaultRequestHeaders.Authorization = new("Bearer", "xoxb-wrong");
        Assert.Equal("invalid_auth", (await PostJsonAsync(http, "chat.postMessage", new { channel = "C0GENERAL", text = "x" })).Error);
    }

    [Fact]
    public async Task AppToken_OnlyOpensConnections()
    {
        await using var emu = await StartAsync();
        using var app = emu.CreateClient(withBotToken: false);
        app.DefaultRequestHeaders.Authorization = new("Bearer", "xapp-emulator-token");
        var open = await PostFormAsync(app, "apps.connections.open");
        Assert.True(open.Ok);
        Assert.StartsWith("ws", open.Str("url"), StringComparison.Ordinal);
        Assert.Equal("not_allowed_token_type", (await PostJsonAsync(app, "auth.test", new { })).Error);
        using var bot = emu.CreateClient();
        Assert.Equal("not_allowed_token_type", (await PostFormAsync(bot, "apps.connections.open")).Error);
    }

    [Fact]
    public async Task UnknownMethod_InvalidJson_AndJsonNotObject()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();
        Assert.Equal("unknown_method", (await PostJsonAsync(http, "chat.fly", new { })).Error);
        Assert.Equal("invalid_json", (await PostRawAsync(http, "chat.postMessage", "{\"channel\":", "application/json")).Error);
        Assert.Equal("json_not_object", (await PostRawAsync(http, "chat.postMessage", "[1,2]", "application/json")).Error);
        Assert.All(emu.Calls.All, c => Assert.Equal(200, c.HttpStatus));
    }

    [Fact]
    public async Task ChannelAndUserErrors()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();
        Assert.Equal("channel_not_found", (await PostJsonAsync(http, "chat.postMessage", new { channel = "C0NOPE", text = "x" })).Error);
        Assert.Equal("not_in_channel", (await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.Random, text = "x" })).Error);
        Assert.Equal("channel_not_found", (await PostJsonAsync(http, "chat.postMessage", new { channel = "U0NOBODY", text = "x" })).Error);
        Assert.Equal("no_text", (await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.General })).Error);
        Assert.Equal("user_not_found", (await PostFormAsync(http, "users.info", ("user", "U0NOBODY"))).Error);
        Assert.Equal("user_not_found", (await PostFormAsync(http, "conversations.open", ("users", "U0NOBODY"))).Error);
        Assert.Equal("channel_not_found", (await PostFormAsync(http, "conversations.info", ("channel", "C0NOPE"))).Error);
        Assert.Equal("channel_not_found", (await PostFormAsync(http, "conversations.members", ("channel", "C0NOPE"))).Error);
        Assert.Empty(emu.Messages.All);
    }

    [Fact]
    public async Task BlockAndTextLimits_AreEnforced()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();
        var blocks = Enumerable.Range(0, 51).Select(i => new { type = "section", text = new { type = "mrkdwn", text = $"b{i}" } }).ToArray();
        var tooMany = await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.General, text = "x", blocks });
        Assert.Equal("invalid_blocks", tooMany.Error);
        Assert.Contains("no more than 50 items", tooMany.Json!["response_metadata"]!["messages"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        // chat.postMessage truncates text beyond 40,000 characters, with a warning (it documents no msg_too_long) …
        var truncated = await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.General, text = new string('a', 40_001) });
        Assert.True(truncated.Ok);
        Assert.Equal("message_truncated", truncated.Str("warning"));
        Assert.Equal(40_000, emu.Messages.All.Single().Text!.Length);
        emu.Messages.Clear();
        var badFormat = await PostFormAsync(http, "chat.postMessage", ("channel", DefaultSeed.General), ("blocks", "[{not json"));
        Assert.Equal("invalid_blocks_format", badFormat.Error);
        Assert.Empty(emu.Messages.All);
    }
}
