using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Core;

namespace PauseBot.Features.Shared;

/// <summary>
/// Runs a lifecycle use case, adds its announcements to the outbox and commits both in one transaction. If another
/// writer won a race (two leads pausing at once, perhaps on two replicas) nothing of this attempt is written and the
/// winner's state is reported instead: one pause, one announcement.
/// </summary>
public sealed class LifecycleRunner(IProjectStore projects, IPauseStore pauses, Announcements announcements, IUnitOfWork unitOfWork)
{
    public async Task<Outcome> RunAsync(string projectKey, Func<Task<Outcome>> useCase, CancellationToken ct)
    {
        var outcome = await useCase();
        await announcements.AnnounceAsync(outcome, ct);
        if (await unitOfWork.CommitAsync(ct) == CommitResult.Committed) return outcome;

        var project = await projects.FindProjectAsync(projectKey, ct);
        var open = await pauses.OpenPauseAsync(projectKey, ct);
        return outcome is Paused && project is not null && open is not null
            ? new AlreadyPaused(project, open)
            : new Unchanged(new NoChange.ChangedConcurrently(projectKey));
    }

    /// <summary>
    /// Confirming or cancelling a backdated pause (its draft is used once). A lost race reports the pause that won, or, when
    /// the draft was taken by a Cancel or another Confirm, that it was used already.
    /// </summary>
    public async Task<Outcome> RunDraftAsync(Func<Task<Outcome>> useCase, CancellationToken ct)
    {
        var outcome = await useCase();
        await announcements.AnnounceAsync(outcome, ct);
        if (await unitOfWork.CommitAsync(ct) == CommitResult.Committed) return outcome;
        if (outcome is Paused paused && await pauses.OpenPauseAsync(paused.Project.Key, ct) is { } open)
            return new AlreadyPaused(paused.Project, open);
        return new Unchanged(new NoChange.ConfirmationUsed());
    }
}
