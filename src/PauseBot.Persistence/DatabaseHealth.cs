using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace PauseBot.Persistence;

/// <summary>Applies migrations at startup and answers readiness checks.</summary>
public sealed class DatabaseHealth(PauseBotDbContext db)
{
    /// <summary>Session advisory lock that lets one replica at a time migrate a shared PostgreSQL database.</summary>
    private const long PostgresMigrationLock = 0x5061_7573_6542_6F74; // "PauseBot"

    /// <summary>PostgreSQL's SQLSTATE 42P04 (duplicate_database), read through <see cref="DbException.SqlState"/> so Npgsql stays unloaded on SQLite.</summary>
    private const string DuplicateDatabase = "42P04";

    /// <summary>
    /// Brings the schema up to date. On PostgreSQL several replicas may start at once (a Deployment of 3): the database
    /// is created if missing (tolerating a concurrent create) and migrations run under an advisory lock, so exactly one
    /// replica applies each migration and the others find them applied. A database that is already up to date costs
    /// one query (<see cref="IsUpToDateAsync"/>).
    /// </summary>
    public async Task MigrateAsync(CancellationToken ct)
    {
        // By context type, not connection type: naming NpgsqlConnection here would load Npgsql on SQLite too.
        switch (db)
        {
            case SqlitePauseBotDbContext:
                await db.Database.OpenConnectionAsync(ct);
                try
                {
                    // WAL lets the outbox dispatcher read while a request writes.
                    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
                    if (await IsUpToDateAsync(ct)) return;
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
                }
                await db.Database.MigrateAsync(ct);
                break;
            case PostgresPauseBotDbContext:
                await MigratePostgresAsync(ct);
                break;
            default:
                await db.Database.MigrateAsync(ct);
                break;
        }
    }

    public Task<bool> CanConnectAsync(CancellationToken ct) => db.Database.CanConnectAsync(ct);

    private async Task MigratePostgresAsync(CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct))
        {
            try
            {
                await creator.CreateAsync(ct);
            }
            catch (DbException ex) when (ex.SqlState == DuplicateDatabase)
            {
                // another replica created it first
            }
        }
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (await IsUpToDateAsync(ct)) return;
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({PostgresMigrationLock})", ct);
            try
            {
                await db.Database.MigrateAsync(ct);
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({PostgresMigrationLock})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Whether the history table already lists every migration of this build, read with one plain query on the open
    /// connection. Migrate() reaches the same answer only after building EF's model of that table and diffing it, a
    /// good part of every start. No table yet, or any other doubt, answers false and Migrate() decides.
    /// </summary>
    private async Task<bool> IsUpToDateAsync(CancellationToken ct)
    {
        var missing = db.Database.GetMigrations().ToHashSet();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT \"MigrationId\" FROM \"{HistoryRepository.DefaultTableName}\"";
        try
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                missing.Remove(reader.GetString(0));
        }
        catch (DbException)
        {
            return false; // a new database: no history table yet
        }
        return missing.Count == 0;
    }

    /// <summary>Deletes every row of every table of the model, dependents first (the sandbox's reset).</summary>
    public async Task DeleteAllRowsAsync(CancellationToken ct)
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
