using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace PauseBot.Persistence;

/// <summary>Applies migrations at startup and answers readiness checks.</summary>
public sealed class DatabaseHealth(PauseBotDbContext db)
{
    /// <summary>Session advisory lock that lets one replica at a time migrate a shared PostgreSQL database.</summary>
    private const long PostgresMigrationLock = 0x5061_7573_6542_6F74; // "PauseBot"

    /// <summary>
    /// Brings the schema up to date. On PostgreSQL several replicas may start at once (a Deployment of 3): the database
    /// is created if missing (tolerating a concurrent create) and migrations run under an advisory lock, so exactly one
    /// replica applies each migration and the others find them applied.
    /// </summary>
    public async Task MigrateAsync(CancellationToken ct)
    {
        switch (db.Database.GetDbConnection())
        {
            case SqliteConnection:
                // WAL lets the outbox dispatcher read while a request writes.
                await db.Database.OpenConnectionAsync(ct);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
                await db.Database.CloseConnectionAsync();
                await db.Database.MigrateAsync(ct);
                break;
            case NpgsqlConnection:
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
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // another replica created it first
            }
        }
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({PostgresMigrationLock})", ct);
            await db.Database.MigrateAsync(ct);
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({PostgresMigrationLock})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }
}
