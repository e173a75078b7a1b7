using PauseBot.Core.Scheduling;
using Quartz;

namespace PauseBot.Jobs;

/// <summary>
/// Maps a status schedule to its Quartz job and triggers: cron triggers in the project's zone (DST-correct: 09:00
/// stays 09:00 local), or a simple interval trigger. A firing missed while the bot was down fires once on return.
/// </summary>
public static class ScheduleTriggers
{
    public const string Group = "status";

    public static JobKey JobKeyFor(int scheduleId) => new($"status-{scheduleId}", Group);

    public static IJobDetail Job(StatusSchedule schedule) =>
        JobBuilder.Create<StatusUpdateJob>()
            .WithIdentity(JobKeyFor(schedule.Id))
            .UsingJobData(StatusUpdateJob.ScheduleIdKey, schedule.Id)
            .StoreDurably()
            .Build();

    public static IReadOnlyCollection<ITrigger> Triggers(StatusSchedule schedule, TimeZoneInfo zone, DateTimeOffset now)
    {
        var spec = schedule.ParsedSpec;
        if (spec.Kind == ScheduleKind.Interval)
        {
            var first = spec.NextOccurrence(now, zone, anchorUtc: schedule.CreatedAt) ?? now + spec.Interval!.Value;
            return
            [
                TriggerBuilder.Create().WithIdentity($"status-{schedule.Id}-interval", Group).ForJob(JobKeyFor(schedule.Id))
                    .StartAt(first)
                    .WithSimpleSchedule(x => x.WithInterval(spec.Interval!.Value).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount))
                    .Build(),
            ];
        }
        return spec.ToQuartzCron().Select((cron, i) =>
            TriggerBuilder.Create().WithIdentity($"status-{schedule.Id}-{i}", Group).ForJob(JobKeyFor(schedule.Id)).StartAt(now)
                .WithCronSchedule(cron, x => x.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                .Build()).ToList();
    }
}
