using Microsoft.Extensions.DependencyInjection;
using PauseBot.Core;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;

namespace PauseBot.Persistence.Tests;

public sealed class ScopedDbContextTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 7, 9, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stores_ResolvedButNotUsed_RentNoContext()
    {
        await using var db = await TestDatabase.CreateAsync("Sqlite");
        var (services, rents) = CountingRents(db.Options);
        await using (services)
        await using (var scope = services.CreateAsyncScope())
        {
            _ = scope.ServiceProvider.GetRequiredService<IProjectStore>();
            _ = scope.ServiceProvider.GetRequiredService<IPauseStore>();
            Assert.Equal(0, rents());
        }
    }

    [Fact]
    public async Task Stores_FirstQuery_RentsTheScopesContextOnceAndTheUnitOfWorkCommitsWhatTheyAdded()
    {
        await using var db = await TestDatabase.CreateAsync("Sqlite");
        var (services, rents) = CountingRents(db.Options);
        await using (services)
        {
            await using (var scope = services.CreateAsyncScope())
            {
                var projects = scope.ServiceProvider.GetRequiredService<IProjectStore>();
                var pauses = scope.ServiceProvider.GetRequiredService<IPauseStore>();
                Assert.Null(await projects.FindProjectAsync("chordus", Ct));
                Assert.Equal(1, rents());
                projects.AddProject(Project.Create("chordus", "Chordus", "C1", "UADMIN", Now));
                Assert.Null(await pauses.OpenPauseAsync("chordus", Ct));
                Assert.Equal(CommitResult.Committed, await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(Ct));
                Assert.Equal(1, rents());
            }
            await using (var scope = services.CreateAsyncScope())
                Assert.NotNull(await scope.ServiceProvider.GetRequiredService<IProjectStore>().FindProjectAsync("chordus", Ct));
        }
    }

    /// <summary>The persistence services with the scope's context counted each time it is made (the last registration wins).</summary>
    private static (ServiceProvider Services, Func<int> Rents) CountingRents(DatabaseOptions options)
    {
        var rents = 0;
        var services = new ServiceCollection().AddSingleton(TimeProvider.System).AddLogging().AddPauseBotPersistence(options);
        services.AddScoped<PauseBotDbContext>(sp =>
        {
            Interlocked.Increment(ref rents);
            return sp.GetRequiredService<SqlitePauseBotDbContext>();
        });
        return (services.BuildServiceProvider(), () => Volatile.Read(ref rents));
    }
}
