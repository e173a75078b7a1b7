using PauseBot.Outbox;
using PauseBot.Slack.Emulator;
using PauseBot.Tests.Support;

namespace PauseBot.Tests.Faults;

/// <summary>Slack's limits cut tenfold (workspace cap 60 posts a minute): everything is still delivered once and the pace adapts.</summary>
public class RateLimitStormTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Resume_LimitsCutTenfold_AllDeliveredOncePaceAdaptsFew429s()
    {
        await using var slack = await SlackEmulator.StartAsync(new SlackEmulatorOptions { RateLimitScale = 0.1 }, Ct);
        await using var bot = await BotHost.StartAsync(slack);
        var scenario = new FanOutScenario(slack, bot.Client, channels: 5, subscribers: 65); // 70 posts > 60 a minute
        await scenario.SeedAsync(Ct);

        await scenario.ResumeAsync(Ct);
        await scenario.WaitAllDeliveredAsync(TimeSpan.FromSeconds(100), Ct);
        await bot.SettleAsync();

        var delivered = scenario.Delivered();
        Assert.All(scenario.Targets, t => Assert.Equal(1, delivered.GetValueOrDefault(t)));
        var pacer = bot.Services.GetRequiredService<OutboxPacer>();
        Assert.True(pacer.BudgetOf("chat.postMessage") < 600, "the pace did not adapt to the stricter limit");
        var limited = slack.Calls.All.Count(c => c.HttpStatus == 429);
        Assert.True(limited <= 10, $"{limited} calls were rate limited; an adapting pace keeps it to the calls in flight");
    }
}
