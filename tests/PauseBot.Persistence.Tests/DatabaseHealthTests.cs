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
            var projects = scope.ServiceProvider.GetRequiredService<IProjectStore>();
            projects.AddProject(Project.Create("chordus", "Chordus", "CCHORDUS", "UADMIN", Now));
            await scope.CommitAsync();
        }

        await using (var scope = db.Scope())
            await scope.ServiceProvider.GetRequiredService<DatabaseHealth>().MigrateAsync(Ct);

        await using (var scope = db.Scope())
        {
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<IProjectStore>().FindProjectAsync("chordus", Ct));
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<PauseBotDbContext>().Database.GetPendingMigrationsAsync(Ct));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MigrateAsync_DatabaseOneMigrationBehind_AppliesIt(string provider)
    {
        // The squashed Initial is this build's only migration, so the test adds the next one: a database migrated by
        // this build meets a build that has one more migration, as after an upgrade.
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var upgraded = PendingMigration.Context(db.Options);
        Assert.Equal([PendingMigration.Id], await upgraded.Database.GetPendingMigrationsAsync(Ct));

        await new DatabaseHealth(upgraded).MigrateAsync(Ct);

        Assert.Empty(await upgraded.Database.GetPendingMigrationsAsync(Ct));
        Assert.Contains(PendingMigration.Id, await upgraded.Database.GetAppliedMigrationsAsync(Ct));
        Assert.Equal(0, await upgraded.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS \"Value\" FROM \"{PendingMigration.Table}\"").SingleAsync(Ct));
    }
}
