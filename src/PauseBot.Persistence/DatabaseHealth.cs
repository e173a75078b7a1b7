using Microsoft.EntityFrameworkCore;
using Microsoft.Data.Sqlite;

namespace PauseBot.Persistence;

/// <summary>Applies migrations at startup and answers readiness checks.</summary>
public sealed class DatabaseHealth(PauseBotDbContext db)
{
    public async Task MigrateAsync(CancellationToken ct)
    {
        if (db.Database.GetDbConnection() is SqliteConnection)
        {
            // WAL lets the outbox dispatcher read while a request writes.
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await db.Database.CloseConnectionAsync();
        }
        await db.Database.MigrateAsync(ct);
    }

    public Task<bool> CanConnectAsync(CancellationToken ct) => db.Database.CanConnectAsync(ct);
}
