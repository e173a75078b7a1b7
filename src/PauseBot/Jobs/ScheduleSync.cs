using PauseBot.Core.Projects;
using PauseBot.Core;
using PauseBot.Core.Scheduling;
using Quartz;

namespace PauseBot.Jobs;

/// <summary>
/// Keeps Quartz in step with the schedules in the database (the source of truth): adds a schedule's job when it is
/// created, deletes it when removed, and on startup adds missing jobs and drops orphaned ones. Existing triggers are
/// left alone so that a firing missed during downtime is still fired once.
/// </summary>
/// <remarks>
/// The reconciliation runs while requests are served (<see cref="ScheduleStartup"/>), so each change here holds one
/// lock: a command saves its schedule first and syncs after, hence a reconciliation that read the schedules before
/// that save cannot delete the job the command then adds, nor re-add one the command then removes.
/// </remarks>
public sealed class ScheduleSync(ISchedulerFactory schedulers, TimeProvider time)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task AddAsync(StatusSchedule schedule, TimeZoneInfo zone, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await AddJobAsync(await schedulers.GetScheduler(ct), schedule, zone, ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task RemoveAsync(int scheduleId, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await (await schedulers.GetScheduler(ct)).DeleteJob(ScheduleTriggers.JobKeyFor(scheduleId), ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<int> ReconcileAsync(IProjectStore projects, IScheduleStore scheduleStore, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var scheduler = await schedulers.GetScheduler(ct);
            var schedules = await scheduleStore.SchedulesAsync(null, ct);
            var wanted = schedules.Select(s => ScheduleTriggers.JobKeyFor(s.Id)).ToHashSet();
            foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(ScheduleTriggers.Group), ct))
                if (!wanted.Contains(key))
                    await scheduler.DeleteJob(key, ct);
            foreach (var schedule in schedules)
            {
                if (await scheduler.Exists(ScheduleTriggers.JobKeyFor(schedule.Id), ct)) continue;
                var project = await projects.FindProjectAsync(schedule.ProjectKey, ct);
                if (project is not null) await AddJobAsync(scheduler, schedule, project.TimeZone, ct);
            }
            return schedules.Count;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task AddJobAsync(IScheduler scheduler, StatusSchedule schedule, TimeZoneInfo zone, CancellationToken ct) =>
        await scheduler.ScheduleJob(ScheduleTriggers.Job(schedule), ScheduleTriggers.Triggers(schedule, zone, time.GetUtcNow()),
            new ScheduleJobOptions { Replace = true }, ct);
}
