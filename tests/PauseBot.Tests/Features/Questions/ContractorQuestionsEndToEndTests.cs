using System.Text.Json.Nodes;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;
using PauseBot.Tests.Support;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Features.Questions;

/// <summary>Issue 4's scenarios: signed events in, answers recorded by the emulator out.</summary>
public class ContractorQuestionsEndToEndTests : IAsyncLifetime
{
    private const string Note = "INTERNAL-breach-do-not-share";
    private const string Outsider = "U0OUTSIDER";
    private BotHost _bot = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _bot = await BotHost.StartAsync();
        _bot.Slack.Workspace.AddUser(Outsider, "olly", "Olly Outsider", "UTC");
        await _bot.RegisterChordusAsync();
        await _bot.CommandAsync("/pause", $"chordus The client is reassessing scope --internal \"{Note}\"", Lead);
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok, TimeSpan.FromSeconds(10), Ct);
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    private string Dm(string user) => _bot.Slack.Workspace.OpenDm(user)!.Id;

    private async Task<RecordedCall> AskInDmAsync(string user, string text)
    {
        var dm = Dm(user);
        await _bot.Client.SendEventAsync(Events.Message(user, dm, text), ct: Ct);
        return await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == dm, TimeSpan.FromSeconds(10), Ct);
    }

    [Fact]
    public async Task DirectMessage_CanILogHoursDuringPause_NotBillableWithCutoffToken()
    {
        var reply = await AskInDmAsync(DefaultSeed.Alice, "can I log hours today?");

        var json = reply.Json();
        Assert.Contains("not billable since <!date^", json);
        Assert.Contains("before then are not affected", json);
        Assert.DoesNotContain(Note, json);
    }

    [Fact]
    public async Task DirectMessage_FromSomeoneInNoProject_NoProjectDetails()
    {
        var reply = await AskInDmAsync(Outsider, "can I log hours today?");

        var json = reply.Json();
        Assert.Contains("don't see you in any project", json);
        Assert.DoesNotContain("Chordus", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("reassessing", json);
    }

    [Fact]
    public async Task Mention_InProjectChannel_AnsweredInThread()
    {
        var mention = Events.AppMention(DefaultSeed.Bob, Chordus, "<@U0BOT> when do we resume?");
        await _bot.Client.SendEventAsync(mention, ct: Ct);

        var reply = await _bot.Slack.Calls.WaitForAsync("chat.postMessage",
            c => c.Ok && c.Channel == Chordus && c.Arg("thread_ts") is not null, TimeSpan.FromSeconds(10), Ct);
        Assert.Equal(mention["ts"]!.GetValue<string>(), reply.Arg("thread_ts"));
        Assert.Contains("no resume date", reply.Json());
        Assert.DoesNotContain(Note, reply.Json());
    }

    [Fact]
    public async Task Event_RetriedBySlack_AnsweredOnce()
    {
        var dm = Dm(DefaultSeed.Carol);
        var message = Events.Message(DefaultSeed.Carol, dm, "are we getting paid while its paused??");
        await _bot.Client.SendEventAsync(message, eventId: "Ev0RETRY1", ct: Ct);
        await _bot.Client.SendEventAsync(message, eventId: "Ev0RETRY1", retryNum: 1, ct: Ct);
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == dm, TimeSpan.FromSeconds(10), Ct);

        await _bot.SettleAsync();
        Assert.Single(_bot.Slack.Calls.Where("chat.postMessage"), c => c.Ok && c.Channel == dm);
    }

    [Fact]
    public async Task UnknownQuestion_GoesToLead_AndLeadsAnswerComesBack()
    {
        var dm = Dm(DefaultSeed.Alice);
        var ack = await AskInDmAsync(DefaultSeed.Alice, "is the vpn certificate rotated yet");
        Assert.Contains("passed your question to the leads", ack.Json());
        var toLead = await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Arg("channel") == Lead, TimeSpan.FromSeconds(10), Ct);
        var questionId = toLead.Args["blocks"]!.AsArray().SelectMany(Buttons).Single(b => b["action_id"]!.GetValue<string>() == "question_answer")["value"]!.GetValue<string>();

        await _bot.Client.SendInteractionAsync(SlackTestClient.BlockActionPayload(Lead, "question_answer", questionId, Dm(Lead), toLead.ResponseTs, null, _bot.Slack.IssueTriggerId()), Ct);
        await _bot.Slack.Calls.WaitForAsync("views.open", c => c.Ok, TimeSpan.FromSeconds(10), Ct);
        var submit = await _bot.Client.SendInteractionAsync(SlackTestClient.ViewSubmissionPayload(Lead, "question_answer_modal", questionId,
            new Dictionary<string, Dictionary<string, string>> { ["answer"] = new() { ["value"] = "Yes, rotated on Monday." } }), Ct);

        Assert.Equal("", await submit.Content.ReadAsStringAsync(Ct)); // empty 200 closes the modal
        var answer = await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == dm && c.Json().Contains("rotated on Monday"), TimeSpan.FromSeconds(10), Ct);
        Assert.Contains($"<@{Lead}> answered", answer.Json());
        Assert.Contains("No open questions", await _bot.CommandAsync("/pausebot", "questions chordus", Lead));
    }

    [Fact]
    public async Task NotifyMe_ByDmAndButton_EachSubscriberGetsExactlyOneDmOnResume()
    {
        await AskInDmAsync(DefaultSeed.Alice, "ping me when it resumes pls");
        var announcement = _bot.PostsTo(Chordus)[0];
        var pauseId = announcement.Args["blocks"]!.AsArray().SelectMany(Buttons).Single(b => b["action_id"]!.GetValue<string>() == "pause_notify")["value"]!.GetValue<string>();
        await _bot.Client.SendInteractionAsync(SlackTestClient.BlockActionPayload(DefaultSeed.Bob, "pause_notify", pauseId, Chordus, announcement.ResponseTs, _bot.Slack.CreateResponseUrl(Chordus, DefaultSeed.Bob), null), Ct);
        await _bot.Client.SendInteractionAsync(SlackTestClient.BlockActionPayload(DefaultSeed.Bob, "pause_notify", pauseId, Chordus, announcement.ResponseTs, _bot.Slack.CreateResponseUrl(Chordus, DefaultSeed.Bob), null), Ct);
        await _bot.Slack.Calls.WaitForCountAsync("response_url", 2, null, TimeSpan.FromSeconds(10), Ct);

        await _bot.CommandAsync("/resume", "chordus", Lead);

        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.ResponseChannel == Dm(DefaultSeed.Bob) && c.Json().Contains("resumed"), TimeSpan.FromSeconds(10), Ct);
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.ResponseChannel == Dm(DefaultSeed.Alice) && c.Json().Contains("You asked me to tell you"), TimeSpan.FromSeconds(10), Ct);
        await _bot.SettleAsync();
        Assert.Single(_bot.Slack.Calls.Where("chat.postMessage"), c => c.Ok && c.ResponseChannel == Dm(DefaultSeed.Bob) && c.Json().Contains("You asked me to tell you"));
        Assert.Single(_bot.Slack.Calls.Where("chat.postMessage"), c => c.Ok && c.ResponseChannel == Dm(DefaultSeed.Alice) && c.Json().Contains("You asked me to tell you"));
    }

    [Fact]
    public async Task AppHome_ShowsOnlyTheAskersProjects()
    {
        _bot.Slack.Workspace.AddChannel("C0SECRET", "secret", false, DefaultSeed.Lead, _bot.Slack.Workspace.BotUserId);
        await _bot.CommandAsync("/pausebot", "project add atlas <#C0SECRET|secret> Atlas Secret", BotHost.Admin);

        await _bot.Client.SendEventAsync(Events.AppHomeOpened(DefaultSeed.Alice), ct: Ct);

        var publish = await _bot.Slack.Calls.WaitForAsync("views.publish", c => c.Ok && c.Arg("user_id") == DefaultSeed.Alice, TimeSpan.FromSeconds(10), Ct);
        var json = publish.Json();
        Assert.Contains("Chordus", json);
        Assert.Contains("pause_notify", json);
        Assert.DoesNotContain("Atlas", json);
        Assert.DoesNotContain(Note, json);
    }

    [Fact]
    public async Task MemberJoined_PausedProjectChannel_NewcomerGetsOneDm()
    {
        _bot.Slack.Workspace.AddMember(Chordus, Outsider);
        await _bot.Client.SendEventAsync(Events.MemberJoined(Outsider, Chordus), ct: Ct);
        await _bot.Client.SendEventAsync(Events.MemberJoined(Outsider, Chordus), ct: Ct);

        var dm = await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Arg("channel") == Outsider, TimeSpan.FromSeconds(10), Ct);
        Assert.Contains("Welcome", dm.Json());
        Assert.DoesNotContain(Note, dm.Json());
        await _bot.SettleAsync();
        Assert.Single(_bot.Slack.Calls.Where("chat.postMessage"), c => c.Ok && c.Arg("channel") == Outsider);
    }

    private static IEnumerable<JsonObject> Buttons(JsonNode? block) =>
        block?["elements"] is JsonArray elements ? elements.OfType<JsonObject>().Where(e => e["type"]?.GetValue<string>() == "button")
        : block?["accessory"] is JsonObject a ? [a] : [];
}
