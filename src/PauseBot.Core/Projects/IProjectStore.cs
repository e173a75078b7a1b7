namespace PauseBot.Core.Projects;

/// <summary>Projects, their channels and leads. Changes are tracked; the scope's <see cref="IUnitOfWork"/> writes them.</summary>
public interface IProjectStore
{
    Task<Project?> FindProjectAsync(string key, CancellationToken ct);
    Task<IReadOnlyList<Project>> ListProjectsAsync(CancellationToken ct);
    Task<IReadOnlyList<Project>> ProjectsWithAnyChannelAsync(IReadOnlyCollection<string> channelIds, CancellationToken ct);
    void AddProject(Project project);
}
