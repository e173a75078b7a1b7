namespace PauseBot.Core.Audit;

/// <summary>The append-only audit log. Events are tracked; the scope's <see cref="IUnitOfWork"/> writes them with the change they record.</summary>
public interface IAuditLog
{
    void AddAudit(AuditEvent auditEvent);
    Task<IReadOnlyList<AuditEvent>> RecentAuditAsync(string projectKey, int take, CancellationToken ct);
}
