using Microsoft.Extensions.Options;
using PauseBot.Configuration;
using PauseBot.Core;
using PauseBot.Core.Audit;
using PauseBot.Core.Outbox;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Features.Shared;
using PauseBot.Outbox;
using PauseBot.Persistence.Outbox;
using PauseBot.TimeTracking;

namespace PauseBot.Features.Trackers;

/// <summary>
/// Runs a <see cref="OutboxKind.TrackerAction"/> row: archives, reactivates or stops timers on the linked tracker project,
/// and records the result in the project's audit log. A call the pause no longer wants (an archive after the resume, a
/// reactivation while a newer pause runs) is skipped. A transient failure (the tracker client already retried) is thrown,
/// so the outbox retries with backoff — delayed, never lost, and under one key never done twice; after a few failed
/// attempts the leads hear of it once. A failure no retry fixes (401, 403, 404, another 4xx) reaches the leads once, with
/// what to do, and ends the row.
/// </summary>
public sealed class TrackerActionDeliverer(
    ITimeTrackers trackers, IProjectStore projects, IPauseStore pauses, IAuditLog audit, IUnitOfWork unitOfWork, IOptions<PauseBotOptions> options, TimeProvider time) : IOutboxDeliverer
{
    /// <summary>Failed attempts of one row after which the leads are told the tracker isn't answering (the row keeps retrying).</summary>
    public const int TellLeadsAfterAttempts = 3;

    public async Task<DeliveryResult> DeliverAsync(OutboxMessage row, CancellationToken ct)
    {
        var job = TrackerJob.Read(row.Payload);
        var project = await projects.FindProjectAsync(job.ProjectKey, ct);
        var pause = await pauses.FindPauseAsync(job.PauseId, ct);
        if (project is null || pause is null) return Done;
        if (await SkipReasonAsync(job, pause, ct) is { } skip)
            return await AuditAsync(job, "skipped", skip, ct);
        if (!TrackerKinds.TryParse(job.Tracker, out var kind) || trackers.Get(kind) is not { } tracker)
        {
            await TellLeadsAsync(project, job, TrackerMessages.NotConfigured(project, job), ct);
            await AuditAsync(job, "failed:not-configured", $"{job.Tracker} has no credentials in TimeTracking", ct);
            throw new PermanentDeliveryException("tracker_not_configured");
        }

        var (failure, detail) = await CallAsync(tracker, job, ct);
        if (failure is null) return await AuditAsync(job, "ok", detail, ct);
        if (failure.IsTransient)
        {
            if (row.Attempts + 1 >= TellLeadsAfterAttempts
                && await TellLeadsAsync(project, job, TrackerMessages.StillTrying(project, kind, job, failure), ct))
                await AuditAsync(job, "retrying", failure.Message, ct);
            throw new TrackerUnavailableException(failure.ToString());
        }
        await TellLeadsAsync(project, job, TrackerMessages.CallFailed(project, pause, kind, job, failure), ct);
        await AuditAsync(job, "failed:" + failure.Kind.ToString().ToLowerInvariant(), failure.Message, ct);
        throw new PermanentDeliveryException("tracker_" + failure.Kind.ToString().ToLowerInvariant());
    }

    private async Task<string?> SkipReasonAsync(TrackerJob job, Pause pause, CancellationToken ct)
    {
        if (job.Action != TrackerJob.Reactivate)
            return pause.State == PauseState.Active ? null : "the pause is over";
        return await pauses.OpenPauseAsync(job.ProjectKey, ct) is { State: PauseState.Active } ? "a newer pause is in effect" : null;
    }

    private static async Task<(TrackerFailure? Failure, string Detail)> CallAsync(ITimeTracker tracker, TrackerJob job, CancellationToken ct)
    {
        var what = $"{tracker.Kind.Name()} project {job.TrackerProjectId}";
        switch (job.Action)
        {
            case TrackerJob.Archive:
                var archived = await tracker.DeactivateProjectAsync(job.TrackerProjectId, ct);
                return (archived.Failure, $"{what} “{archived.Value?.Name}” archived");
            case TrackerJob.Reactivate:
                var active = await tracker.ReactivateProjectAsync(job.TrackerProjectId, ct);
                return (active.Failure, $"{what} “{active.Value?.Name}” active again");
            default:
                var stopped = await tracker.StopRunningTimersAsync(job.TrackerProjectId, ct);
                return (stopped.Failure, stopped.Value is { } s
                    ? $"{what}: {s.Stopped} running timer(s) stopped" + (s.Limitation is { } l ? $" ({l})" : "") : what);
        }
    }

    /// <summary>Enqueues the DM to each lead (once per pause and action: the key dedupes) and commits; true when it was new.</summary>
    private async Task<bool> TellLeadsAsync(Project project, TrackerJob job, SlackMessage message, CancellationToken ct)
    {
        var payload = message.ToPayload();
        var added = false;
        foreach (var lead in TrackerMessages.Recipients(project, options.Value.Admins))
            added |= await unitOfWork.EnqueueAsync(OutboxIntent.Message(lead, OutboxKey.TrackerFailure(job.PauseId, job.Action, job.Tracker, lead), payload), ct);
        return added;
    }

    private async Task<DeliveryResult> AuditAsync(TrackerJob job, string outcome, string detail, CancellationToken ct)
    {
        audit.AddAudit(new AuditEvent(time.GetUtcNow(), Core.Access.Actor.System.UserId, job.ProjectKey, "tracker." + job.Action, outcome, detail));
        await unitOfWork.CommitAsync(ct); // a conflict: another run wrote the same DMs first; the audit line is then theirs
        return Done;
    }

    private static DeliveryResult Done => new DeliveryResult.Sent(null, null);
}

/// <summary>The tracker did not answer (after the client's own retries): the outbox retries the row with backoff.</summary>
public sealed class TrackerUnavailableException(string message) : Exception(message);
