using PauseBot.Core.Scheduling;
using PauseBot.Core;
using PauseBot.Features.Schedules;
using PauseBot.Jobs;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;
using PauseBot.Tests.Support;
using Quartz;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Features.Schedules;

/// <summary>Issue 5: status schedules on Quartz, quiet days, and the next-update promise with its reminder.</summary>
public class SchedulesEndToEndTests : IAsyncLifetime
{
    private BotHost _bot = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _bot = await BotHost.StartAsync();
        await _bot.RegisterChordusAsync();
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    private async Task<int> AddScheduleAsync(string spec)
    {
        var reply = await _bot.CommandAsync("/pausebot", $"schedule chordus {spec}", Lead);
        Assert.Contains("✅ Schedule", reply);
        await using var scope = _bot.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IScheduleStore>().SchedulesAsync("chordus", Ct))[^1].Id;
    }

    private async Task<FiringResult> FireAsync(int scheduleId, DateTimeOffset at)
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StatusUpdatePoster>().PostAsync(scheduleId, at, Ct);
    }

    [Fact]
    public async Task ScheduledFiring_WhilePaused_PostsStatusWithCutoffToken_ThroughQuartz()
    {
        var id = await AddScheduleAsync("daily 09:00");
        await _bot.CommandAsync("/pause", "chordus Scope review --internal \"hush\"", Lead);
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok, TimeSpan.FromSeconds(10), Ct);

        var scheduler = await _bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);
        await scheduler.TriggerJob(ScheduleTriggers.JobKeyFor(id), Ct);

        var status = await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Json().Contains("day 1 of the pause"), TimeSpan.FromSeconds(15), Ct);
        Assert.Contains("not billable since <!date^", status.Json());
        Assert.DoesNotContain("hush", status.Json());
    }

    [Fact]
    public async Task Firing_SameInstantTwice_PostsOnce_AndNotWhenNotPausedOrQuiet()
    {
        var id = await AddScheduleAsync("daily 09:00");
        var at = TimeProvider.System.GetUtcNow();
        Assert.Equal(FiringResult.NotPaused, await FireAsync(id, at));
        await _bot.CommandAsync("/pause", "chordus Scope review", Lead);

        Assert.Equal(FiringResult.Posted, await FireAsync(id, at));
        Assert.Equal(FiringResult.AlreadyPosted, await FireAsync(id, at));
        Assert.Contains("quiet day", await _bot.CommandAsync("/pausebot", $"quiet chordus add {at:yyyy-MM-dd}", Lead));
        Assert.Equal(FiringResult.QuietDay, await FireAsync(id, at.AddMinutes(1)));

        await _bot.Slack.Calls.WaitForCountAsync("chat.postMessage", 2, c => c.Ok, TimeSpan.FromSeconds(10), Ct);
        await _bot.SettleAsync();
        Assert.Single(_bot.PostsTo(Chordus), c => c.Json().Contains("of the pause"));
    }

    [Fact]
    public async Task ScheduleVerb_ListRemoveAndRefusals()
    {
        var id = await AddScheduleAsync("weekdays 09:00,17:30");
        Assert.Contains("weekdays 09:00,17:30", await _bot.CommandAsync("/pausebot", "schedule list chordus", Lead));
        Assert.Contains("⚠️", await _bot.CommandAsync("/pausebot", "schedule chordus every 5m", Lead));
        Assert.Contains("🚫", await _bot.CommandAsync("/pausebot", "schedule chordus daily 10:00", DefaultSeed.Alice));
        var scheduler = await _bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);
        Assert.True(await scheduler.Exists(ScheduleTriggers.JobKeyFor(id), Ct));

        Assert.Contains("removed", await _bot.CommandAsync("/pausebot", $"schedule remove chordus {id}", Lead));

        Assert.False(await scheduler.Exists(ScheduleTriggers.JobKeyFor(id), Ct));
        Assert.Contains("no status schedules", await _bot.CommandAsync("/pausebot", "schedule list chordus", Lead));
    }

    [Fact]
    public async Task PromisePassedWithoutUpdate_OneHeartbeatAndOneReminder_SnoozeOnceOnly()
    {
        await _bot.CommandAsync("/pause", "chordus Scope review --next-update in 2s", Lead);

        var heartbeat = await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Json().Contains("No change since"), TimeSpan.FromSeconds(15), Ct);
        var reminder = await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Arg("channel") == Lead, TimeSpan.FromSeconds(15), Ct);
        Assert.Contains("next update by <!date^", heartbeat.Json());
        Assert.Contains("promise_snooze:1h", reminder.Json());
        var value = reminder.Args["blocks"]!.AsArray().Select(b => b?["elements"]).OfType<System.Text.Json.Nodes.JsonArray>().SelectMany(e => e)
            .First(e => e?["action_id"]?.GetValue<string>() == "promise_snooze:1h")!["value"]!.GetValue<string>();

        for (var i = 0; i < 2; i++)
            await _bot.Client.SendInteractionAsync(SlackTestClient.BlockActionPayload(Lead, "promise_snooze:1h", value, null, null,
                _bot.Slack.CreateResponseUrl(null, Lead), null), Ct);
        var replies = await _bot.Slack.Calls.WaitForCountAsync("response_url", 2, null, TimeSpan.FromSeconds(10), Ct);

        Assert.Single(replies, r => r.Json().Contains("Snoozed"));
        Assert.Single(replies, r => r.Json().Contains("Already snoozed"));
        await _bot.SettleAsync(); // includes a sweep after the snoozes: a promise still (or again) due would be kept again
        Assert.Single(_bot.Slack.Calls.Where("chat.postMessage"), c => c.Ok && c.Arg("channel") == Lead);
        Assert.Single(_bot.PostsTo(Chordus), c => c.Json().Contains("No change since"));
    }

    [Fact]
    public async Task PromiseKeptByAnUpdate_NoHeartbeat()
    {
        // A bot whose background sweep runs only at its start: the promise is first checked when this test settles, after the
        // update, however slow the machine is between the two commands.
        await _bot.DisposeAsync();
        _bot = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["PauseBot:SweepInterval"] = "01:00:00" });
        await _bot.RegisterChordusAsync();
        await _bot.CommandAsync("/pause", "chordus Scope review --next-update in 2s", Lead);
        await _bot.CommandAsync("/pausebot", "update chordus Client call went well", Lead);
        var promised = Assert.Single(await _bot.PausesAsync()).NextUpdateBy!.Value;

        await RealTime.WaitUntilAsync(promised, Ct);
        await _bot.SettleAsync(); // sweeps after the promised instant: a broken promise would have its heartbeat by now

        Assert.DoesNotContain(_bot.PostsTo(Chordus), c => c.Json().Contains("No change since"));
        Assert.DoesNotContain(_bot.Slack.Calls.Where("chat.postMessage"), c => c.Ok && c.Arg("channel") == Lead);
    }
}
