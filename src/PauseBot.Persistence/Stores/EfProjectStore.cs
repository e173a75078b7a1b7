using Microsoft.EntityFrameworkCore;
using PauseBot.Core.Projects;

namespace PauseBot.Persistence.Stores;

/// <summary>EF Core <see cref="IProjectStore"/>: shares the scope's context, written by the scope's <see cref="EfUnitOfWork"/>.</summary>
public sealed class EfProjectStore(ScopedDbContext context) : IProjectStore
{
    private PauseBotDbContext db => context.Value;

    public Task<Project?> FindProjectAsync(string key, CancellationToken ct) =>
        db.Projects.FirstOrDefaultAsync(p => p.Key == key, ct);

    public async Task<IReadOnlyList<Project>> ListProjectsAsync(CancellationToken ct) =>
        await db.Projects.OrderBy(p => p.Key).ToListAsync(ct);

    public async Task<IReadOnlyList<Project>> ProjectsWithAnyChannelAsync(IReadOnlyCollection<string> channelIds, CancellationToken ct) =>
        await db.Projects.Where(p => p.Channels.Any(c => channelIds.Contains(c.ChannelId))).OrderBy(p => p.Key).ToListAsync(ct);

    public void AddProject(Project project) => db.Projects.Add(project);
}
