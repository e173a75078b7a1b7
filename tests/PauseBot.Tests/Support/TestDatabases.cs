using Microsoft.Data.Sqlite;
using Npgsql;

namespace PauseBot.Tests.Support;

/// <summary>
/// A fresh database for one bot (or several replicas) on either provider. PostgreSQL runs when PAUSEBOT_TEST_POSTGRES
/// holds a server connection string without a database (.ci/run starts a server and sets it); otherwise the test is
/// skipped with that reason. Each test gets its own database, dropped at the end.
/// </summary>
public sealed class TestDatabases : IAsyncDisposable
{
    public const string PostgresVariable = "PAUSEBOT_TEST_POSTGRES";
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    private readonly string? _sqliteFile;
    private readonly string? _postgresServer;
    private readonly string? _postgresName;

    private TestDatabases(string provider, string connectionString, string? sqliteFile, string? server, string? name)
    {
        (Provider, ConnectionString, _sqliteFile, _postgresServer, _postgresName) = (provider, connectionString, sqliteFile, server, name);
    }

    public static TheoryData<string> Providers => new(Sqlite, Postgres);

    public string Provider { get; }
    public string ConnectionString { get; }

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? SqliteFile => _sqliteFile;

    /// <summary>The host's configuration keys for this database.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Database:Provider", Provider),
        new("Database:ConnectionString", ConnectionString),
    ];

    /// <summary>A new database; skips the test when <paramref name="provider"/> is Postgres and no server is configured.</summary>
    public static TestDatabases Create(string provider)
    {
        if (provider == Postgres)
        {
            var server = PostgresServer();
            var name = "pb_host_" + Guid.NewGuid().ToString("N")[..12];
            return new TestDatabases(Postgres, $"{server};Database={name}", null, server, name);
        }
        var file = Path.Combine(Path.GetTempPath(), $"pausebot-host-{Guid.NewGuid():N}.db");
        return new TestDatabases(Sqlite, $"Data Source={file}", file, null, null);
    }

    /// <summary>The PostgreSQL server connection string, or a skip with the reason.</summary>
    public static string PostgresServer()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrEmpty(server))
            Assert.Skip($"{PostgresVariable} is not set; PostgreSQL tests run in CI (.ci/run starts a throwaway PostgreSQL 15).");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresServer + ";Database=postgres");
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
                File.Delete(file);
        }
    }
}
