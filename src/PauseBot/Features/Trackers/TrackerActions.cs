using PauseBot.Core;
using PauseBot.Core.Pauses;
using PauseBot.Features.Shared;
using PauseBot.Persistence.Integrations;

namespace PauseBot.Features.Trackers;

/// <summary>
/// Turns lifecycle outcomes into tracker calls, committed with the state change (the caller commits): when a pause takes
/// effect (now or at its <c>--at</c> instant) the linked project is archived and its running timers stopped; when it resumes,
/// the project is made active again. The calls themselves run from the outbox (<see cref="TrackerActionDeliverer"/>).
/// </summary>
public sealed class TrackerActions(TrackerStore links, IUnitOfWork unitOfWork) : IOutcomeAnnouncer
{
    public async Task AnnounceAsync(Outcome outcome, CancellationToken ct)
    {
        var (pause, action) = outcome switch
        {
            Paused { Pause.State: PauseState.Active } p => (p.Pause, TrackerJob.Archive),
            Resumed { Kind: ResumeKind.Resumed } r => (r.Pause, TrackerJob.Reactivate),
            _ => (null, null),
        };
        if (pause is null || await links.FindLinkAsync(pause.ProjectKey, ct) is not { } link) return;
        if (action == TrackerJob.Archive) await EnqueueCutoffAsync(pause, link, ct);
        else await unitOfWork.EnqueueAsync(TrackerJob.For(pause, link, TrackerJob.Reactivate).ToIntent(), ct);
    }

    /// <summary>Archive the linked project and stop its timers for <paramref name="pause"/> (also when a paused project is linked).</summary>
    public async Task EnqueueCutoffAsync(Pause pause, TrackerLink link, CancellationToken ct)
    {
        await unitOfWork.EnqueueAsync(TrackerJob.For(pause, link, TrackerJob.Archive).ToIntent(), ct);
        await unitOfWork.EnqueueAsync(TrackerJob.For(pause, link, TrackerJob.StopTimers).ToIntent(), ct);
    }
}
