using PauseBot.Tests.Support;

namespace PauseBot.Tests.Faults;

/// <summary>Slack answers 500, 503 or hangs during an announcement to 50 channels: afterwards every message is there once.</summary>
public class SlackOutageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Announcement_DuringErrorsOutageAndHangs_EveryChannelGetsItOnce()
    {
        await using var bot = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Outbox:MaxBackoff"] = "00:00:02" });
        var scenario = new FanOutScenario(bot.Slack, bot.Client, channels: 50, subscribers: 0);
        await scenario.SeedAsync(Ct);
        bot.Slack.Faults.FailNext("chat.postMessage", 500, count: 8).FailNext("chat.postMessage", 503, count: 8)
            .Hang("chat.postMessage", TimeSpan.FromSeconds(4), count: 4); // hangs shorter than the client's 10 s timeout
        bot.Slack.Faults.Outage(TimeSpan.FromSeconds(3));

        await scenario.ResumeAsync(Ct);
        await scenario.WaitAllDeliveredAsync(TimeSpan.FromSeconds(45), Ct);
        await Task.Delay(2000, Ct); // a late duplicate would land here

        var delivered = scenario.Delivered();
        Assert.All(scenario.ChannelIds, c => Assert.Equal(1, delivered.GetValueOrDefault(c)));
        Assert.All(scenario.ChannelIds, c => Assert.Equal(2, bot.Slack.Messages.In(c).Count)); // the pause and the resume
        Assert.Contains(bot.Slack.Calls.All, c => c.HttpStatus == 503);
        Assert.Contains(bot.Slack.Calls.All, c => c.HttpStatus == 500);
    }
}
