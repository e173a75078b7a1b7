using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PauseBot.Core;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Persistence.ProjectState;

namespace PauseBot.Persistence.Tests.ProjectState;

public class ProjectSnapshotCacheTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 7, 9, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindAsync_NothingChanged_SameSnapshot_ChangeSavedHere_NewSnapshotAtOnce(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await SaveAsync(db, (projects, pauses) => projects.AddProject(Project.Create("chordus", "Chordus", "CCHORDUS", "UADMIN", Now)));
        var version = db.Services.GetRequiredService<ProjectStateVersion>();
        if (provider == "Postgres") version.SetReliable(true); // this test is about one replica; no listener runs here
        var snapshots = db.Services.GetRequiredService<IProjectSnapshots>();

        var first = await snapshots.FindAsync("chordus", Ct);
        Assert.NotNull(first);
        Assert.Empty(first.Pauses);
        Assert.Same(first, await snapshots.FindAsync("chordus", Ct));

        await SaveAsync(db, (projects, pauses) => pauses.AddPause(Pause.Start("chordus", new PauseDetails("Scope reassessed"), "ULEE", Now)));
        var paused = await snapshots.FindAsync("chordus", Ct);
        Assert.NotNull(paused);
        Assert.Equal("Scope reassessed", Assert.Single(paused.Pauses).PublicReason);

        await using (var scope = db.Scope())
        {
            var projects = scope.ServiceProvider.GetRequiredService<IProjectStore>();
            var pauses = scope.ServiceProvider.GetRequiredService<IPauseStore>();
            var pause = await pauses.OpenPauseAsync("chordus", Ct);
            pause!.Acknowledge("UCORA", Now.AddMinutes(5));
            await scope.CommitAsync();
        }
        var acknowledged = await snapshots.FindAsync("chordus", Ct);
        Assert.Equal("UCORA", Assert.Single(Assert.Single(acknowledged!.Pauses).Acknowledgements).UserId);
    }

    [Fact]
    public async Task FindAsync_UnknownKey_NullAndNotRemembered()
    {
        await using var db = await TestDatabase.CreateAsync("Sqlite");
        var snapshots = db.Services.GetRequiredService<IProjectSnapshots>();
        Assert.Null(await snapshots.FindAsync("chordus", Ct));

        await SaveAsync(db, (projects, pauses) => projects.AddProject(Project.Create("chordus", "Chordus", "CCHORDUS", "UADMIN", Now)));
        Assert.Equal("Chordus", (await snapshots.FindAsync("chordus", Ct))?.Project.DisplayName);
    }

    [Fact]
    public async Task FindAsync_ManyReadersOfAStaleSnapshot_ShareOneLoadAndGetTheSame()
    {
        await using var db = await TestDatabase.CreateAsync("Sqlite");
        await SaveAsync(db, (projects, pauses) => projects.AddProject(Project.Create("chordus", "Chordus", "CCHORDUS", "UADMIN", Now)));
        var snapshots = db.Services.GetRequiredService<IProjectSnapshots>();

        var all = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => snapshots.FindAsync("chordus", Ct), Ct)));
        Assert.Single(all.Distinct());
    }

    [Fact]
    public async Task FindAsync_RowsDeletedInAnExplicitTransaction_Forgotten()
    {
        await using var db = await TestDatabase.CreateAsync("Sqlite");
        await SaveAsync(db, (projects, pauses) => projects.AddProject(Project.Create("chordus", "Chordus", "CCHORDUS", "UADMIN", Now)));
        var snapshots = db.Services.GetRequiredService<IProjectSnapshots>();
        Assert.NotNull(await snapshots.FindAsync("chordus", Ct));

        await using (var scope = db.Scope())
            await scope.ServiceProvider.GetRequiredService<DatabaseHealth>().DeleteAllRowsAsync(Ct);

        Assert.Null(await snapshots.FindAsync("chordus", Ct));
    }

    [Fact]
    public async Task FindAsync_ChangeCommittedByAnotherReplica_SeenWhenPostgresNotifies()
    {
        await using var db = await TestDatabase.CreateAsync("Postgres");
        await SaveAsync(db, (projects, pauses) => projects.AddProject(Project.Create("chordus", "Chordus", "CCHORDUS", "UADMIN", Now)));
        await using var replica = await db.StartReplicaAsync(Ct);
        var version = replica.GetRequiredService<ProjectStateVersion>();
        var snapshots = replica.GetRequiredService<IProjectSnapshots>();
        await Eventually(() => Task.FromResult(version.IsReliable), "the replica never started listening");
        Assert.NotNull(await snapshots.FindAsync("chordus", Ct));

        // Written through the first replica's services: the second one only hears of it through NOTIFY.
        await SaveAsync(db, (projects, pauses) => pauses.AddPause(Pause.Start("chordus", new PauseDetails("Scope reassessed"), "ULEE", Now)));

        await Eventually(async () => (await snapshots.FindAsync("chordus", Ct))!.Pauses.Count == 1, "the other replica's pause was never seen");
    }

    [Fact]
    public void Tables_CoverEveryTableASnapshotIsReadFrom()
    {
        using var scope = new ServiceCollection().AddSingleton(TimeProvider.System)
            .AddPauseBotPersistence(new DatabaseOptions { ConnectionString = "Data Source=:memory:" }).BuildServiceProvider().CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<PauseBotDbContext>().Model;
        var read = model.GetEntityTypes()
            .Where(t => t.ClrType == typeof(Project) || t.ClrType == typeof(Pause) || t.ClrType == typeof(PauseUpdate)
                        || t.FindOwnership()?.PrincipalEntityType.ClrType is { } owner && (owner == typeof(Project) || owner == typeof(Pause)))
            .Select(t => t.GetTableName()!).ToHashSet();

        Assert.Equal(6, read.Count);
        Assert.Subset(ProjectStateChangeInterceptor.Tables.ToHashSet(), read);
    }

    private static async Task SaveAsync(TestDatabase db, Action<IProjectStore, IPauseStore> change)
    {
        await using var scope = db.Scope();
        change(scope.ServiceProvider.GetRequiredService<IProjectStore>(), scope.ServiceProvider.GetRequiredService<IPauseStore>());
        await scope.CommitAsync();
    }

    private static async Task Eventually(Func<Task<bool>> condition, string failure)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await condition()) return;
            await Task.Delay(50, Ct);
        }
        Assert.Fail(failure);
    }
}
