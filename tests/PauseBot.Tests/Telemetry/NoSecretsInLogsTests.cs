using Microsoft.Extensions.Logging;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;
using PauseBot.Tests.Support;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Telemetry;

/// <summary>Every log line of a full scenario, at Trace, with Slack failures and retries: no bot token, no signing secret.</summary>
public class NoSecretsInLogsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FullScenarioAtTrace_LogsNeitherTheBotTokenNorTheSigningSecret()
    {
        var logs = new LogCapture();
        await using var bot = await BotHost.StartAsync(
            settings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" },
            customize: b => b.Logging.AddProvider(logs).AddFilter<LogCapture>(null, LogLevel.Trace)); // over appsettings.json's quieter categories
        await bot.RegisterChordusAsync();
        bot.Slack.Faults.RateLimitNext("chat.postMessage", TimeSpan.FromMilliseconds(100)).ErrorNext("chat.postMessage", "invalid_auth");

        await bot.CommandAsync("/pause", "chordus Scope review --internal \"vendor breach\"", Lead);
        await bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok, TimeSpan.FromSeconds(15), Ct);
        var dm = bot.Slack.Workspace.OpenDm(DefaultSeed.Alice)!.Id;
        await bot.Client.SendEventAsync(Events.Message(DefaultSeed.Alice, dm, "can I log hours today?"), ct: Ct);
        await bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == dm, TimeSpan.FromSeconds(10), Ct);
        await bot.Client.SendRawAsync("/slack/commands", "application/x-www-form-urlencoded", "command=%2Fpause"u8.ToArray(),
            signatureOverride: "v0=bad", ct: Ct);
        await bot.CommandAsync("/resume", "chordus Back to work", Lead);
        await bot.Slack.Calls.WaitForCountAsync("chat.postMessage", 2, c => c.Ok && c.Channel == Chordus, TimeSpan.FromSeconds(10), Ct);
        await bot.RestartAsync();
        await bot.CommandAsync("/pausebot", "status chordus", Lead);

        var all = logs.All;
        Assert.Contains("Delivered outbox", all); // the capture saw the scenario
        Assert.Contains("invalid_auth", all);     // and the failure path
        Assert.DoesNotContain(bot.Slack.BotToken, all);
        Assert.DoesNotContain(BotHost.SigningSecret, all);
    }
}
