using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using PauseBot.Core;
using PauseBot.Core.Projects;

namespace PauseBot.Persistence.Tests;

public class DatabaseHealthTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 7, 9, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MigrateAsync_UpToDateDatabase_ChangesNothingAndKeepsRows(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var scope = db.Scope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IPauseBotStore>();
            store.AddProject(Project.Create("chordus", "Chordus", "CCHORDUS", "UADMIN", Now));
            await scope.CommitAsync();
        }

        await using (var scope = db.Scope())
            await scope.ServiceProvider.GetRequiredService<DatabaseHealth>().MigrateAsync(Ct);

        await using (var scope = db.Scope())
        {
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<IPauseBotStore>().FindProjectAsync("chordus", Ct));
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<PauseBotDbContext>().Database.GetPendingMigrationsAsync(Ct));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MigrateAsync_DatabaseOneMigrationBehind_AppliesIt(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        string last;
        await using (var scope = db.Scope())
        {
            var context = scope.ServiceProvider.GetRequiredService<PauseBotDbContext>();
            var migrations = context.Database.GetMigrations().ToList();
            last = migrations[^1];
            await context.GetService<IMigrator>().MigrateAsync(migrations[^2], Ct); // runs the last one's Down
            Assert.Equal([last], await context.Database.GetPendingMigrationsAsync(Ct));
        }

        await using (var scope = db.Scope())
            await scope.ServiceProvider.GetRequiredService<DatabaseHealth>().MigrateAsync(Ct);

        await using (var scope = db.Scope())
        {
            var context = scope.ServiceProvider.GetRequiredService<PauseBotDbContext>();
            Assert.Empty(await context.Database.GetPendingMigrationsAsync(Ct));
            Assert.Contains(last, await context.Database.GetAppliedMigrationsAsync(Ct));
        }
    }
}
