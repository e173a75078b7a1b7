using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PauseBot.Persistence;

internal static class UniqueViolation
{
    // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY; other constraint failures are bugs, not races.
    private const int SqliteUnique = 2067, SqlitePrimaryKey = 1555;

    // PostgreSQL's SQLSTATE 23505, through DbException.SqlState: naming PostgresException would load Npgsql on SQLite too.
    private const string PostgresUniqueViolation = "23505";

    public static bool Is(DbUpdateException ex) => ex.InnerException switch
    {
        SqliteException s => s.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        DbException { SqlState: PostgresUniqueViolation } => true,
        _ => false,
    };
}
