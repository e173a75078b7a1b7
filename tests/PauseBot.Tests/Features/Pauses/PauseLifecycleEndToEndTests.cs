using PauseBot.Slack.Emulator;
using PauseBot.Tests.Support;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Features.Pauses;

/// <summary>
/// Issue 3's scenarios: signed commands in, emulator-recorded Slack calls out — on SQLite and on PostgreSQL (the latter
/// when PAUSEBOT_TEST_POSTGRES is set, else skipped with the reason).
/// </summary>
public class PauseLifecycleEndToEndTests : IAsyncDisposable
{
    private const string Note = "Vendor breach; legal says not to mention it";
    private BotHost _bot = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Providers => TestDatabases.Providers;

    private async Task StartAsync(string provider)
    {
        _bot = await BotHost.StartAsync(provider: provider);
        await _bot.RegisterChordusAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_bot is not null) await _bot.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private Task<string> PauseAsync(string userId = Lead) =>
        _bot.CommandAsync("/pause", $"chordus The client is reassessing the project scope --internal \"{Note}\" --guidance \"Commit your work and stop\"", userId);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Pause_ByLead_OneAnnouncementWithReasonAndCutoffTokenAndNoInternalNote(string provider)
    {
        await StartAsync(provider);
        var reply = await PauseAsync();

        Assert.Contains("is paused", reply);
        Assert.Contains(Note, reply); // the lead who paused sees the internal note echoed back to them
        var post = await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok, TimeSpan.FromSeconds(10), Ct);
        var json = post.Json();
        Assert.Equal(Chordus, post.Args["channel"]!.GetValue<string>());
        Assert.Contains("The client is reassessing the project scope", json);
        Assert.Contains("<!date^", json);
        Assert.DoesNotContain("Vendor breach", json);
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        Assert.Single(_bot.PostsTo(Chordus));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Pause_ByNonLead_RefusedAuditedAndNothingPosted(string provider)
    {
        await StartAsync(provider);
        var reply = await PauseAsync(DefaultSeed.Alice);

        Assert.Contains("only its leads", reply);
        var audit = await _bot.CommandAsync("/pausebot", "audit chordus", BotHost.Admin);
        Assert.Contains($"<@{DefaultSeed.Alice}>", audit);
        Assert.Contains("refused:not-lead", audit);
        await Task.Delay(800, TestContext.Current.CancellationToken);
        Assert.Empty(_bot.PostsTo(Chordus));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Pause_Twice_SecondChangesNothingAndPostsNothing(string provider)
    {
        await StartAsync(provider);
        await PauseAsync();
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok, TimeSpan.FromSeconds(10), Ct);

        var second = await PauseAsync();

        Assert.Contains("already paused", second);
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        Assert.Single(_bot.PostsTo(Chordus));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Resume_AfterPause_ExactlyOneResumeAnnouncement(string provider)
    {
        await StartAsync(provider);
        await PauseAsync();
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok, TimeSpan.FromSeconds(10), Ct);

        var reply = await _bot.CommandAsync("/resume", "chordus Back to work, thanks for waiting", Lead);

        Assert.Contains("has resumed", reply);
        await _bot.Slack.Calls.WaitForCountAsync("chat.postMessage", 2, c => c.Ok, TimeSpan.FromSeconds(10), Ct);
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        var posts = _bot.PostsTo(Chordus);
        Assert.Equal(2, posts.Count);
        Assert.Contains("billable again", posts[1].Json());
        Assert.Contains("not paused", await _bot.CommandAsync("/resume", "chordus", Lead));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Restart_KeepsProjectsPausesAndAudit(string provider)
    {
        await StartAsync(provider);
        await PauseAsync();
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok, TimeSpan.FromSeconds(10), Ct);

        await _bot.RestartAsync();

        var status = await _bot.CommandAsync("/pausebot", "status chordus", Lead);
        Assert.Contains("paused since", status);
        Assert.Contains(Note, status);
        Assert.Contains("*Billable now:* no", status);
        Assert.Contains("pause", await _bot.CommandAsync("/pausebot", "audit chordus", Lead));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Pause_DuringSlackOutage_DeliveredOnceAfterIt(string provider)
    {
        await StartAsync(provider);
        _bot.Slack.Faults.StartOutage();
        await PauseAsync();
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        Assert.Empty(_bot.PostsTo(Chordus));

        _bot.Slack.Faults.EndOutage();

        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok, TimeSpan.FromSeconds(20), Ct);
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        Assert.Single(_bot.PostsTo(Chordus));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ResumeAt_InFiveSeconds_ResumesAndAnnouncesOnceAboutFiveSecondsLater(string provider)
    {
        await StartAsync(provider);
        await PauseAsync();
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok, TimeSpan.FromSeconds(10), Ct);
        var issued = TimeProvider.System.GetUtcNow();

        var reply = await _bot.CommandAsync("/resume", "chordus --at in 5s", Lead);

        Assert.Contains("will resume", reply);
        var resume = await _bot.Slack.Calls.WaitForCountAsync("chat.postMessage", 2, c => c.Ok, TimeSpan.FromSeconds(15), Ct);
        var elapsed = resume[^1].At - issued;
        Assert.InRange(elapsed.TotalSeconds, 4.5, 9);
        Assert.Contains("billable again", resume[^1].Json());
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        Assert.Equal(2, _bot.PostsTo(Chordus).Count);
    }
}
