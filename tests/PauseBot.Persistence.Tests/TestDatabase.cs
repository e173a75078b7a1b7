using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PauseBot.Persistence;

namespace PauseBot.Persistence.Tests;

/// <summary>
/// A fresh, migrated database per test on either provider. PostgreSQL runs when PAUSEBOT_TEST_POSTGRES holds a
/// server connection string (CI starts one); otherwise those cases are skipped with the reason.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "PAUSEBOT_TEST_POSTGRES";
    private readonly ServiceProvider _services;
    private readonly string? _sqliteFile;
    private readonly string? _postgresDatabase;

    public static TheoryData<string> Providers => new("Sqlite", "Postgres");

    private TestDatabase(DatabaseOptions options, string? sqliteFile, string? postgresDatabase, TimeProvider time)
    {
        _sqliteFile = sqliteFile;
        _postgresDatabase = postgresDatabase;
        Options = options;
        _services = new ServiceCollection().AddSingleton(time).AddPauseBotPersistence(options).BuildServiceProvider();
    }

    public DatabaseOptions Options { get; }

    public static async Task<TestDatabase> CreateAsync(string provider, TimeProvider? time = null)
    {
        TestDatabase db;
        if (provider == "Postgres")
        {
            var server = Environment.GetEnvironmentVariable(PostgresVariable);
            if (string.IsNullOrEmpty(server))
                Assert.Skip($"{PostgresVariable} is not set; PostgreSQL tests run in CI (.ci/run starts a server).");
            var name = "pb_" + Guid.NewGuid().ToString("N")[..12];
            db = new TestDatabase(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = $"{server};Database={name}" },
                null, name, time ?? TimeProvider.System);
        }
        else
        {
            var file = Path.Combine(Path.GetTempPath(), $"pausebot-test-{Guid.NewGuid():N}.db");
            db = new TestDatabase(new DatabaseOptions { ConnectionString = $"Data Source={file}" }, file, null, time ?? TimeProvider.System);
        }
        await using var scope = db.Scope();
        await scope.ServiceProvider.GetRequiredService<DatabaseHealth>().MigrateAsync(CancellationToken.None);
        return db;
    }

    public AsyncServiceScope Scope() => _services.CreateAsyncScope();

    /// <summary>This database's own services (one replica's worth; hosted services are not started).</summary>
    public IServiceProvider Services => _services;

    /// <summary>Another replica on the same database: its own services, with its hosted services started.</summary>
    public async Task<ServiceProvider> StartReplicaAsync(CancellationToken ct)
    {
        var replica = new ServiceCollection().AddSingleton(TimeProvider.System).AddLogging().AddPauseBotPersistence(Options).BuildServiceProvider();
        foreach (var hosted in replica.GetServices<Microsoft.Extensions.Hosting.IHostedService>())
            await hosted.StartAsync(ct);
        return replica;
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresDatabase is not null)
        {
            await using var scope = Scope();
            await scope.ServiceProvider.GetRequiredService<PauseBotDbContext>().Database.EnsureDeletedAsync();
        }
        await _services.DisposeAsync();
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
                File.Delete(f);
        }
    }
}
