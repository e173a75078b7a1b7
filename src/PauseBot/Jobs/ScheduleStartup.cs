using PauseBot.Core.Projects;
using PauseBot.Core.Scheduling;
using Quartz;

namespace PauseBot.Jobs;

/// <summary>
/// Runs Quartz for the host, off the startup path: once the server listens, the scheduler is built (its persistent
/// store opened, schema provisioned), brought in step with the database's schedules and started. None of that is
/// needed to answer a request: a schedule command that comes first builds the scheduler itself (the factory builds
/// it once) and <see cref="ScheduleSync"/> orders its change against the reconciliation. Firings missed meanwhile
/// are fired once started, as after any downtime. A failure here stops the host, as it did when it ran before
/// listening. Stopping shuts the scheduler down, waiting for running jobs.
/// </summary>
public sealed class ScheduleStartup(
    ISchedulerFactory schedulers, IServiceScopeFactory scopes, ScheduleSync sync, IHostApplicationLifetime lifetime,
    ILogger<ScheduleStartup> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WhenStartedAsync(stoppingToken);
        try
        {
            var scheduler = await schedulers.GetScheduler(stoppingToken);
            await using (var scope = scopes.CreateAsyncScope())
            {
                var count = await sync.ReconcileAsync(scope.ServiceProvider.GetRequiredService<IProjectStore>(), scope.ServiceProvider.GetRequiredService<IScheduleStore>(), stoppingToken);
                Log.SchedulesSynced(log, count);
            }
            await scheduler.Start(stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // A bot without its scheduler would silently skip status updates: stop, and say so in the exit code.
            Log.SchedulerFailed(log, ex);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // Only schedulers already built (by this service or by a command): stopping never builds one.
        foreach (var scheduler in await schedulers.GetAllSchedulers(cancellationToken))
            await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
    }
}
