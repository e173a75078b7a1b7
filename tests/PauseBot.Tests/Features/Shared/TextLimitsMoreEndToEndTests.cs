using System.Text.Json.Nodes;
using PauseBot.Core.Scheduling;
using PauseBot.Features.Shared;
using PauseBot.Jobs;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;
using PauseBot.Tests.Support;
using Quartz;
using static PauseBot.Tests.Features.Shared.TypedText;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Features.Shared;

/// <summary>
/// The rest of the typed texts at their limits (<see cref="TextLimits"/>) and one past: a lead's answer, an opening's description
/// and skills, a project's display name; and every text at its limit at once, in the messages that join them.
/// </summary>
public class TextLimitsMoreEndToEndTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private BotHost _bot = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _bot = await BotHost.StartAsync();

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    private string Dm(string user) => _bot.Slack.Workspace.OpenDm(user)!.Id;

    [Fact]
    public async Task AnswerForm_AtItsLimitSentBack_OnePastShownOnTheFieldAndQuestionStaysOpen()
    {
        await _bot.RegisterChordusAsync();
        await _bot.CommandAsync("/pause", "chordus Scope review", Lead);
        var question = OfLength(3000, 'q'); // a contractor's long question is quoted, shortened, never refused
        await _bot.Client.SendEventAsync(Events.Message(DefaultSeed.Alice, Dm(DefaultSeed.Alice), question), ct: Ct);
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Dm(DefaultSeed.Alice), Wait, Ct);
        var (questionId, toLead) = await AskALeadAsync();

        await _bot.Client.SendInteractionAsync(SlackTestClient.BlockActionPayload(Lead, "question_answer", questionId, Dm(Lead), toLead.ResponseTs, null, _bot.Slack.IssueTriggerId()), Ct);
        var open = await _bot.Slack.Calls.WaitForAsync("views.open", c => c.Ok, Wait, Ct);
        Assert.Equal(TextLimits.Answer, MaxLength(open, "answer"));

        Dictionary<string, Dictionary<string, string>> Form(string text) => new() { ["answer"] = new() { ["value"] = text } };
        var over = await _bot.Client.SendInteractionAsync(SlackTestClient.ViewSubmissionPayload(Lead, "question_answer_modal", questionId, Form(OfLength(TextLimits.Answer + 1))), Ct);
        await AssertFieldErrorAsync(over, "answer", "The answer", TextLimits.Answer);
        var stillOpen = await _bot.CommandAsync("/pausebot", "questions chordus", Lead);
        Assert.DoesNotContain("No open questions", stillOpen);
        Assert.Contains("1 open questions", stillOpen);

        var answer = OfLength(TextLimits.Answer, 'a');
        var good = await _bot.Client.SendInteractionAsync(SlackTestClient.ViewSubmissionPayload(Lead, "question_answer_modal", questionId, Form(answer)), Ct);
        Assert.Equal("", await good.Content.ReadAsStringAsync(Ct));
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Json().Contains(Mrkdwn.Escape(answer), StringComparison.Ordinal), Wait, Ct);
        AssertSlackAcceptedEverything(_bot.Slack);
    }

    // The question reaches the leads: at once when the bot can't answer it, else when Alice presses "Ask a lead" under the answer.
    private async Task<(string QuestionId, RecordedCall ToLead)> AskALeadAsync()
    {
        var answer = _bot.Slack.Calls.Where("chat.postMessage").Last(c => c.Ok && c.Channel == Dm(DefaultSeed.Alice));
        if (!answer.Json().Contains("passed your question", StringComparison.Ordinal))
        {
            var ask = Buttons(answer).Single(b => b["action_id"]!.GetValue<string>() == "question_ask_lead")["value"]!.GetValue<string>();
            await _bot.Client.SendInteractionAsync(SlackTestClient.BlockActionPayload(DefaultSeed.Alice, "question_ask_lead", ask, Dm(DefaultSeed.Alice),
                answer.ResponseTs, _bot.Slack.CreateResponseUrl(Dm(DefaultSeed.Alice), DefaultSeed.Alice), null), Ct);
        }
        var toLead = await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Arg("channel") == Lead, Wait, Ct);
        return (Buttons(toLead).Single(b => b["action_id"]!.GetValue<string>() == "question_answer")["value"]!.GetValue<string>(), toLead);
    }

    private static IEnumerable<JsonObject> Buttons(RecordedCall call) =>
        call.Args["blocks"]!.AsArray().Select(b => b?["elements"] ?? (b?["accessory"] is { } a ? new JsonArray(a.DeepClone()) : null))
            .OfType<JsonArray>().SelectMany(e => e).OfType<JsonObject>();

    [Fact]
    public async Task OpeningsAdd_DescriptionAndSkillsAtTheirLimitsPosted_OnePastRefusedAndNothingSaved()
    {
        await _bot.RegisterChordusAsync();
        var over = await _bot.CommandAsync("/pausebot", $"openings add {AsCommand(OfLength(TextLimits.OpeningText + 1))} --for chordus", Lead);
        AssertRefused(over, "The description", TextLimits.OpeningText);
        over = await _bot.CommandAsync("/pausebot", $"openings add Labelling --skills \"{AsCommand(OfLength(TextLimits.Skills + 1))}\" --for chordus", Lead);
        AssertRefused(over, "The skills", TextLimits.Skills);
        Assert.Contains("no open openings", await _bot.CommandAsync("/pausebot", "openings list", Lead));

        var text = OfLength(TextLimits.OpeningText, 'o');
        var skills = OfLength(TextLimits.Skills, 's');
        var posted = await _bot.CommandAsync("/pausebot", $"openings add {AsCommand(text)} --skills \"{AsCommand(skills)}\" --for chordus", Lead);
        Assert.Contains("posted", posted);
        Assert.Contains(Mrkdwn.Escape(text), posted, StringComparison.Ordinal); // the reply shows the opening's line in full
        Assert.Contains(Mrkdwn.Escape(skills), posted, StringComparison.Ordinal);
        Assert.Contains("1 open openings", await _bot.CommandAsync("/pausebot", "openings list", Lead));
    }

    [Fact]
    public async Task ProjectAdd_DisplayNameAtItsLimitCreated_OnePastRefusedAndNothingSaved()
    {
        var limit = TextLimits.DisplayName;
        AssertRefused(await _bot.CommandAsync("/pausebot", $"project add chordus <#{Chordus}|chordus> {AsCommand(OfLength(limit + 1))}", BotHost.Admin),
            "The display name", limit);
        Assert.Contains("not part of any project", await _bot.CommandAsync("/pausebot", "project list", BotHost.Admin));

        var name = OfLength(limit, 'n');
        Assert.Contains("created", await _bot.CommandAsync("/pausebot", $"project add chordus <#{Chordus}|chordus> {AsCommand(name)}", BotHost.Admin));
    }

    /// <summary>
    /// The messages that join several typed texts, each at its limit: the planned-pause heads-up and the pause announcement
    /// (display name, reason, guidance, five openings), an update, the scheduled status post, a contractor's answer.
    /// </summary>
    [Fact]
    public async Task EveryTextAtItsLimit_EveryMessageAccepted()
    {
        var name = OfLength(TextLimits.DisplayName, 'n');
        Assert.Contains("created", await _bot.CommandAsync("/pausebot", $"project add chordus <#{Chordus}|chordus> {AsCommand(name)}", BotHost.Admin));
        Assert.Contains("lead", await _bot.CommandAsync("/pausebot", $"lead add chordus <@{Lead}|lena>", BotHost.Admin));
        for (var i = 0; i < 6; i++)
            Assert.Contains("posted", await _bot.CommandAsync("/pausebot",
                $"openings add {AsCommand(OfLength(TextLimits.OpeningText, (char)('a' + i)))} --skills \"{AsCommand(OfLength(TextLimits.Skills, 's'))}\" --slots 3 --until in 30d --for chordus", Lead));

        var reason = OfLength(TextLimits.Reason, 'r');
        var guidance = OfLength(TextLimits.Guidance, 'g');
        var note = OfLength(TextLimits.InternalNote, 'i');
        Assert.Contains("will pause", await _bot.CommandAsync("/pause",
            $"chordus {AsCommand(reason)} --at in 1s --until in 30d --next-update in 2d --guidance \"{AsCommand(guidance)}\" --internal \"{AsCommand(note)}\"", Lead));
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Json().Contains("will pause", StringComparison.Ordinal), Wait, Ct);
        var announcement = await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Json().Contains("is paused", StringComparison.Ordinal), Wait, Ct);
        Assert.Contains(Mrkdwn.Escape(guidance), announcement.Json(), StringComparison.Ordinal);
        Assert.Contains(Mrkdwn.Escape(OfLength(TextLimits.OpeningText, 'a')), announcement.Json(), StringComparison.Ordinal);

        var update = OfLength(TextLimits.UpdateText, 'u');
        Assert.Contains("Update posted", await _bot.CommandAsync("/pausebot", $"update chordus {AsCommand(update)}", Lead));
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Json().Contains("Update on", StringComparison.Ordinal), Wait, Ct);
        Assert.Contains("✅ Schedule", await _bot.CommandAsync("/pausebot", "schedule chordus daily 09:00", Lead));
        await using (var scope = _bot.Services.CreateAsyncScope())
        {
            var schedule = (await scope.ServiceProvider.GetRequiredService<IScheduleStore>().SchedulesAsync("chordus", Ct))[^1].Id;
            await (await _bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct)).TriggerJob(ScheduleTriggers.JobKeyFor(schedule), Ct);
        }
        var statusPost = await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Json().Contains("of the pause", StringComparison.Ordinal), Wait, Ct);
        Assert.Contains(Mrkdwn.Escape(update), statusPost.Json(), StringComparison.Ordinal);

        await _bot.Client.SendEventAsync(Events.Message(DefaultSeed.Alice, Dm(DefaultSeed.Alice), "why is it paused and what should I do meanwhile?"), ct: Ct);
        var answer = await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Dm(DefaultSeed.Alice), Wait, Ct);
        Assert.Contains(Mrkdwn.Escape(reason), answer.Json(), StringComparison.Ordinal);

        var status = await _bot.CommandAsync("/pausebot", "status chordus", Lead);
        Assert.Contains(Mrkdwn.Escape(note), status, StringComparison.Ordinal);
        await _bot.SettleAsync();
        AssertSlackAcceptedEverything(_bot.Slack);
    }
}
