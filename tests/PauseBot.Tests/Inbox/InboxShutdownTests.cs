using Microsoft.Extensions.Logging;
using System.Net;
using PauseBot.Persistence.Inbox;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;
using PauseBot.Tests.Support;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Inbox;

/// <summary>
/// Graceful shutdown (what SIGTERM does): the worker stops claiming, a handler already running may finish within
/// <c>Inbox:ShutdownGrace</c>, and one that does not is cut short and left in the inbox, handled once by the next start.
/// </summary>
public class InboxShutdownTests
{
    private const string Contractor = DefaultSeed.Alice;
    private const string FreshMembers = "PauseBot:MembershipCacheTime"; // every question lists the channel's members (the call made slow here)
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stop_HandlerRunning_FinishesWithinTheGraceAndIsNotHandledAgainAfterRestart()
    {
        await using var bot = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Inbox:ShutdownGrace"] = "00:01:00", [FreshMembers] = "00:00:00.001" });
        await bot.RegisterChordusAsync();
        var dm = bot.Slack.Workspace.OpenDm(Contractor)!.Id;
        var listings = bot.Slack.Calls.Where("conversations.members").Count;
        bot.Slack.Faults.Hang("conversations.members", TimeSpan.FromSeconds(2)); // Slack answers slowly: the handler is still running

        using (var ack = await bot.Client.SendEventAsync(Events.Message(Contractor, dm, "can I log hours today?"), ct: Ct))
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        await WaitInFlightAsync(bot);
        await bot.RestartAsync();

        var row = Assert.Single(await InboxRows.AllAsync(bot));
        Assert.Equal((InboxState.Done, 0), (row.State, row.Attempts)); // finished by the process that was stopping
        await bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == dm, TimeSpan.FromSeconds(15), Ct);
        await bot.SettleAsync();
        Assert.Single(bot.PostsTo(dm));
        Assert.Equal(listings + 1, bot.Slack.Calls.Where("conversations.members").Count); // handled once, not again after the restart
    }

    [Fact]
    public async Task Stop_HandlerOverrunsTheGrace_LeftInTheInboxAndAnsweredOnceAfterRestart()
    {
        var logs = new LogCapture();
        await using var bot = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Inbox:ShutdownGrace"] = "00:00:00.200", [FreshMembers] = "00:00:00.001" },
            customize: b => b.Logging.AddProvider(logs));
        await bot.RegisterChordusAsync();
        var dm = bot.Slack.Workspace.OpenDm(Contractor)!.Id;
        bot.Slack.Faults.Hang("conversations.members", TimeSpan.FromSeconds(60)); // Slack does not answer

        await bot.Client.SendEventAsync(Events.Message(Contractor, dm, "can I log hours today?"), ct: Ct);
        await WaitInFlightAsync(bot);
        bot.Slack.Faults.Reset(); // Slack is fine again for the next start; the call in flight still hangs
        await bot.RestartAsync();

        Assert.Contains(logs.Lines, l => l.Contains("did not finish within the shutdown grace", StringComparison.Ordinal));
        await bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == dm, TimeSpan.FromSeconds(30), Ct);
        var row = Assert.Single(await InboxRows.WaitAsync(bot, rows => rows.All(r => r.State == InboxState.Done), TimeSpan.FromSeconds(15)));
        Assert.Equal(0, row.Attempts); // cut short by the shutdown: not counted as a failed attempt
        await bot.SettleAsync();
        Assert.Single(bot.PostsTo(dm));
    }

    // The handler is running: its conversations.members call reached Slack and took the slow answer queued for it.
    private static Task WaitInFlightAsync(BotHost bot) =>
        Eventually.TrueAsync(() => bot.Slack.Faults.Pending == 0, "the question's handler never called Slack");
}
