using PauseBot.Features.Schedules;
using Quartz;

namespace PauseBot.Jobs;

/// <summary>Quartz job of one status schedule: ids in, the poster does the work, one log line.</summary>
[DisallowConcurrentExecution]
public sealed class StatusUpdateJob(StatusUpdatePoster poster, ILogger<StatusUpdateJob> log) : IJob
{
    public const string ScheduleIdKey = "scheduleId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var id = context.MergedJobDataMap.GetInt(ScheduleIdKey);
        var fire = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        var result = await poster.PostAsync(id, fire, cancellationToken);
        Log.ScheduleFired(log, id, fire, result.ToString());
    }
}
