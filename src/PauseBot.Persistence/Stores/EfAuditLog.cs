using Microsoft.EntityFrameworkCore;
using PauseBot.Core.Audit;

namespace PauseBot.Persistence.Stores;

/// <summary>EF Core <see cref="IAuditLog"/>: shares the scope's context, written by the scope's <see cref="EfUnitOfWork"/>.</summary>
public sealed class EfAuditLog(ScopedDbContext context) : IAuditLog
{
    private PauseBotDbContext db => context.Value;

    public void AddAudit(AuditEvent auditEvent) => db.AuditEvents.Add(auditEvent);

    public async Task<IReadOnlyList<AuditEvent>> RecentAuditAsync(string projectKey, int take, CancellationToken ct) =>
        await db.AuditEvents.Where(a => a.ProjectKey == projectKey).OrderByDescending(a => a.At).Take(take).ToListAsync(ct);
}
