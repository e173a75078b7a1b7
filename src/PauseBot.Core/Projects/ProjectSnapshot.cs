using PauseBot.Core.Pauses;

namespace PauseBot.Core.Projects;

/// <summary>
/// A project and its whole pause history as committed at one moment, for answering reads (status, answers).
/// Shared between concurrent requests: nobody may change it — use cases load their own copies through
/// the store ports (<see cref="IProjectStore"/>, <see cref="IPauseStore"/>) to make changes.
/// </summary>
public sealed record ProjectSnapshot(Project Project, IReadOnlyList<Pause> Pauses);

/// <summary>
/// Read-only project state for hot read paths. An implementation may answer from memory, but never with state older
/// than the last change committed before the call (on this replica at once; on others as soon as they hear of it).
/// </summary>
public interface IProjectSnapshots
{
    /// <summary>The project with this key and its pauses (oldest first), or null if no such project exists.</summary>
    Task<ProjectSnapshot?> FindAsync(string key, CancellationToken ct);
}
