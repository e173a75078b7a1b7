using System.Net;
using Microsoft.Extensions.Time.Testing;
using PauseBot.Slack.Emulator;
using static PauseBot.Slack.Emulator.Tests.Api;

namespace PauseBot.Slack.Emulator.Tests;

public sealed class RateLimitTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task PostMessage_BurstOfThreePerChannel_ThenRateLimited_ThenOkASecondLater()
    {
        var time = new FakeTimeProvider(Start);
        await using var emu = await StartAsync(new SlackEmulatorOptions { Time = time });
        using var http = emu.CreateClient();
        for (var i = 0; i < 3; i++)
            Assert.True((await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.Chordus, text = $"m{i}" })).Ok);

        // A channel's burst spent: Slack's "Application has posted too many messages", HTTP 200, no Retry-After.
        var limited = await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.Chordus, text = "too fast" });
        Assert.Equal(HttpStatusCode.OK, limited.Status);
        Assert.Equal("rate_limited", limited.Error);
        Assert.False(limited.Response.Headers.Contains("Retry-After"));

        Assert.True((await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.General, text = "other channel" })).Ok);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.Chordus, text = "after wait" })).Ok);

        Assert.DoesNotContain(emu.Messages.All, m => m.Text == "too fast");
        Assert.Equal(4, emu.Calls.SuccessfulPosts(DefaultSeed.Chordus).Count);
        Assert.Equal(200, emu.Calls.Where("chat.postMessage").Single(c => !c.Ok).HttpStatus);
    }

    [Fact]
    public async Task Tier3_ScaledDown_RetryAfterIsTimeUntilWindowFrees()
    {
        var time = new FakeTimeProvider(Start);
        await using var emu = await StartAsync(new SlackEmulatorOptions { Time = time, RateLimitScale = 0.1 });
        Assert.Equal(5, emu.Limits.PerMinuteLimit("conversations.info"));
        using var http = emu.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            Assert.True((await PostFormAsync(http, "conversations.info", ("channel", DefaultSeed.General))).Ok);
            time.Advance(TimeSpan.FromSeconds(10));
        }

        var limited = await PostFormAsync(http, "conversations.info", ("channel", DefaultSeed.General));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal("10", limited.Response.Headers.GetValues("Retry-After").Single());
        Assert.True((await PostFormAsync(http, "users.info", ("user", DefaultSeed.Alice))).Ok);
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.True((await PostFormAsync(http, "conversations.info", ("channel", DefaultSeed.General))).Ok);
    }

    [Fact]
    public async Task Override_And_Disable()
    {
        var time = new FakeTimeProvider(Start);
        await using var emu = await StartAsync(new SlackEmulatorOptions { Time = time });
        emu.Limits.SetLimit("auth.test", 2);
        using var http = emu.CreateClient();
        Assert.True((await PostJsonAsync(http, "auth.test", new { })).Ok);
        Assert.True((await PostJsonAsync(http, "auth.test", new { })).Ok);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostJsonAsync(http, "auth.test", new { })).Status);
        emu.Limits.Enabled = false;
        Assert.True((await PostJsonAsync(http, "auth.test", new { })).Ok);
    }

    [Fact]
    public async Task PostMessage_WorkspaceCapReached_429WithRetryAfterUntilTheWindowFrees()
    {
        var time = new FakeTimeProvider(Start);
        await using var emu = await StartAsync(new SlackEmulatorOptions { Time = time });
        emu.Limits.PostMessageWorkspacePerMinute = 2;
        using var http = emu.CreateClient();
        Assert.True((await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.Chordus, text = "1" })).Ok);
        time.Advance(TimeSpan.FromSeconds(20));
        Assert.True((await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.General, text = "2" })).Ok);

        var limited = await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.Leads, text = "3" });

        Assert.Equal((HttpStatusCode.TooManyRequests, "ratelimited"), (limited.Status, limited.Error));
        Assert.Equal(TimeSpan.FromSeconds(40), limited.Response.Headers.RetryAfter!.Delta);
        time.Advance(TimeSpan.FromSeconds(40));
        Assert.True((await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.Leads, text = "3" })).Ok);
    }
}
