using Microsoft.EntityFrameworkCore;
using PauseBot.Core.Pauses;

namespace PauseBot.Persistence.Integrations;

/// <summary>Tracker links and the late entries found for pauses: tracked adds and removes (the caller commits) and reads.</summary>
public sealed class TrackerStore(PauseBotDbContext db)
{
    public Task<TrackerLink?> FindLinkAsync(string projectKey, CancellationToken ct) =>
        db.TrackerLinks.FirstOrDefaultAsync(l => l.ProjectKey == projectKey, ct);

    public async Task<IReadOnlyList<TrackerLink>> LinksAsync(CancellationToken ct) =>
        await db.TrackerLinks.AsNoTracking().OrderBy(l => l.ProjectKey).ToListAsync(ct);

    public void AddLink(TrackerLink link) => db.TrackerLinks.Add(link);

    public void RemoveLink(TrackerLink link) => db.TrackerLinks.Remove(link);

    /// <summary>Active pauses of projects with a tracker link, with the link.</summary>
    public async Task<IReadOnlyList<(Pause Pause, TrackerLink Link)>> ActivePausesWithLinksAsync(CancellationToken ct)
    {
        var rows = await db.Pauses.AsNoTracking().Where(p => p.State == PauseState.Active)
            .Join(db.TrackerLinks.AsNoTracking(), p => p.ProjectKey, l => l.ProjectKey, (p, l) => new { Pause = p, Link = l })
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Pause.ProjectKey).Select(r => (r.Pause, r.Link))];
    }

    /// <summary>Ids of the entries of <paramref name="tracker"/> already found for the pause.</summary>
    public async Task<IReadOnlySet<string>> KnownEntryIdsAsync(Guid pauseId, string tracker, CancellationToken ct) =>
        (await db.TrackerLateEntries.AsNoTracking().Where(e => e.PauseId == pauseId && e.Tracker == tracker)
            .Select(e => e.EntryId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

    public void AddLateEntry(TrackerLateEntry entry) => db.TrackerLateEntries.Add(entry);

    /// <summary>Per pause: how many late entries were found and their hours.</summary>
    public async Task<IReadOnlyDictionary<Guid, (int Entries, decimal Hours)>> LateTotalsAsync(IReadOnlyCollection<Guid> pauseIds, CancellationToken ct)
    {
        if (pauseIds.Count == 0) return new Dictionary<Guid, (int, decimal)>();
        var entries = await db.TrackerLateEntries.AsNoTracking().Where(e => pauseIds.Contains(e.PauseId))
            .Select(e => new { e.PauseId, e.Hours }).ToListAsync(ct);
        return entries.GroupBy(e => e.PauseId).ToDictionary(g => g.Key, g => (g.Count(), g.Sum(e => e.Hours)));
    }
}
