using PauseBot.Core.Projects;
using PauseBot.Core;
using PauseBot.Core.Outbox;
using PauseBot.Core.Pauses;
using PauseBot.Core.Scheduling;

namespace PauseBot.Features.Schedules;

/// <summary>
/// One firing of a status schedule: posts the status to every channel of the project if it is paused and the
/// firing's local date is not quiet. The dedupe key is the schedule and its scheduled instant, so a retried or
/// replayed firing posts nothing new.
/// </summary>
public sealed class StatusUpdatePoster(
    IProjectStore projects, IPauseStore pauses, IScheduleStore scheduleStore, ScheduleAdministration schedules, IUnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<FiringResult> PostAsync(int scheduleId, DateTimeOffset scheduledFireUtc, CancellationToken ct)
    {
        var schedule = await scheduleStore.FindScheduleAsync(scheduleId, ct);
        var project = schedule is null ? null : await projects.FindProjectAsync(schedule.ProjectKey, ct);
        if (schedule is null || project is null) return FiringResult.Gone;
        if (await pauses.OpenPauseAsync(project.Key, ct) is not { State: PauseState.Active } pause) return FiringResult.NotPaused;
        var quiet = await schedules.QuietDaysAsync(project, ct);
        if (quiet.IsQuiet(ZoneTime.LocalDate(scheduledFireUtc, project.TimeZone))) return FiringResult.QuietDay;

        var payload = StatusMessages.StatusUpdate(project, pause, time.GetUtcNow()).ToPayload();
        var added = false;
        foreach (var channel in project.Channels)
            added |= await unitOfWork.EnqueueAsync(
                OutboxIntent.Message(channel.ChannelId, OutboxKey.ScheduleFiring(schedule.Id, scheduledFireUtc, channel.ChannelId), payload), ct);
        // A conflict: another replica posted this firing first.
        return added && await unitOfWork.CommitAsync(ct) == CommitResult.Committed ? FiringResult.Posted : FiringResult.AlreadyPosted;
    }
}

public enum FiringResult
{
    Posted,
    AlreadyPosted,
    NotPaused,
    QuietDay,
    Gone,
}
