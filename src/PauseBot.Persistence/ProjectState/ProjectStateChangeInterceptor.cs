using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PauseBot.Persistence.ProjectState;

/// <summary>
/// Moves <see cref="ProjectStateVersion"/> when a save touches a project or its pauses: once before the save (so a
/// read racing it is not trusted) and once after it committed (so a read that saw the old rows is discarded). An
/// explicit transaction moves it again when it commits, whatever it wrote.
/// </summary>
public sealed class ProjectStateChangeInterceptor(ProjectStateVersion version) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>The tables a <see cref="Core.Projects.ProjectSnapshot"/> is read from.</summary>
    public static readonly IReadOnlySet<string> Tables =
        new HashSet<string>(StringComparer.Ordinal) { "Projects", "ProjectChannels", "ProjectLeads", "Pauses", "PauseUpdates", "Acknowledgements" };

    private readonly ConditionalWeakTable<DbContext, object> touching = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        BeforeSave(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        BeforeSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AfterSave(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        AfterSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => AfterSave(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        AfterSave(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => version.Bump();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        version.Bump();
        return Task.CompletedTask;
    }

    private void BeforeSave(DbContext? context)
    {
        if (context is null) return;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && entry.Metadata.GetTableName() is { } table && Tables.Contains(table))
            {
                touching.AddOrUpdate(context, Touched);
                version.Bump();
                return;
            }
        }
    }

    private void AfterSave(DbContext? context)
    {
        if (context is not null && touching.Remove(context))
            version.Bump();
    }

    private static readonly object Touched = new();
}
