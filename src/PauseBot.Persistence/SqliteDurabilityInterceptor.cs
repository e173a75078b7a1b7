using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PauseBot.Persistence;

/// <summary>
/// Sets <c>PRAGMA synchronous=NORMAL</c> on every SQLite connection EF opens (the setting is per connection, and
/// Microsoft.Data.Sqlite has no connection-string keyword for it). With the database in WAL mode (set at start by
/// <see cref="DatabaseHealth"/>), a commit is written to the WAL before it returns, so it survives the process being
/// killed — what the inbox and outbox promise — but is fsynced at checkpoints rather than on every commit, so each stored
/// event no longer waits for the disk. What NORMAL gives up: the last commits before an operating-system crash or power
/// loss. SQLite documents NORMAL as the right choice for WAL; FULL (the default) fsyncs every commit.
/// </summary>
public sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    public const string Pragma = "PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
