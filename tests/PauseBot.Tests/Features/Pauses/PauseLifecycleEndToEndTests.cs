using PauseBot.Slack.Emulator;
using PauseBot.Tests.Support;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Features.Pauses;

/// <summary>Issue 3's scenarios: signed commands in, emulator-recorded Slack calls out.</summary>
public class PauseLifecycleEndToEndTests : IAsyncLifetime
{
    private const string Note = "Vendor breach; legal says not to mention it";
    private BotHost _bot = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _bot = await StartBotAsync();
        await _bot.RegisterChordusAsync();
    }

    /// <summary>How the bot under test receives from Slack (HTTP here; Socket Mode in a subclass).</summary>
    protected virtual Task<BotHost> StartBotAsync() => BotHost.StartAsync();

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    private Task<string> PauseAsync(string userId = Lead) =>
        _bot.CommandAsync("/pause", $"chordus The client is reassessing the project scope --internal \"{Note}\" --guidance \"Commit your work and stop\"", userId);

    [Fact]
    public async Task Pause_ByLead_OneAnnouncementWithReasonAndCutoffTokenAndNoInternalNote()
    {
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

    [Fact]
    public async Task Pause_ByNonLead_RefusedAuditedAndNothingPosted()
    {
        var reply = await PauseAsync(DefaultSeed.Alice);

        Assert.Contains("only its leads", reply);
        var audit = await _bot.CommandAsync("/pausebot", "audit chordus", BotHost.Admin);
        Assert.Contains($"<@{DefaultSeed.Alice}>", audit);
        Assert.Contains("refused:not-lead", audit);
        await Task.Delay(800, TestContext.Current.CancellationToken);
        Assert.Empty(_bot.PostsTo(Chordus));
    }

    [Fact]
    public async Task Pause_Twice_SecondChangesNothingAndPostsNothing()
    {
        await PauseAsync();
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok, TimeSpan.FromSeconds(10), Ct);

        var second = await PauseAsync();

        Assert.Contains("already paused", second);
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        Assert.Single(_bot.PostsTo(Chordus));
    }

    [Fact]
    public async Task Resume_AfterPause_ExactlyOneResumeAnnouncement()
    {
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

    [Fact]
    public async Task Restart_KeepsProjectsPausesAndAudit()
    {
        await PauseAsync();
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok, TimeSpan.FromSeconds(10), Ct);

        await _bot.RestartAsync();

        var status = await _bot.CommandAsync("/pausebot", "status chordus", Lead);
        Assert.Contains("paused since", status);
        Assert.Contains(Note, status);
        Assert.Contains("*Billable now:* no", status);
        Assert.Contains("pause", await _bot.CommandAsync("/pausebot", "audit chordus", Lead));
    }

    [Fact]
    public async Task Pause_DuringSlackOutage_DeliveredOnceAfterIt()
    {
        _bot.Slack.Faults.StartOutage();
        await PauseAsync();
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        Assert.Empty(_bot.PostsTo(Chordus));

        _bot.Slack.Faults.EndOutage();

        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok, TimeSpan.FromSeconds(20), Ct);
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        Assert.Single(_bot.PostsTo(Chordus));
    }

    [Fact]
    public async Task ResumeAt_InFiveSeconds_ResumesAndAnnouncesOnceAboutFiveSecondsLater()
    {
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
