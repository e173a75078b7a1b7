using PauseBot.Core.Pauses;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using PauseBot.Core;
using PauseBot.Features.Pauses;
using PauseBot.Features.Shared;
using PauseBot.Persistence;
using PauseBot.Slack;
using PauseBot.Slack.Emulator;
using PauseBot.Slack.Inbound;
using PauseBot.Testing;
using PauseBot.Tests.Support;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Features.Pauses;

/// <summary>"Notify me when it resumes": one resume DM for everyone on the list, and no list to join once it has resumed.</summary>
public class NotifyMeButtonTests : IAsyncLifetime
{
    private const string Resumed = "You asked me to tell you";
    private BotHost _bot = null!;
    private string _pauseId = null!;
    private RecordedCall _announcement = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => new(StartAsync());

    private async Task StartAsync(Dictionary<string, string?>? settings = null)
    {
        _bot = await BotHost.StartAsync(settings: settings);
        await _bot.RegisterChordusAsync();
        await _bot.CommandAsync("/pause", "chordus The client is reassessing scope", Lead);
        _announcement = await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Chordus, TimeSpan.FromSeconds(10), Ct);
        _pauseId = _announcement.Args["blocks"]!.AsArray().SelectMany(b => b!["elements"]?.AsArray() ?? [])
            .Single(e => e!["action_id"]?.GetValue<string>() == PauseTexts.NotifyMeAction)!["value"]!.GetValue<string>();
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    private JsonObject Click(string user) => SlackTestClient.BlockActionPayload(user, PauseTexts.NotifyMeAction, _pauseId, Chordus,
        _announcement.ResponseTs, _bot.Slack.CreateResponseUrl(Chordus, user), null);

    // The click's answer goes to its response_url: an ephemeral message for the clicker, posted by the work the ack started.
    private async Task<string> ClickAsync(string user)
    {
        var before = Answers(user).Count;
        using var response = await _bot.Client.SendInteractionAsync(Click(user), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _bot.WhenInboundIdleAsync(Ct);
        Assert.Equal(before + 1, Answers(user).Count);
        return Answers(user)[^1];
    }

    private List<string> Answers(string user) =>
        [.. _bot.Slack.Messages.Ephemeral.Where(e => e.UserId == user && e.Text is not null).Select(e => e.Text!)];

    private async Task ResumeAsync()
    {
        await _bot.CommandAsync("/resume", "chordus", Lead);
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Chordus && c.Text!.Contains("has resumed"),
            TimeSpan.FromSeconds(10), Ct);
        await _bot.SettleAsync();
    }

    private int ResumeDms(string user) =>
        _bot.Slack.Workspace.FindDm(user) is { } dm ? _bot.Slack.Messages.In(dm.Id).Count(m => m.Blocks?.ToJsonString().Contains(Resumed) == true) : 0;

    private int Subscriptions(string user)
    {
        using var scope = _bot.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<PauseBotDbContext>().Subscriptions.Count(s => s.UserId == user);
    }

    [Fact]
    public async Task Click_AfterResume_EphemeralAlreadyResumedSinceWhen_NoSubscriptionNoDm()
    {
        await ResumeAsync();

        var answer = await ClickAsync(DefaultSeed.Alice);
        await _bot.SettleAsync();

        Assert.Contains("has already resumed", answer);
        Assert.Contains("billable again since <!date^", answer);
        Assert.Equal(0, Subscriptions(DefaultSeed.Alice));
        Assert.Equal(0, ResumeDms(DefaultSeed.Alice));
        Assert.Contains("refused:resumed", await _bot.CommandAsync("/pausebot", "audit chordus", Lead));
    }

    [Fact]
    public async Task Click_AfterAScheduledResumeHasPassed_AlreadyResumedEvenBeforeTheTransitionRan()
    {
        await _bot.DisposeAsync(); // a bot whose sweep of due transitions does not run again after its start
        await StartAsync(new Dictionary<string, string?> { ["PauseBot:SweepInterval"] = "01:00:00" });
        await _bot.CommandAsync("/resume", "chordus --at in 1s", Lead);
        var pause = Assert.Single(await _bot.PausesAsync());
        await RealTime.WaitUntilAsync(pause.ScheduledResumeAt!.Value, Ct);

        var answer = await ClickAsync(DefaultSeed.Bob);

        Assert.Contains("has already resumed", answer);
        Assert.Equal(0, Subscriptions(DefaultSeed.Bob));
    }

    [Fact]
    public async Task Click_BeforeResume_ExactlyOneDm()
    {
        Assert.Contains("I'll send you a DM", await ClickAsync(DefaultSeed.Alice));
        Assert.Contains("already on the list", await ClickAsync(DefaultSeed.Alice));

        await ResumeAsync();

        Assert.Equal(1, ResumeDms(DefaultSeed.Alice));
    }

    [Fact]
    public async Task Click_WhoseCheckPassedBeforeTheResumeCommitted_StillExactlyOneDm()
    {
        // The worst interleaving, made deterministic: the click reads the pause while it is open, the resume commits and its
        // fan-out is written and delivered, and only then the click's subscription commits.
        await using var scope = _bot.Services.CreateAsyncScope();
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<IPauseStore>().FindPauseAsync(Guid.Parse(_pauseId), Ct));
        await ResumeAsync();
        var click = JsonSerializer.Deserialize<BlockActionsPayload>(Click(DefaultSeed.Carol).ToJsonString(), SlackJson.Options)!;

        var answer = await scope.ServiceProvider.GetRequiredService<NotifyMeButton>().HandleAsync(click, click.Actions[0], Ct);
        await _bot.SettleAsync();

        Assert.Contains("I'll send you a DM", answer!.Text);
        Assert.Equal(1, Subscriptions(DefaultSeed.Carol));
        Assert.Equal(1, ResumeDms(DefaultSeed.Carol));
    }

    [Fact]
    public async Task ClicksRacingTheResume_EveryoneOnTheListGetsExactlyOneDm_NobodyElseAny()
    {
        var users = Enumerable.Range(0, 24).Select(i => $"U0R{i:D3}").ToList();
        foreach (var u in users)
        {
            _bot.Slack.Workspace.AddUser(u, u.ToLowerInvariant());
            _bot.Slack.Workspace.AddMember(Chordus, u);
        }

        // A third of them click and are answered before the resume; the rest click while it runs, in any interleaving.
        async Task SendClickAsync(string user)
        {
            using var response = await _bot.Client.SendInteractionAsync(Click(user), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        await Task.WhenAll(users[..8].Select(SendClickAsync));
        await _bot.WhenInboundIdleAsync(Ct);
        var racing = users[8..].Select(SendClickAsync).ToList();
        await _bot.CommandAsync("/resume", "chordus", Lead);
        await Task.WhenAll(racing);
        await _bot.SettleAsync();
        Assert.All(users, u => Assert.Single(Answers(u)));
        Assert.All(users[..8], u => Assert.Equal(1, Subscriptions(u)));

        Assert.All(users, u => Assert.Equal(Subscriptions(u), ResumeDms(u)));
        Assert.All(users, u => Assert.InRange(ResumeDms(u), 0, 1));
        var told = _bot.Slack.Messages.Ephemeral.Where(e => users.Contains(e.UserId)).ToList();
        Assert.All(told.Where(e => e.Text!.Contains("already resumed")), e => Assert.Equal(0, Subscriptions(e.UserId)));
        Assert.All(told.Where(e => e.Text!.Contains("I'll send you a DM")), e => Assert.Equal(1, ResumeDms(e.UserId)));
    }

    [Fact]
    public async Task AskedInDm_AfterResume_AlreadyResumedNoSubscription_BeforeResume_OneDm()
    {
        var dm = _bot.Slack.Workspace.OpenDm(DefaultSeed.Bob)!.Id;
        await _bot.Client.SendEventAsync(Events.Message(DefaultSeed.Bob, dm, "tell me when it's back"), ct: Ct);
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == dm, TimeSpan.FromSeconds(10), Ct);
        await ResumeAsync();
        Assert.Equal(1, ResumeDms(DefaultSeed.Bob));

        var alice = _bot.Slack.Workspace.OpenDm(DefaultSeed.Alice)!.Id;
        await _bot.Client.SendEventAsync(Events.Message(DefaultSeed.Alice, alice, "tell me when it's back"), ct: Ct);
        var reply = await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == alice, TimeSpan.FromSeconds(10), Ct);
        await _bot.SettleAsync();

        Assert.Contains("has already resumed", reply.Json());
        Assert.Equal(0, Subscriptions(DefaultSeed.Alice));
        Assert.Equal(0, ResumeDms(DefaultSeed.Alice));
    }
}
