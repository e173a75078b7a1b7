using Microsoft.EntityFrameworkCore;
using PauseBot.Core.Openings;

namespace PauseBot.Persistence.Stores;

/// <summary>EF Core implementation of the openings port; shares the scope's context, so one save writes everything.</summary>
public sealed class EfOpeningStore(ScopedDbContext context) : IOpeningStore
{
    private PauseBotDbContext db => context.Value;

    public void AddOpening(Opening opening) => db.Openings.Add(opening);

    public Task<Opening?> FindOpeningAsync(int id, CancellationToken ct) =>
        db.Openings.FirstOrDefaultAsync(o => o.Id == id, ct);

    public async Task<IReadOnlyList<Opening>> OpenOpeningsAsync(DateTimeOffset now, CancellationToken ct) =>
        await db.Openings.Where(o => o.ClosedAt == null && (o.Until == null || o.Until > now)).OrderBy(o => o.Id).ToListAsync(ct);
}
