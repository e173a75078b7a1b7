using Microsoft.Extensions.Logging;
using System.Net;
using PauseBot.Persistence.Inbox;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;
using PauseBot.Tests.Support;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Inbox;

/// <summary>
/// Issue 15: a DM question is stored before its ack and handled by the inbox worker, retried with backoff while Slack is
/// down, parked as dead after its last attempt (logged once, counted) and replayed by an admin.
/// </summary>
public class InboxEndToEndTests
{
    private const string Contractor = DefaultSeed.Alice;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string?> Settings(int maxAttempts = 10) => new()
    {
        ["Inbox:RetryDelay"] = "00:00:00.200",
        ["Inbox:MaxBackoff"] = "00:00:00.500",
        ["Inbox:PollInterval"] = "00:00:00.100",
        ["Inbox:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["PauseBot:MembershipCacheTime"] = "00:00:00.001", // every question asks Slack who is in the project's channels
    };

    [Fact]
    public async Task Question_WhileSlackIsDown_AckedAtOnceRetriedAndAnsweredOnceWhenSlackIsBack()
    {
        await using var bot = await BotHost.StartAsync(settings: Settings());
        using var metrics = new MetricCapture(bot.Services);
        await bot.RegisterChordusAsync();
        var dm = bot.Slack.Workspace.OpenDm(Contractor)!.Id;
        bot.Slack.Faults.StartOutage();

        using (var ack = await bot.Client.SendEventAsync(Events.Message(Contractor, dm, "can I log hours today?"), ct: Ct))
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        await InboxRows.WaitAsync(bot, rows => rows.Any(r => r.Attempts >= 2), TimeSpan.FromSeconds(30)); // failed, and failed again
        bot.Slack.Faults.EndOutage();

        var rows = await InboxRows.WaitAsync(bot, rows => rows.All(r => r.State == InboxState.Done), TimeSpan.FromSeconds(30));
        var answer = await bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == dm, TimeSpan.FromSeconds(15), Ct);
        Assert.Contains("billable", answer.Text, StringComparison.OrdinalIgnoreCase);
        var row = Assert.Single(rows);
        Assert.Equal(("Event", "message"), (row.Kind, row.Label));
        Assert.True(metrics.Sum("pausebot.inbox.handled", ("outcome", "retry")) >= 2);
        Assert.Equal(1, metrics.Sum("pausebot.inbox.handled", ("outcome", "done")));
        await bot.SettleAsync();
        Assert.Single(bot.PostsTo(dm));
    }

    [Fact]
    public async Task Question_FailingEveryAttempt_ParkedDeadLoggedOnceCountedThenReplayedByAnAdminOnly()
    {
        var logs = new LogCapture();
        await using var bot = await BotHost.StartAsync(settings: Settings(maxAttempts: 2), customize: b => b.Logging.AddProvider(logs));
        using var metrics = new MetricCapture(bot.Services);
        await bot.RegisterChordusAsync();
        var dm = bot.Slack.Workspace.OpenDm(Contractor)!.Id;
        bot.Slack.Faults.StartOutage();

        await bot.Client.SendEventAsync(Events.Message(Contractor, dm, "can I log hours today?"), ct: Ct);
        var dead = Assert.Single(await InboxRows.WaitAsync(bot, rows => rows.Any(r => r.State == InboxState.Dead), TimeSpan.FromSeconds(30)));
        bot.Slack.Faults.EndOutage();
        Assert.Equal(2, dead.Attempts);
        Assert.Equal(1, metrics.Sum("pausebot.inbox.handled", ("outcome", "dead")));
        Assert.Single(logs.Lines, l => l.Contains("parked as dead", StringComparison.Ordinal));

        Assert.Contains("Only PauseBot admins", await bot.CommandAsync("/pausebot", "inbox dead", Contractor));
        Assert.Contains("Only PauseBot admins", await bot.CommandAsync("/pausebot", $"inbox replay {dead.Id}", Contractor));
        var listed = await bot.CommandAsync("/pausebot", "inbox dead", BotHost.Admin);
        Assert.Contains($"`{dead.Id}` Event `message`", listed);
        Assert.Contains("2 attempts", listed);
        Assert.Empty(bot.PostsTo(dm));

        Assert.Contains("handled again", await bot.CommandAsync("/pausebot", $"inbox replay {dead.Id}", BotHost.Admin));
        await bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == dm, TimeSpan.FromSeconds(15), Ct);
        await InboxRows.WaitAsync(bot, rows => rows.Single().State == InboxState.Done, TimeSpan.FromSeconds(15));
        Assert.Contains("not dead", await bot.CommandAsync("/pausebot", $"inbox replay {dead.Id}", BotHost.Admin));
        Assert.Contains("Nothing in the inbox was given up", await bot.CommandAsync("/pausebot", "inbox dead", BotHost.Admin));
        await using var scope = bot.Services.CreateAsyncScope();
        var events = scope.ServiceProvider.GetRequiredService<PauseBot.Persistence.PauseBotDbContext>().AuditEvents
            .Where(e => e.Action.StartsWith("inbox.")).Select(e => e.Action + " " + e.Outcome + " " + e.Actor).ToList();
        Assert.Equal(2, events.Count(e => e.StartsWith("inbox.", StringComparison.Ordinal) && e.Contains("refused:not-admin " + Contractor, StringComparison.Ordinal)));
        Assert.Single(events, e => e == $"inbox.replay ok {BotHost.Admin}");
        await bot.SettleAsync();
        Assert.Single(bot.PostsTo(dm));
    }
}
