using PauseBot.Core.Scheduling;
using PauseBot.Core;
using PauseBot.Jobs;
using PauseBot.Tests.Support;
using Quartz;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Jobs;

/// <summary>Quartz starts after the server listens: reconciled with the database on each start, shut down on stop.</summary>
public class ScheduleStartupTests : IAsyncLifetime
{
    private BotHost _bot = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _bot = await BotHost.StartAsync();
        await _bot.RegisterChordusAsync();
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    private Task<IScheduler> SchedulerAsync() =>
        _bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct).AsTask();

    // The scheduler is started in the background once the server listens: asked until it runs.
    private static async Task<IScheduler> WhenStartedAsync(IScheduler scheduler)
    {
        await Eventually.TrueAsync(() => scheduler.Status == SchedulerStatus.Running, "the scheduler never started");
        Assert.Equal(SchedulerStatus.Running, scheduler.Status);
        return scheduler;
    }

    [Fact]
    public async Task Start_RestartAfterJobsDriftedFromTheDatabase_ReAddsMissingJobAndDropsOrphan()
    {
        Assert.Contains("✅ Schedule", await _bot.CommandAsync("/pausebot", "schedule chordus daily 09:00", Lead));
        int id;
        await using (var scope = _bot.Services.CreateAsyncScope())
            id = Assert.Single(await scope.ServiceProvider.GetRequiredService<IScheduleStore>().SchedulesAsync("chordus", Ct)).Id;
        var scheduler = await WhenStartedAsync(await SchedulerAsync());
        Assert.True(await scheduler.DeleteJob(ScheduleTriggers.JobKeyFor(id), Ct));
        await scheduler.AddJob(JobBuilder.Create<StatusUpdateJob>().WithIdentity(ScheduleTriggers.JobKeyFor(id + 100)).StoreDurably().Build(),
            AddJobOptions.Replacing, Ct);

        await _bot.RestartAsync();
        scheduler = await WhenStartedAsync(await SchedulerAsync());

        Assert.True(await scheduler.Exists(ScheduleTriggers.JobKeyFor(id), Ct));
        Assert.False(await scheduler.Exists(ScheduleTriggers.JobKeyFor(id + 100), Ct));
        Assert.NotEmpty(await scheduler.GetTriggersOfJob(ScheduleTriggers.JobKeyFor(id), Ct));
    }

    [Fact]
    public async Task Stop_ShutsTheSchedulerDown()
    {
        var scheduler = await WhenStartedAsync(await SchedulerAsync());

        await _bot.RestartAsync();

        Assert.Equal(SchedulerStatus.Shutdown, scheduler.Status);
        Assert.NotSame(scheduler, await WhenStartedAsync(await SchedulerAsync()));
    }
}
