using PauseBot.Core.Questions;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;
using PauseBot.Tests.Support;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Features.Questions;

/// <summary>
/// Issue 16: during a pause every answer carries the essentials line (billable now? since the cutoff, expected resume,
/// who to ask), whatever the intent; two questions in one message get two answers; an unsure guess is not answered.
/// </summary>
public class QuestionEssentialsEndToEndTests : IAsyncLifetime
{
    private BotHost _bot = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _bot = await BotHost.StartAsync();
        await _bot.RegisterChordusAsync();
        await _bot.CommandAsync("/pause", "chordus The client is reassessing scope", Lead);
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok, TimeSpan.FromSeconds(10), Ct);
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    private async Task<string> AskInDmAsync(string text)
    {
        var dm = _bot.Slack.Workspace.OpenDm(DefaultSeed.Alice)!.Id;
        await _bot.Client.SendEventAsync(Events.Message(DefaultSeed.Alice, dm, text), ct: Ct);
        var reply = await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == dm, TimeSpan.FromSeconds(10), Ct);
        return reply.Json();
    }

    private static void AssertEssentials(string json)
    {
        Assert.Contains("hours are *not billable* since <!date^", json);
        Assert.Contains("no resume date yet", json);
        Assert.Contains($"questions: <@{Lead}>", json);
    }

    [Theory]
    [InlineData("why was it paused?")]                       // pause_reason
    [InlineData("who is the lead for chordus?")]             // contact
    [InlineData("is there another project I can join?")]     // alternative_work
    [InlineData("where do I update my bank account for payouts")] // unknown: handed to the leads
    public async Task DirectMessage_AnyIntentDuringPause_CarriesTheEssentialsLine(string question)
    {
        var json = await AskInDmAsync(question);

        AssertEssentials(json);
    }

    [Fact]
    public async Task DirectMessage_BillableAndWhatToDo_BothAnswered()
    {
        var json = await AskInDmAsync("can I still log hours today? and what should I do with my open tickets?");

        Assert.Contains("Hours you worked before then are not affected", json); // billable_status
        Assert.Contains("If you'd like other work meanwhile", json);           // next_steps
        AssertEssentials(json);
    }

    [Fact]
    public async Task Mention_TwoQuestions_BothAnsweredInThread()
    {
        var mention = Events.AppMention(DefaultSeed.Bob, Chordus, "<@U0BOT> is today billable and when do we resume?");
        await _bot.Client.SendEventAsync(mention, ct: Ct);

        var reply = await _bot.Slack.Calls.WaitForAsync("chat.postMessage",
            c => c.Ok && c.Channel == Chordus && c.Arg("thread_ts") is not null, TimeSpan.FromSeconds(10), Ct);
        var json = reply.Json();
        Assert.Contains("Don't log time until it resumes", json); // billable_status
        Assert.Contains("There's no resume date for", json);       // resume_eta
        AssertEssentials(json);
    }

    [Fact]
    public async Task DirectMessage_Unsure_NoGuessButEssentialsAndAskALead()
    {
        const string question = "question about chordus";
        Assert.True(new IntentClassifier().Classify(question).Unsure); // the premise: a guess below the threshold

        var json = await AskInDmAsync(question);

        Assert.Contains("I won't guess", json);
        Assert.Contains("question_ask_lead", json);
        AssertEssentials(json);
        Assert.DoesNotContain("I've passed your question", json); // offered, not escalated on a guess
    }
}
