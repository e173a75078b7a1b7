using System.Text.Json.Nodes;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;
using PauseBot.Tests.Support;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Features.Pauses;

/// <summary>The rest of the lead's surface: acknowledgements, corrections, timed pauses, the modal, help, visibility, 429s.</summary>
public class PauseCommandsEndToEndTests : IAsyncLifetime
{
    private BotHost _bot = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _bot = await BotHost.StartAsync();
        await _bot.RegisterChordusAsync();
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    private async Task<RecordedCall> PauseAndWaitAsync()
    {
        await _bot.CommandAsync("/pause", "chordus Scope review --internal \"secret\"", Lead);
        return await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Chordus, TimeSpan.FromSeconds(10), Ct);
    }

    private static string ButtonValue(RecordedCall post, string actionId) =>
        post.Args["blocks"]!.AsArray().Select(b => b?["elements"]).OfType<JsonArray>().SelectMany(e => e)
            .Single(e => e?["action_id"]?.GetValue<string>() == actionId)!["value"]!.GetValue<string>();

    [Fact]
    public async Task Acknowledge_TwiceBySameContractor_CountedOnceAndLeadSeesWhoIsMissing()
    {
        var post = await PauseAndWaitAsync();
        var pauseId = ButtonValue(post, "pause_ack");
        for (var i = 0; i < 2; i++)
            await _bot.Client.SendInteractionAsync(SlackTestClient.BlockActionPayload(DefaultSeed.Alice, "pause_ack", pauseId, Chordus,
                post.ResponseTs, _bot.Slack.CreateResponseUrl(Chordus, DefaultSeed.Alice), null), Ct);
        var replies = await _bot.Slack.Calls.WaitForCountAsync("response_url", 2, null, TimeSpan.FromSeconds(10), Ct);
        // The two clicks are handled concurrently: either may win, but exactly one is counted.
        Assert.Single(replies, r => r.Json().Contains("already acknowledged"));
        Assert.Single(replies, r => r.Json().Contains("Thanks"));

        var status = await _bot.CommandAsync("/pausebot", "status chordus", Lead);

        Assert.Contains("*Acknowledged:* 1 of 3", status);
        Assert.Contains($"<@{DefaultSeed.Bob}>", status);
        Assert.DoesNotContain($"not yet: <@{DefaultSeed.Alice}>", status);
    }

    [Fact]
    public async Task UpdateThenEdit_PostsOnceThenEditsWithChatUpdate()
    {
        await PauseAndWaitAsync();
        Assert.Contains("Update posted", await _bot.CommandAsync("/pausebot", "update chordus Client call moved to Thursday", Lead));
        var update = await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Json().Contains("Thursday"), TimeSpan.FromSeconds(10), Ct);

        Assert.Contains("corrected", await _bot.CommandAsync("/pausebot", "update chordus --edit Client call moved to Friday", Lead));

        var edit = await _bot.Slack.Calls.WaitForAsync("chat.update", c => c.Ok, TimeSpan.FromSeconds(10), Ct);
        Assert.Equal(update.ResponseTs, edit.Arg("ts"));
        Assert.Contains("Friday", edit.Json());
        Assert.Equal(2, _bot.PostsTo(Chordus).Count); // the pause and the first update; the correction posted nothing new
    }

    [Fact]
    public async Task PauseAt_InTwoSeconds_HeadsUpNowThenAnnouncementAtTheCutoff()
    {
        var sent = RealTime.Now;
        var reply = await _bot.CommandAsync("/pause", "chordus Planned maintenance --at in 2s", Lead);
        var replied = RealTime.Now;
        Assert.Contains("will pause at", reply);
        var cutoff = Assert.Single(await _bot.PausesAsync()).EffectiveAt;
        Assert.InRange(cutoff, sent.AddSeconds(2), replied.AddSeconds(2));
        var headsUp = await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok, TimeSpan.FromSeconds(10), Ct);
        Assert.Contains("will pause", headsUp.Json());
        var asked = RealTime.Now;
        var before = await _bot.CommandAsync("/pausebot", "status chordus", DefaultSeed.Alice);
        // Billable until the cutoff: a status answered before it says yes (one asked after it, on a slow machine, rightly says no).
        if (RealTime.Now < cutoff) Assert.Contains("*Billable now:* yes", before);
        else if (asked >= cutoff) Assert.Contains("*Billable now:* no", before);

        var announcement = await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Json().Contains("is paused"), TimeSpan.FromSeconds(30), Ct);
        Assert.True(announcement.At >= cutoff, $"announced at {announcement.At:O}, before the cutoff {cutoff:O}");
        Assert.Contains("*Billable now:* no", await _bot.CommandAsync("/pausebot", "status chordus", DefaultSeed.Alice));
    }

    [Fact]
    public async Task PauseWithOnlyKey_OpensModal_AndSubmittingItPauses()
    {
        Assert.Equal("", await _bot.CommandAsync("/pause", "chordus", Lead));
        var open = await _bot.Slack.Calls.WaitForAsync("views.open", c => c.Ok, TimeSpan.FromSeconds(10), Ct);
        Assert.Contains("pause_modal", open.Json());

        var bad = await _bot.Client.SendInteractionAsync(SlackTestClient.ViewSubmissionPayload(Lead, "pause_modal", null,
            new Dictionary<string, Dictionary<string, string>> { ["project"] = new() { ["value"] = "chordus" }, ["reason"] = new() { ["value"] = "Scope" }, ["at"] = new() { ["value"] = "yesterday-ish" } }), Ct);
        Assert.Contains("\"response_action\":\"errors\"", await bad.Content.ReadAsStringAsync(Ct));

        var good = await _bot.Client.SendInteractionAsync(SlackTestClient.ViewSubmissionPayload(Lead, "pause_modal", null,
            new Dictionary<string, Dictionary<string, string>> { ["project"] = new() { ["value"] = "chordus" }, ["reason"] = new() { ["value"] = "Scope review" } }), Ct);
        Assert.Equal("", await good.Content.ReadAsStringAsync(Ct));
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Json().Contains("Scope review"), TimeSpan.FromSeconds(10), Ct);
    }

    [Theory]
    [InlineData("/pausebot", "", "PauseBot commands")]
    [InlineData("/pausebot", "frobnicate", "I don't know `frobnicate`")]
    [InlineData("/pause", "chordus reason --sideways now", "--sideways")]
    [InlineData("/pause", "chordus reason --at tomorow 9", "tomorow")]
    [InlineData("/resume", "", "Which project?")]
    public async Task BadInput_AnswersWithUsageNeverAnError(string command, string text, string expected)
    {
        var reply = await _bot.CommandAsync(command, text, Lead);
        Assert.Contains(expected, reply);
    }

    [Fact]
    public async Task Status_ContractorSeesPublicFactsOutsiderLearnsNothing()
    {
        await PauseAndWaitAsync();
        _bot.Slack.Workspace.AddUser("U0OUT", "out", "Out Sider", "UTC");

        var contractor = await _bot.CommandAsync("/pausebot", "status chordus", DefaultSeed.Alice, DefaultSeed.General);
        var outsider = await _bot.CommandAsync("/pausebot", "status chordus", "U0OUT", DefaultSeed.General);
        var unknown = await _bot.CommandAsync("/pausebot", "status nosuch", "U0OUT", DefaultSeed.General);

        Assert.Contains("Scope review", contractor);
        Assert.DoesNotContain("secret", contractor);
        Assert.DoesNotContain("Acknowledged", contractor);
        Assert.Equal(unknown.Replace("nosuch", "K"), outsider.Replace("chordus", "K"));
        Assert.Contains("not part of any project", await _bot.CommandAsync("/pausebot", "list", "U0OUT", DefaultSeed.General));
    }

    [Fact]
    public async Task Announcement_MeetsA429_RetriedAfterRetryAfterAndLandsExactlyOnce()
    {
        _bot.Slack.Faults.RateLimitNext("chat.postMessage", TimeSpan.FromSeconds(1));

        await _bot.CommandAsync("/pause", "chordus Scope review", Lead);

        var calls = await _bot.Slack.Calls.WaitForCountAsync("chat.postMessage", 2, null, TimeSpan.FromSeconds(15), Ct);
        Assert.Equal(429, calls[0].HttpStatus);
        Assert.True(calls[1].Ok);
        // Causality, not speed: the retry cannot come before Retry-After has passed since the 429 (0.1 s for clock granularity).
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromSeconds(0.9));
        await _bot.SettleAsync();
        Assert.Single(_bot.PostsTo(Chordus));
    }

    [Fact]
    public async Task ChannelAdd_BotNotMember_AdminIsToldToInviteIt()
    {
        var reply = await _bot.CommandAsync("/pausebot", $"project channel add chordus <#{DefaultSeed.Random}|random>", BotHost.Admin);

        Assert.Contains("added", reply);
        Assert.Contains($"not a member of <#{DefaultSeed.Random}>", reply);
        Assert.DoesNotContain($"<#{Chordus}>, ", reply);
    }
}
