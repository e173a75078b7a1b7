using PauseBot.Core;
using PauseBot.Core.Pauses;
using PauseBot.Core.Scheduling;
using PauseBot.Outbox;
using PauseBot.Persistence.Outbox;

namespace PauseBot.Features.Schedules;

/// <summary>
/// One firing of a status schedule: posts the status to every channel of the project if it is paused and the
/// firing's local date is not quiet. The dedupe key is the schedule and its scheduled instant, so a retried or
/// replayed firing posts nothing new.
/// </summary>
public sealed class StatusUpdatePoster(IPauseBotStore store, ScheduleAdministration schedules, OutboxStore outbox, OutboxSignal signal, TimeProvider time)
{
    public async Task<FiringResult> PostAsync(int scheduleId, DateTimeOffset scheduledFireUtc, CancellationToken ct)
    {
        var schedule = await store.FindScheduleAsync(scheduleId, ct);
        var project = schedule is null ? null : await store.FindProjectAsync(schedule.ProjectKey, ct);
        if (schedule is null || project is null) return FiringResult.Gone;
        if (await store.OpenPauseAsync(project.Key, ct) is not { State: PauseState.Active } pause) return FiringResult.NotPaused;
        var quiet = await schedules.QuietDaysAsync(project, ct);
        if (quiet.IsQuiet(ZoneTime.LocalDate(scheduledFireUtc, project.TimeZone))) return FiringResult.QuietDay;

        var payload = OutboxPayload.Serialize(StatusMessages.StatusUpdate(project, pause, time.GetUtcNow()));
        var fired = scheduledFireUtc.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'");
        var added = false;
        foreach (var channel in project.Channels)
            added |= await outbox.EnqueueAsync(new OutboxMessage(OutboxKind.PostMessage, channel.ChannelId, payload,
                $"schedule:{schedule.Id}:{fired}:{channel.ChannelId}", time.GetUtcNow()), ct);
        await store.SaveChangesAsync(ct);
        signal.Notify();
        return added ? FiringResult.Posted : FiringResult.AlreadyPosted;
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
