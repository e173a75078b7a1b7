using SlackDate = PauseBot.Slack.Blocks.SlackDate;
using PauseBot.Features.Trackers;
using PauseBot.Slack.Emulator;
using PauseBot.Tests.Support;
using PauseBot.TimeTracking.StandIns;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Features.Trackers;

/// <summary>
/// Issue 19 with a linked tracker: hours logged between a backdated cutoff and its announcement reach the leads in the same
/// late-hours report as hours logged later; hours before the cutoff don't.
/// </summary>
public sealed class TrackerBackdatedCutoffTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task BackdatedCutoff_HoursBetweenCutoffAndAnnouncementReportedWithLaterOnes()
    {
        await using var tracker = await TrackerStandIn.StartAsync("toggl");
        var toggl = (TogglStandIn)tracker.Server;
        var project = tracker.AddProject("Chordus website");
        var jane = long.Parse(tracker.AddPerson("Jane Doe", "jane.doe@example.com"));
        await using var bot = await TrackerEndToEndTests.StartBotAsync(tracker);
        await bot.CommandAsync("/pausebot", $"tracker link chordus toggl {project}", Lead);

        await bot.CommandAsync("/pause", "chordus Client halted work --at 4h ago --confirm", Lead);
        var pause = Assert.Single(await bot.PausesAsync());
        toggl.AddTimeEntry(long.Parse(project), jane, pause.EffectiveAt.AddHours(-2), TimeSpan.FromHours(1)); // before the cutoff: billable
        toggl.AddTimeEntry(long.Parse(project), jane, pause.EffectiveAt.AddHours(1), TimeSpan.FromHours(2)); // before the announcement
        tracker.LogNinetyMinutesNow(project, $"{jane}");                                                       // after it

        Assert.Equal(2, await bot.Services.GetRequiredService<TrackerHoursCheck>().CheckOnceAsync(Ct));

        var digest = (await bot.Slack.Calls.WaitForAsync("chat.postMessage",
            c => c.Ok && c.Channel == Lead && c.Json().Contains("after the billable cutoff"), Wait, Ct)).Text!;
        Assert.Contains($"({SlackDate.Token(pause.EffectiveAt)} (announced {SlackDate.Token(pause.AnnouncedAt)})", digest);
        var lines = digest.Split('•');
        Assert.Contains("(before the announcement)", Assert.Single(lines, l => l.Contains("Jane Doe — 2 h on")));
        Assert.DoesNotContain("(before the announcement)", Assert.Single(lines, l => l.Contains("Jane Doe — 1.5 h on")));
        Assert.DoesNotContain(lines, l => l.Contains("Jane Doe — 1 h on"));
        Assert.Contains("hours logged between it and the announcement are listed too", digest);
        await bot.SettleAsync();
        Assert.Single(bot.Slack.Calls.Where("chat.postMessage"), c => c.Ok && c.Channel == Lead && c.Json().Contains("after the billable cutoff"));
    }
}
