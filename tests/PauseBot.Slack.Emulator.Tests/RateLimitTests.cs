using System.Net;
using Microsoft.Extensions.Time.Testing;
using PauseBot.Slack.Emulator;
using static PauseBot.Slack.Emulator.Tests.Api;

namespace PauseBot.Slack.Emulator.Tests;

public sealed class RateLimitTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task PostMessage_BurstOfThreePerChannel_Then429_ThenOkAfterRetryAfter()
    {
        var time = new FakeTimeProvider(Start);
        await using var emu = await StartAsync(new SlackEmulatorOptions { Time = time });
        using var http = emu.CreateClient();
        for (var i = 0; i < 3; i++)
            Assert.True((await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.Chordus, text = $"m{i}" })).Ok);

        var limited = await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.Chordus, text = "too fast" });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal("ratelimited", limited.Error);
        var retryAfter = int.Parse(limited.Response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, retryAfter);

        Assert.True((await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.General, text = "other channel" })).Ok);
        time.Advance(TimeSpan.FromSeconds(retryAfter));
        Assert.True((await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.Chordus, text = "after wait" })).Ok);

        Assert.DoesNotContain(emu.Messages.All, m => m.Text == "too fast");
        Assert.Equal(4, emu.Calls.SuccessfulPosts(DefaultSeed.Chordus).Count);
        Assert.Equal(429, emu.Calls.Where("chat.postMessage").Single(c => !c.Ok).HttpStatus);
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
    public async Task RealClock_WaitingRetryAfterSucceeds()
    {
        await using var emu = await StartAsync(new SlackEmulatorOptions { RateLimitScale = 1 });
        emu.Limits.PostMessageBurstPerChannel = 1;
        using var http = emu.CreateClient();
        Assert.True((await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.Alice, text = "1" })).Ok);
        var limited = await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.Alice, text = "2" });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        var wait = limited.Response.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(wait, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        await Task.Delay(wait, Ct);
        Assert.True((await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.Alice, text = "2" })).Ok);
    }
}
