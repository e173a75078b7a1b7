using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace PauseBot.Persistence.Tests;

public class SqliteDurabilityInterceptorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SqliteConnection_OpenedByTheContext_IsInWalWithSynchronousNormal()
    {
        await using var db = await TestDatabase.CreateAsync("Sqlite");
        await using var scope = db.Scope();
        var context = scope.ServiceProvider.GetRequiredService<PauseBotDbContext>();

        // Each query opens (and closes) the pooled connection, so each sees what the interceptor set on open.
        var journal = await context.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").SingleAsync(Ct);
        var synchronous = await context.Database.SqlQueryRaw<long>("SELECT synchronous AS \"Value\" FROM pragma_synchronous").SingleAsync(Ct);

        Assert.Equal("wal", journal);
        Assert.Equal(1, synchronous); // 1 = NORMAL (2 = FULL, SQLite's default)
    }
}
