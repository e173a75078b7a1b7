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
        await _bot.SettleAsync();
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
        await _bot.SettleAsync();
        Assert.Empty(_bot.PostsTo(Chordus));
    }

    [Fact]
    public async Task Pause_Twice_SecondChangesNothingAndPostsNothing()
    {
        await PauseAsync();
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok, TimeSpan.FromSeconds(10), Ct);

        var second = await PauseAsync();

        Assert.Contains("already paused", second);
        await _bot.SettleAsync();
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
        await _bot.SettleAsync();
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
        // The bot has tried, met the outage and kept the message for a retry: nothing is in the channel yet.
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.HttpStatus == 503, TimeSpan.FromSeconds(20), Ct);
        Assert.Empty(_bot.PostsTo(Chordus));

        _bot.Slack.Faults.EndOutage();

        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok, TimeSpan.FromSeconds(20), Ct);
        await _bot.SettleAsync();
        Assert.Single(_bot.PostsTo(Chordus));
    }

    [Fact]
    public async Task ResumeAt_InFiveSeconds_EndsAtThatInstantAndAnnouncesOnceNotBefore()
    {
        await PauseAsync();
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok, TimeSpan.FromSeconds(10), Ct);
        var issued = RealTime.Now;

        var reply = await _bot.CommandAsync("/resume", "chordus --at in 5s", Lead);

        var replied = RealTime.Now;
        Assert.Contains("will resume", reply);
        // "in 5s" counts from when the bot handled the command, which was between sending it and its reply.
        var at = Assert.Single(await _bot.PausesAsync()).ScheduledResumeAt!.Value;
        Assert.InRange(at, issued.AddSeconds(5), replied.AddSeconds(5));
        var resume = await _bot.Slack.Calls.WaitForCountAsync("chat.postMessage", 2, c => c.Ok, TimeSpan.FromSeconds(30), Ct);
        Assert.True(resume[^1].At >= at, $"announced at {resume[^1].At:O}, before the resume instant {at:O}");
        Assert.Contains("billable again", resume[^1].Json());
        Assert.Equal(at, Assert.Single(await _bot.PausesAsync()).EndedAt); // the billable interval ends at the instant, not when the sweep ran
        await _bot.SettleAsync();
        Assert.Equal(2, _bot.PostsTo(Chordus).Count);
    }
}
