using System.Text.Json.Nodes;
using PauseBot.Features.Trackers;
using PauseBot.Slack.Emulator;
using PauseBot.Tests.Support;
using PauseBot.TimeTracking;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Features.Trackers;

/// <summary>
/// Issue 17 end to end, for each tracker against its stand-in (real HTTP on loopback): link → the pause archives the
/// project and stops its timers → an entry logged after the cutoff reaches the leads' DM (and the person's) once → resume
/// reactivates. The hours check is driven directly (no wall-clock waits for the check interval).
/// </summary>
public sealed class TrackerEndToEndTests
{
    private const string Jane = "U0JANE";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60); // a bound on waiting, not a speed check (2 loaded cores)

    internal static async Task<BotHost> StartBotAsync(TrackerStandIn tracker, SlackEmulator? slack = null)
    {
        slack ??= await SlackEmulator.StartAsync();
        slack.Workspace.AddUser(Jane, "jane", "Jane Doe", "Europe/London", email: "jane.doe@example.com");
        // Retries at most 1 s apart: an outage in these tests lasts a few commands, and with the production backoff
        // (2^attempt s) a loaded machine would wait longer for the retry than the tests' positive wait.
        var settings = new Dictionary<string, string?>(tracker.Settings) { ["Outbox:MaxBackoff"] = "00:00:01" };
        var bot = await BotHost.StartAsync(slack, settings, customize: b =>
            b.Services.Configure<TrackerHttpOptions>(o => { o.MaxRetryAttempts = 1; o.RetryBaseDelay = TimeSpan.FromMilliseconds(10); }));
        await bot.RegisterChordusAsync();
        return bot;
    }

    [Theory]
    [InlineData("harvest")]
    [InlineData("toggl")]
    [InlineData("clockify")]
    public async Task LinkPauseLateEntryResume_ArchivedReportedOnceReactivated(string name)
    {
        await using var tracker = await TrackerStandIn.StartAsync(name);
        var project = tracker.AddProject("Chordus website");
        var person = tracker.AddPerson("Jane Doe", "jane.doe@example.com");
        await using var bot = await StartBotAsync(tracker);

        var linked = await bot.CommandAsync("/pausebot", $"tracker link chordus {name} {project}", Lead);
        Assert.Contains($"`{project}`", linked);
        Assert.Contains("“Chordus website”", linked);
        var running = tracker.StartTimer(project, person);

        await bot.CommandAsync("/pause", "chordus Scope review", Lead);
        await tracker.Server.Calls.WaitForAsync(c => c.Is(tracker.UpdateMethod, tracker.ProjectPath(project)) && c.Succeeded, timeout: Wait);
        Assert.False(tracker.IsActive(project));
        await WaitUntilAsync(() => !running());

        tracker.LogNinetyMinutesNow(project, person);
        var check = bot.Services.GetRequiredService<TrackerHoursCheck>();
        Assert.Equal(1, await check.CheckOnceAsync(Ct));
        Assert.Equal(0, await check.CheckOnceAsync(Ct));
        var leadDm = await bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Lead && c.Json().Contains("after the billable cutoff"), Wait, Ct);
        Assert.Contains("Jane Doe — 1.5 h on", leadDm.Json());
        Assert.Contains("not billable", leadDm.Json());
        var janeDm = await bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Jane, Wait, Ct);
        Assert.Contains("You logged 1.5 h on", janeDm.Json());

        await bot.CommandAsync("/resume", "chordus", Lead);
        await WaitUntilAsync(() => tracker.IsActive(project));
        await bot.SettleAsync();

        Assert.Single(bot.Slack.Calls.Where("chat.postMessage"), c => c.Ok && c.Channel == Lead && c.Json().Contains("after the billable cutoff"));
        Assert.Single(bot.Slack.Calls.Where("chat.postMessage"), c => c.Ok && c.Channel == Jane);
        Assert.Equal(2, tracker.Server.Calls.All.Count(c => c.Is(tracker.UpdateMethod, tracker.ProjectPath(project)) && c.Succeeded));
        var audit = "";
        await WaitUntilAsync(async () => (audit = await bot.CommandAsync("/pausebot", "audit chordus", Lead)).Contains("`tracker.reactivate` ok"));
        Assert.Contains("`tracker.archive` ok", audit);
        Assert.Contains("`tracker.stop-timers` ok", audit);
        Assert.Contains("`tracker.late-hours` found", audit);
        Assert.Contains("`tracker.link` ok", audit);
    }

    [Fact]
    public async Task BillableApiAndCsv_NameTheLinkAndCountLateHoursPerPause()
    {
        await using var tracker = await TrackerStandIn.StartAsync("harvest");
        var project = tracker.AddProject("Chordus website");
        var person = tracker.AddPerson("Jane Doe", "jane.doe@example.com");
        await using var bot = await StartBotAsync(tracker);
        await bot.CommandAsync("/pausebot", $"tracker link chordus harvest {project}", Lead);
        var key = await bot.CreateApiKeyAsync();
        await bot.CommandAsync("/pause", "chordus Scope review", Lead);
        tracker.LogNinetyMinutesNow(project, person);
        await bot.Services.GetRequiredService<TrackerHoursCheck>().CheckOnceAsync(Ct);

        var billable = JsonNode.Parse(await (await bot.GetAsync("/api/v1/projects/chordus/billable", key, Ct)).Content.ReadAsStringAsync(Ct))!;
        var pauses = JsonNode.Parse(await (await bot.GetAsync("/api/v1/projects/chordus/pauses", key, Ct)).Content.ReadAsStringAsync(Ct))!;
        var csv = await (await bot.GetAsync("/api/v1/projects/chordus/pauses.csv", key, Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Equal(("harvest", project, "Chordus website"), (billable["tracker"]!["tracker"]!.GetValue<string>(),
            billable["tracker"]!["projectId"]!.GetValue<string>(), billable["tracker"]!["projectName"]!.GetValue<string>()));
        Assert.Equal((1, 1.5m), (billable["pause"]!["lateEntries"]!.GetValue<int>(), billable["pause"]!["lateHours"]!.GetValue<decimal>()));
        Assert.Equal(1, pauses["pauses"]![0]!["lateEntries"]!.GetValue<int>());
        Assert.Equal(project, pauses["tracker"]!["projectId"]!.GetValue<string>());
        Assert.Contains($",harvest:{project},1,1.5,", csv.Split("\r\n")[1]);
    }

    internal static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    /// <summary>
    /// Asks <paramref name="condition"/> (a state the bot reaches asynchronously, through its outbox) until it holds, for up to
    /// 20 s. A positive wait only: what must not have happened is asserted after <see cref="BotHost.SettleAsync"/>.
    /// </summary>
    internal static async Task WaitUntilAsync(Func<Task<bool>> condition) =>
        Assert.True(await Eventually.UntilAsync(condition, held => held, Wait), $"not reached within {Wait.TotalSeconds:0} s");
}
