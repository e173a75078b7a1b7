using Microsoft.Extensions.Logging;
using PauseBot.Features.Trackers;
using PauseBot.Slack.Emulator;
using PauseBot.Tests.Support;
using PauseBot.TimeTracking;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Features.Trackers;

/// <summary>The whole tracker scenario logged at Trace, with tracker failures and retries: no tracker credential anywhere.</summary>
public sealed class TrackerLogsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("harvest")]
    [InlineData("toggl")]
    [InlineData("clockify")]
    public async Task ScenarioAtTrace_LogsNoTrackerCredential(string name)
    {
        await using var tracker = await TrackerStandIn.StartAsync(name);
        var project = tracker.AddProject("Chordus website");
        var person = tracker.AddPerson("Jane Doe", "jane.doe@example.com");
        var logs = new LogCapture();
        await using var slack = await SlackEmulator.StartAsync(ct: Ct);
        await using var bot = await BotHost.StartAsync(slack, new Dictionary<string, string?>(tracker.Settings) { ["Logging:LogLevel:Default"] = "Trace" },
            customize: b =>
            {
                b.Logging.AddProvider(logs).AddFilter<LogCapture>(null, LogLevel.Trace);
                b.Services.Configure<TrackerHttpOptions>(o => { o.MaxRetryAttempts = 1; o.RetryBaseDelay = TimeSpan.FromMilliseconds(10); });
            });
        await bot.RegisterChordusAsync();
        await bot.CommandAsync("/pausebot", $"tracker link chordus {name} {project}", Lead);
        tracker.Server.Faults.FailNext(503, count: 2);

        await bot.CommandAsync("/pause", "chordus Scope review", Lead);
        await tracker.Server.Calls.WaitForAsync(c => c.Is(tracker.UpdateMethod, tracker.ProjectPath(project)) && c.Succeeded, timeout: TimeSpan.FromSeconds(20));
        tracker.LogNinetyMinutesNow(project, person);
        await bot.Services.GetRequiredService<TrackerHoursCheck>().CheckOnceAsync(Ct);
        await bot.CommandAsync("/pausebot", $"tracker link chordus {name} 0", Lead);

        var all = logs.All;
        Assert.Contains("retried", all);
        foreach (var secret in tracker.Settings.Where(s => s.Key.EndsWith("Token") || s.Key.EndsWith("Key")).Select(s => s.Value!))
        {
            Assert.DoesNotContain(secret, all);
            Assert.DoesNotContain(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(secret + ":api_token")), all);
        }
    }
}
