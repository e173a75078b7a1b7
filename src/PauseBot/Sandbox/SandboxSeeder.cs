using Microsoft.EntityFrameworkCore;
using PauseBot.Core;
using PauseBot.Core.Projects;
using PauseBot.Features.Shared;
using PauseBot.Persistence;
using PauseBot.Slack.Emulator;

namespace PauseBot.Sandbox;

/// <summary>
/// Puts the sandbox in its starting state: the seeded workspace in the emulator and, in the database, the project
/// <c>chordus</c> on <c>#chordus</c> with Lee and Lin as leads, registered by Ada through the same use cases an admin's
/// commands run. <see cref="ResetAsync"/> empties the sandbox database and the emulator first.
/// </summary>
public sealed class SandboxSeeder(
    EmulatorState state, IServiceScopeFactory scopes, SandboxModals modals, SandboxChanges changes, ILogger<SandboxSeeder> log)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task SeedAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await SeedCoreAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task ResetAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await using (var scope = scopes.CreateAsyncScope())
                await DeleteAllRowsAsync(scope.ServiceProvider.GetRequiredService<PauseBotDbContext>(), ct);
            state.Messages.Clear();
            state.Views.Clear();
            state.Calls.Clear();
            modals.Clear();
            await SeedCoreAsync(ct);
            Log.SandboxReset(log);
        }
        finally
        {
            _gate.Release();
        }
        changes.Notify();
    }

    private async Task SeedCoreAsync(CancellationToken ct)
    {
        SandboxSeed.Apply(state.Workspace);
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var store = services.GetRequiredService<IPauseBotStore>();
        if (await store.FindProjectAsync(SandboxSeed.ProjectKey, ct) is not null) return;
        var admin = services.GetRequiredService<ProjectAdministration>();
        var ada = services.GetRequiredService<ActorFactory>().For(SandboxSeed.Ada);
        Require(await admin.AddProjectAsync(ada, SandboxSeed.ProjectKey, SandboxSeed.Chordus, "Chordus", ct));
        await store.SaveChangesAsync(ct);
        Require(await admin.AddLeadAsync(ada, SandboxSeed.ProjectKey, SandboxSeed.Lee, ct));
        Require(await admin.AddLeadAsync(ada, SandboxSeed.ProjectKey, SandboxSeed.Lin, ct));
        await store.SaveChangesAsync(ct);
    }

    // The seed is ours: anything but a change means the sandbox configuration itself is broken (e.g. Ada is not an admin).
    private static void Require(Outcome outcome)
    {
        if (outcome is not ProjectChanged) throw new InvalidOperationException($"Seeding the sandbox failed: {outcome}");
    }

    /// <summary>Deletes every row of every table of the model, dependents before the tables they reference.</summary>
    private static async Task DeleteAllRowsAsync(PauseBotDbContext db, CancellationToken ct)
    {
        var tables = db.Model.GetEntityTypes().Where(t => t.GetTableName() is not null && !t.IsOwned()).ToList();
        var remaining = tables.Select(t => t.GetTableName()!).Distinct().ToHashSet();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        while (remaining.Count > 0)
        {
            var referenced = tables
                .Where(t => remaining.Contains(t.GetTableName()!))
                .SelectMany(t => t.GetForeignKeys().Where(fk => fk.PrincipalEntityType.GetTableName() != t.GetTableName()))
                .Select(fk => fk.PrincipalEntityType.GetTableName()!).ToHashSet();
            var leaves = remaining.Where(r => !referenced.Contains(r)).ToList();
            if (leaves.Count == 0) leaves = [.. remaining]; // a cycle: let the database say so
            foreach (var table in leaves)
            {
                var sql = string.Concat("DELETE FROM \"", table, "\"");
                await db.Database.ExecuteSqlRawAsync(sql, ct);
                remaining.Remove(table);
            }
        }
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }
}
