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
}
