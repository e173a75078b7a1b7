using Microsoft.EntityFrameworkCore;
using PauseBot.Core.Pauses;

namespace PauseBot.Persistence.Stores;

/// <summary>EF Core <see cref="IPauseStore"/>: shares the scope's context, written by the scope's <see cref="EfUnitOfWork"/>.</summary>
public sealed class EfPauseStore(ScopedDbContext context) : IPauseStore
{
    private PauseBotDbContext db => context.Value;

    public Task<Pause?> OpenPauseAsync(string projectKey, CancellationToken ct) =>
        db.Pauses.FirstOrDefaultAsync(p => p.ProjectKey == projectKey
                                           && (p.State == PauseState.Scheduled || p.State == PauseState.Active), ct);

    public Task<Pause?> FindPauseAsync(Guid pauseId, CancellationToken ct) =>
        db.Pauses.FirstOrDefaultAsync(p => p.Id == pauseId, ct);

    public async Task<IReadOnlyList<Pause>> PausesAsync(string projectKey, CancellationToken ct) =>
        await db.Pauses.Where(p => p.ProjectKey == projectKey).OrderBy(p => p.EffectiveAt).ToListAsync(ct);

    public async Task<IReadOnlyList<Pause>> DuePausesAsync(DateTimeOffset now, CancellationToken ct) =>
        await db.Pauses.Where(p => (p.State == PauseState.Scheduled && p.EffectiveAt <= now)
                                   || (p.State == PauseState.Active && p.ScheduledResumeAt != null && p.ScheduledResumeAt <= now))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<Pause>> PausesWithDuePromiseAsync(DateTimeOffset now, CancellationToken ct) =>
        await db.Pauses.Where(p => p.State == PauseState.Active && p.NextUpdateBy != null && p.NextUpdateBy <= now).ToListAsync(ct);

    public void AddPause(Pause pause) => db.Pauses.Add(pause);

    public Task<PauseDraft?> FindDraftAsync(Guid draftId, CancellationToken ct) =>
        db.PauseDrafts.FirstOrDefaultAsync(d => d.Id == draftId, ct);

    public async Task<IReadOnlyList<PauseDraft>> DraftsBeforeAsync(DateTimeOffset before, CancellationToken ct) =>
        await db.PauseDrafts.Where(d => d.RequestedAt < before).ToListAsync(ct);

    public void AddDraft(PauseDraft draft) => db.PauseDrafts.Add(draft);

    public void RemoveDraft(PauseDraft draft) => db.PauseDrafts.Remove(draft);
}
