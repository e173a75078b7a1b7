using PauseBot.Outbox;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;
using PauseBot.Tests.Faults;
using PauseBot.Tests.Support;

namespace PauseBot.Tests.Outbox;

/// <summary>A post whose answer was lost is looked for before it is posted again (signed commands in, emulator calls out).</summary>
public class OutboxDeliveryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, string?> FastRetries = new() { ["Outbox:MaxBackoff"] = "00:00:02" };

    [Fact]
    public async Task DmToSubscriber_AnswerLost_FoundInTheDmHistoryNotSentTwice()
    {
        await using var bot = await BotHost.StartAsync(settings: FastRetries);
        var scenario = new FanOutScenario(bot.Slack, bot.Client, channels: 1, subscribers: 3);
        await scenario.SeedAsync(Ct);
        bot.Slack.Faults.Drop("chat.postMessage", afterHandling: true, count: 4); // the announcement and the 3 DMs

        await scenario.ResumeAsync(Ct);
        await bot.SettleAsync(TimeSpan.FromSeconds(30));

        Assert.All(scenario.UserIds, u => Assert.Single(bot.Slack.Messages.In(bot.Slack.Workspace.FindDm(u)!.Id)));
        Assert.Single(bot.Slack.Messages.In(scenario.ChannelIds[0]), m => m.Text!.Contains("has resumed", StringComparison.Ordinal));
        Assert.Equal(4, bot.Slack.Calls.Where("chat.postMessage").Count(c => c.Ok));
        // A DM row names a user; its history is read under the DM's id, which conversations.open gives.
        Assert.Equal(scenario.UserIds.Order(), bot.Slack.Calls.Where("conversations.open").Select(c => c.Arg("users")!).Order());
        Assert.All(scenario.UserIds, u => Assert.Contains(bot.Slack.Calls.Where("conversations.history"),
            c => c.Channel == bot.Slack.Workspace.FindDm(u)!.Id && c.Ok));
    }

    [Fact]
    public async Task Announcement_HistoryUnreadableMissingScope_PostedAgainOnce()
    {
        await using var bot = await BotHost.StartAsync(settings: FastRetries);
        var scenario = new FanOutScenario(bot.Slack, bot.Client, channels: 3, subscribers: 0);
        await scenario.SeedAsync(Ct);
        bot.Slack.Workspace.BotScopes = new HashSet<string> { "commands", "chat:write", "channels:read", "groups:read", "im:history" };
        bot.Slack.Faults.Drop("chat.postMessage", count: 3); // no answer, and (unknown to the bot) not posted

        await scenario.ResumeAsync(Ct);
        await bot.SettleAsync(TimeSpan.FromSeconds(30));

        Assert.All(scenario.ChannelIds, c => Assert.Single(bot.Slack.Messages.In(c), m => m.Text!.Contains("has resumed", StringComparison.Ordinal)));
        var history = bot.Slack.Calls.Where("conversations.history");
        Assert.Equal(3, history.Count);
        Assert.All(history, c => Assert.Equal("missing_scope", c.Error));
        Assert.Equal(3, bot.Slack.Calls.Where("chat.postMessage").Count(c => c.Ok));
    }

    [Fact]
    public async Task ThreadReply_AnswerLost_FoundInTheThreadNotRepliedTwice()
    {
        await using var bot = await BotHost.StartAsync(settings: FastRetries);
        await bot.RegisterChordusAsync();
        var question = bot.Slack.Messages.Add(DefaultSeed.Chordus, "<@U0BOT> can I log hours?", null, null, DefaultSeed.Bob, null);
        bot.Slack.Calls.Clear();
        bot.Slack.Faults.Drop("chat.postMessage", afterHandling: true); // the reply lands in the thread; its answer doesn't

        await bot.Client.SendEventAsync(Events.AppMention(DefaultSeed.Bob, DefaultSeed.Chordus, question.Text!, question.Ts), ct: Ct);
        await bot.Slack.Calls.WaitForAsync("conversations.replies", c => c.Ok, TimeSpan.FromSeconds(20), Ct);
        await bot.SettleAsync(TimeSpan.FromSeconds(20));

        var reply = Assert.Single(bot.Slack.Messages.Replies(DefaultSeed.Chordus, question.Ts));
        Assert.Equal(DeliveryMetadata.EventType, reply.Metadata!["event_type"]!.GetValue<string>());
        Assert.Single(bot.Slack.Calls.Where("chat.postMessage"));
        Assert.Equal(question.Ts, bot.Slack.Calls.Where("conversations.replies").Single().Arg("ts"));
    }
}
