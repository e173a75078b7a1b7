using System.Net;
using Microsoft.Extensions.Time.Testing;
using PauseBot.Slack.Emulator;
using static PauseBot.Slack.Emulator.Tests.Api;

namespace PauseBot.Slack.Emulator.Tests;

public sealed class ResponseUrlTests
{
    [Fact]
    public async Task Posts_AreRecorded_AndApplied()
    {
        await using var emu = await StartAsync();
        using var http = new HttpClient();
        var url = emu.CreateResponseUrl(DefaultSeed.Chordus, DefaultSeed.Alice);
        Assert.StartsWith(emu.BaseUrl + "response/", url, StringComparison.Ordinal);

        var eph = await PostToAsync(http, url, """{"text":"just for you"}""");
        Assert.Equal((HttpStatusCode.OK, "ok"), (eph.Status, eph.Body));
        var pub = await PostToAsync(http, url, """{"response_type":"in_channel","text":"for all"}""");
        Assert.Equal(HttpStatusCode.OK, pub.Status);

        var calls = emu.Calls.Where(CallLog.ResponseUrlMethod);
        Assert.Equal(["just for you", "for all"], calls.Select(c => c.Text));
        Assert.Equal("just for you", emu.Messages.Ephemeral.Single().Text);
        Assert.Equal("for all", emu.Messages.In(DefaultSeed.Chordus).Single().Text);
    }

    [Fact]
    public async Task ReplaceOriginal_UpdatesTheSourceMessage()
    {
        await using var emu = await StartAsync();
        using var api = emu.CreateClient();
        var ts = (await PostJsonAsync(api, "chat.postMessage", new { channel = DefaultSeed.Chordus, text = "v1" })).Str("ts");
        using var http = new HttpClient();
        var url = emu.CreateResponseUrl(DefaultSeed.Chordus, DefaultSeed.Alice, ts);
        await PostToAsync(http, url, """{"replace_original":true,"text":"v2"}""");
        Assert.Equal(("v2", 1), (emu.Messages.Find(DefaultSeed.Chordus, ts!)!.Text, emu.Messages.Find(DefaultSeed.Chordus, ts!)!.EditCount));
    }

    [Fact]
    public async Task FiveUsesWithinThirtyMinutes_LikeSlack()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var emu = await StartAsync(new SlackEmulatorOptions { Time = time });
        using var http = new HttpClient();
        var url = emu.CreateResponseUrl();
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await PostToAsync(http, url, """{"text":"x"}""")).Status);
        var sixth = await PostToAsync(http, url, """{"text":"x"}""");
        Assert.Equal((HttpStatusCode.NotFound, "used_url"), (sixth.Status, sixth.Body));

        var late = emu.CreateResponseUrl();
        time.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal("expired_url", (await PostToAsync(http, late, """{"text":"x"}""")).Body);
        Assert.Equal(HttpStatusCode.NotFound, (await PostToAsync(http, emu.BaseUrl + "response/unknown", "{}")).Status);
        Assert.Equal([200, 200, 200, 200, 200, 404, 404, 404], emu.Calls.Where("response_url").Select(c => c.HttpStatus));
    }

    [Fact]
    public async Task Faults_ApplyToResponseUrls()
    {
        await using var emu = await StartAsync();
        emu.Faults.FailNext(CallLog.ResponseUrlMethod, 500);
        using var http = new HttpClient();
        var url = emu.CreateResponseUrl(DefaultSeed.Chordus, DefaultSeed.Alice);
        Assert.Equal(HttpStatusCode.InternalServerError, (await PostToAsync(http, url, """{"response_type":"in_channel","text":"x"}""")).Status);
        Assert.Empty(emu.Messages.All);
    }
}
