using System.Net;
using Microsoft.Extensions.Time.Testing;
using PauseBot.Slack.Emulator;
using static PauseBot.Slack.Emulator.Tests.Api;

namespace PauseBot.Slack.Emulator.Tests;

public sealed class FaultInjectionTests
{
    [Fact]
    public async Task FailNext_Gives5xxHtml_IsRecorded_AndPostsNothing()
    {
        await using var emu = await StartAsync();
        emu.Faults.FailNext("chat.postMessage", 502, count: 2);
        using var http = emu.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            var r = await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.Chordus, text = "x" });
            Assert.Equal(HttpStatusCode.BadGateway, r.Status);
            Assert.Contains("<html>", r.Body, StringComparison.Ordinal);
        }

        Assert.Empty(emu.Messages.All);
        Assert.True((await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.Chordus, text = "x" })).Ok);
        Assert.Equal([502, 502, 200], emu.Calls.Where("chat.postMessage").Select(c => c.HttpStatus));
        Assert.Single(emu.Messages.All);
        Assert.Single(emu.Calls.SuccessfulPosts(DefaultSeed.Chordus));
    }

    [Fact]
    public async Task ErrorNext_GivesOkFalse_WithHttp200()
    {
        await using var emu = await StartAsync();
        emu.Faults.ErrorNext("views.publish", "internal_error");
        using var http = emu.CreateClient();
        var r = await PostJsonAsync(http, "views.publish", new { user_id = DefaultSeed.Alice, view = new { type = "home", blocks = Array.Empty<object>() } });
        Assert.Equal((HttpStatusCode.OK, "internal_error"), (r.Status, r.Error));
        Assert.Null(emu.Views.HomeOf(DefaultSeed.Alice));
    }

    [Fact]
    public async Task Outage_AllCalls503_UntilItEnds()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var emu = await StartAsync(new SlackEmulatorOptions { Time = time });
        using var http = emu.CreateClient();
        emu.Faults.Outage(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await PostJsonAsync(http, "auth.test", new { })).Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.General, text = "x" })).Status);
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.True((await PostJsonAsync(http, "auth.test", new { })).Ok);
        emu.Faults.StartOutage();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await PostJsonAsync(http, "auth.test", new { })).Status);
        emu.Faults.EndOutage();
        Assert.True((await PostJsonAsync(http, "auth.test", new { })).Ok);
        Assert.Empty(emu.Messages.All);
    }

    [Fact]
    public async Task Hang_ClientGivesUp_ButTheCallStillLandsWhenTheEmulatorsClockHasMoved()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var emu = await StartAsync(new SlackEmulatorOptions { Time = time });
        emu.Faults.Hang("chat.postMessage", TimeSpan.FromMilliseconds(600));
        using var http = emu.CreateClient();
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var posting = PostAsync(http, "chat.postMessage", """{"channel":"C0CHORDUS","text":"slow"}""", giveUp.Token);
        await UntilAsync(() => emu.Faults.Hanging == 1); // the call arrived and hangs on the emulator's clock
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => posting);
        Assert.Empty(emu.Messages.All);
        time.Advance(TimeSpan.FromMilliseconds(600));

        var call = await emu.Calls.WaitForAsync("chat.postMessage", timeout: TimeSpan.FromSeconds(10), cancellationToken: Ct);
        Assert.True(call.Ok);
        Assert.Equal("slow", emu.Messages.All.Single().Text);
    }

    [Fact]
    public async Task AnyMethodFault_AndReset()
    {
        await using var emu = await StartAsync();
        emu.Faults.FailNext(FaultInjector.AnyMethod, 500).FailNext("auth.test", 500);
        emu.Faults.Reset();
        Assert.Equal(0, emu.Faults.Pending);
        emu.Faults.FailNext(FaultInjector.AnyMethod, 500);
        using var http = emu.CreateClient();
        Assert.Equal(HttpStatusCode.InternalServerError, (await PostFormAsync(http, "users.info", ("user", DefaultSeed.Bob))).Status);
        Assert.True((await PostFormAsync(http, "users.info", ("user", DefaultSeed.Bob))).Ok);
    }

    [Fact]
    public async Task HangAfterHandling_PostedAtOnce_AnswerNeverReachesAClientThatGaveUp()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var emu = await StartAsync(new SlackEmulatorOptions { Time = time });
        emu.Faults.HangAfterHandling("chat.postMessage", TimeSpan.FromSeconds(30));
        using var http = emu.CreateClient();
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var posting = PostAsync(http, "chat.postMessage", """{"channel":"C0CHORDUS","text":"lost answer"}""", giveUp.Token);
        await emu.Calls.WaitForAsync("chat.postMessage", timeout: TimeSpan.FromSeconds(10), cancellationToken: Ct); // handled, answer held
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => posting);

        Assert.Equal("lost answer", emu.Messages.In(DefaultSeed.Chordus).Single().Text); // Slack posted it
        Assert.True(emu.Calls.Where("chat.postMessage").Single().Ok);
        Assert.True((await PostJsonAsync(http, "auth.test", new { })).Ok); // the next call is answered normally
    }

    [Fact]
    public async Task HangAfterHandling_PatientClient_GetsTheAnswerOnceTheEmulatorsClockHasMoved()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var emu = await StartAsync(new SlackEmulatorOptions { Time = time });
        emu.Faults.HangAfterHandling("chat.postMessage", TimeSpan.FromMilliseconds(300));
        using var http = emu.CreateClient();

        var posting = PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.Chordus, text = "late" });
        await emu.Calls.WaitForAsync("chat.postMessage", timeout: TimeSpan.FromSeconds(10), cancellationToken: Ct);
        // The call is recorded before its hang starts: advance the clock only once the hang waits on it, or the wait
        // would begin after the clock moved and never end (the cold-run failure this line fixes).
        await UntilAsync(() => emu.Faults.Hanging == 1);
        Assert.False(posting.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(300));
        var r = await posting;

        Assert.True(r.Ok, r.Body);
        Assert.Equal(r.Str("ts"), emu.Messages.In(DefaultSeed.Chordus).Single().Ts);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, string method, string json, CancellationToken ct)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        return await http.PostAsync(method, content, ct);
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        while (!condition()) await Task.Delay(10, timeout.Token);
    }

    [Fact]
    public async Task Drop_BeforeHandling_NoAnswerAndNoEffect()
    {
        await using var emu = await StartAsync();
        emu.Faults.Drop("chat.postMessage");
        using var http = emu.CreateClient();

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.Chordus, text = "dropped" }));

        Assert.Empty(emu.Messages.All);
        var call = emu.Calls.Where("chat.postMessage").Single();
        Assert.Equal((0, false, "connection_dropped"), (call.HttpStatus, call.Ok, call.Error));
    }

    [Fact]
    public async Task Drop_AfterHandling_NoAnswerButPosted()
    {
        await using var emu = await StartAsync();
        emu.Faults.Drop("chat.postMessage", afterHandling: true);
        using var http = emu.CreateClient();

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.Chordus, text = "posted, then dropped" }));

        Assert.Equal("posted, then dropped", emu.Messages.In(DefaultSeed.Chordus).Single().Text);
        Assert.True(emu.Calls.Where("chat.postMessage").Single().Ok);
    }
}
