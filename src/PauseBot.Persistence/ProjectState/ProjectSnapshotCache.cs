using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PauseBot.Core.Projects;

namespace PauseBot.Persistence.ProjectState;

/// <summary>
/// <see cref="IProjectSnapshots"/> from memory: a snapshot is reused while <see cref="ProjectStateVersion"/> has not
/// moved since it was read (and for at most <see cref="MaxAge"/>); concurrent readers of a stale or missing one share
/// one load. Unknown keys are not remembered, so made-up keys cost a query each but no memory.
/// </summary>
public sealed class ProjectSnapshotCache(IServiceScopeFactory scopes, ProjectStateVersion version, TimeProvider time) : IProjectSnapshots
{
    /// <summary>A bound on trusting the version alone (e.g. a change made by hand in the database).</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public Task<ProjectSnapshot?> FindAsync(string key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(key);
        var seen = version.Current;
        if (!version.IsReliable)
            return LoadAsync(key, ct);

        var now = time.GetTimestamp();
        if (entries.TryGetValue(key, out var cached) && IsFresh(cached, seen, now))
            return cached.Snapshot.WaitAsync(ct);

        Entry? mine = null;
        mine = new Entry(seen, now, new Lazy<Task<ProjectSnapshot?>>(() => LoadSharedAsync(key, mine!)));
        var entry = entries.AddOrUpdate(key, mine, (_, old) => IsFresh(old, seen, now) ? old : mine);
        return entry.Snapshot.WaitAsync(ct);
    }

    private bool IsFresh(Entry entry, long seen, long now) =>
        entry.Version >= seen
        && time.GetElapsedTime(entry.LoadedAt, now) < MaxAge
        && (!entry.Lazy.IsValueCreated || !entry.Lazy.Value.IsFaulted);

    private async Task<ProjectSnapshot?> LoadSharedAsync(string key, Entry entry)
    {
        try
        {
            // Not the first caller's token: the load is shared, and its waiters each stop waiting on their own.
            var snapshot = await LoadAsync(key, CancellationToken.None);
            if (snapshot is null) Forget(key, entry);
            return snapshot;
        }
        catch
        {
            Forget(key, entry);
            throw;
        }
    }

    private void Forget(string key, Entry entry) => entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));

    private async Task<ProjectSnapshot?> LoadAsync(string key, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PauseBotDbContext>();
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Key == key, ct);
        if (project is null) return null;
        var pauses = await db.Pauses.AsNoTracking().Where(p => p.ProjectKey == key).OrderBy(p => p.EffectiveAt).ToListAsync(ct);
        return new ProjectSnapshot(project, pauses);
    }

    private sealed record Entry(long Version, long LoadedAt, Lazy<Task<ProjectSnapshot?>> Lazy)
    {
        public Task<ProjectSnapshot?> Snapshot => Lazy.Value;
    }
}
