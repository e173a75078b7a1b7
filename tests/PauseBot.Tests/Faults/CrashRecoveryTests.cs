using PauseBot.Persistence;
using PauseBot.Slack.Emulator;
using PauseBot.Tests.Support;

namespace PauseBot.Tests.Faults;

/// <summary>The bot process is SIGKILLed in the middle of a 500-message fan-out; after a restart every message is delivered.</summary>
[Collection(RunsAlone.Name)]
public class CrashRecoveryTests(ITestOutputHelper output)
{
    private const int Parallelism = 4;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FanOut_KilledMidway_AllDeliveredAfterRestartDuplicatesAtMostInFlight()
    {
        await using var slack = await SlackEmulator.StartAsync(ct: Ct);
        // A short lease so the restarted process takes over the dead one's claimed rows quickly.
        await using var bot = new BotProcess(slack, "--Outbox:Lease=00:00:03", $"--Outbox:Parallelism={Parallelism}");
        await bot.StartAsync(Ct);
        var scenario = new FanOutScenario(slack, bot.Client, channels: 20, subscribers: 480);
        await scenario.SeedAsync(Ct);
        // Mid-way by construction, not by timing: Slack posts 150 messages, then posts the next ones but holds their answers,
        // so the kill finds at most one post in flight per lane, each already in the channel without the bot knowing.
        slack.Faults.Hang("chat.postMessage", TimeSpan.FromMilliseconds(15), count: 150)
            .HangAfterHandling("chat.postMessage", TimeSpan.FromMinutes(5), count: 350);

        await scenario.ResumeAsync(Ct);
        await slack.Calls.WaitForCountAsync("chat.postMessage", 150, c => c.Ok, TimeSpan.FromSeconds(120), Ct);
        bot.Kill();
        var beforeCrash = scenario.Delivered().Values.Sum();
        slack.Faults.Reset(); // Slack answers normally again
        await bot.StartAsync(Ct);
        await scenario.WaitAllDeliveredAsync(TimeSpan.FromSeconds(120), Ct);
        // Every row delivered or given up: no post can follow, so the duplicates counted below are all there will be.
        await Quiescence.WaitWorkDoneAsync(DatabaseProvider.Sqlite, $"Data Source={bot.DatabaseFile}", null, Ct);

        var delivered = scenario.Delivered();
        var duplicates = delivered.Values.Sum(n => n - 1);
        output.WriteLine($"delivered before the kill: {beforeCrash} of 500; duplicates after restart: {duplicates}");
        Assert.InRange(beforeCrash, 150, 499);
        Assert.All(scenario.Targets, t => Assert.True(delivered.ContainsKey(t), $"{t} never got its message"));
        Assert.InRange(duplicates, 0, Parallelism); // only posts in flight at the kill can repeat
    }
}
