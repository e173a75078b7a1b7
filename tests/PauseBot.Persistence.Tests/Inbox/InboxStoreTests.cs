using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PauseBot.Core;
using PauseBot.Core.Projects;
using PauseBot.Persistence.Inbox;

namespace PauseBot.Persistence.Tests.Inbox;

public class InboxStoreTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 4, 7, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddAsync_SameKeyTwice_OneRowTheRetryIsADuplicate(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, _time);
        Assert.True(await AddAsync(db, "event:Ev1"));
        Assert.False(await AddAsync(db, "event:Ev1"));
        await using var scope = db.Scope();
        var row = Assert.Single(await Db(scope).Inbox.ToListAsync(Ct));
        Assert.Equal(("event:Ev1", "Event", "message", InboxState.Pending, 0), (row.Key, row.Kind, row.Label, row.State, row.Attempts));
        Assert.Equal(_time.GetUtcNow().ToUnixTimeMilliseconds(), row.ReceivedAtMs);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ClaimDueAsync_TwoWorkers_EachRowGoesToOneUntilItsLeaseRunsOut(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, _time);
        await AddAsync(db, "event:Ev1");
        await AddAsync(db, "event:Ev2");

        var first = await ClaimAsync(db, "a#1", max: 1);
        var second = await ClaimAsync(db, "b#1", max: 5);
        Assert.Equal(["event:Ev1"], first.Select(r => r.Key));
        Assert.Equal(["event:Ev2"], second.Select(r => r.Key));
        Assert.Empty(await ClaimAsync(db, "c#1", max: 5));

        _time.Advance(Lease / 2);
        await using (var scope = db.Scope())
            Assert.True(await Store(scope).RenewAsync(first[0].Id, "a#1", Lease, Ct));
        _time.Advance(Lease / 2 + TimeSpan.FromMilliseconds(1));
        // b's claim ran out (b died); a renewed its claim and keeps it.
        var takenOver = await ClaimAsync(db, "c#2", max: 5);
        Assert.Equal(["event:Ev2"], takenOver.Select(r => r.Key));
        await using (var scope = db.Scope())
            Assert.False(await Store(scope).RenewAsync(second[0].Id, "b#1", Lease, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Completion_EnlistedInTheHandlersCommit_RowDoneWithTheHandlersChanges(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, _time);
        await AddAsync(db, "event:Ev1");
        var row = Assert.Single(await ClaimAsync(db, "a#1", max: 1));
        await using (var scope = db.Scope())
        {
            var completion = Store(scope).Completion(row.Id, "a#1");
            scope.ServiceProvider.GetRequiredService<IUnitOfWork>().Enlist(completion);
            scope.ServiceProvider.GetRequiredService<IProjectStore>().AddProject(Project.Create("chordus", "Chordus", "C1", "UADMIN", _time.GetUtcNow()));
            await scope.CommitAsync();
            Assert.True(completion.IsCommitted);
        }
        await using var check = db.Scope();
        var done = Assert.Single(await Db(check).Inbox.ToListAsync(Ct));
        Assert.Equal((InboxState.Done, _time.GetUtcNow().ToUnixTimeMilliseconds()), (done.State, done.FinishedAtMs));
        Assert.Empty(await ClaimAsync(db, "b#1", max: 5));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Completion_AfterTheRowWasTakenOver_ConflictAndNothingOfTheHandlerWritten(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, _time);
        await AddAsync(db, "event:Ev1");
        var row = Assert.Single(await ClaimAsync(db, "slow#1", max: 1));
        _time.Advance(Lease + TimeSpan.FromSeconds(1));
        Assert.Single(await ClaimAsync(db, "other#1", max: 1));

        await using (var scope = db.Scope())
        {
            var completion = Store(scope).Completion(row.Id, "slow#1");
            scope.ServiceProvider.GetRequiredService<IUnitOfWork>().Enlist(completion);
            scope.ServiceProvider.GetRequiredService<IProjectStore>().AddProject(Project.Create("chordus", "Chordus", "C1", "UADMIN", _time.GetUtcNow()));
            Assert.Equal(CommitResult.Conflict, await scope.TryCommitAsync());
            Assert.False(completion.IsCommitted);
        }
        await using var check = db.Scope();
        Assert.Empty(await Db(check).Projects.ToListAsync(Ct));
        Assert.Equal(InboxState.Pending, Assert.Single(await Db(check).Inbox.ToListAsync(Ct)).State);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MarkFailedAsync_RetryThenDead_DueAtTheRetryThenParkedUntilReplayed(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, _time);
        await AddAsync(db, "action:U1:1.2:ack");
        var row = Assert.Single(await ClaimAsync(db, "a#1", max: 1));
        await using (var scope = db.Scope())
            Assert.True(await Store(scope).MarkFailedAsync(row.Id, "a#1", "HttpRequestException", _time.GetUtcNow().AddSeconds(4), Ct));
        Assert.Empty(await ClaimAsync(db, "a#2", max: 1)); // released, but not due yet
        _time.Advance(TimeSpan.FromSeconds(4));
        var again = Assert.Single(await ClaimAsync(db, "a#3", max: 1));
        Assert.Equal(1, again.Attempts);
        await using (var scope = db.Scope())
        {
            Assert.False(await Store(scope).MarkFailedAsync(row.Id, "a#1", "stale claim", null, Ct));
            Assert.True(await Store(scope).MarkFailedAsync(row.Id, "a#3", "chat.postMessage: fatal_error", null, Ct));
        }
        _time.Advance(TimeSpan.FromDays(30));
        Assert.Empty(await ClaimAsync(db, "a#4", max: 1));
        await using (var scope = db.Scope())
        {
            var dead = Assert.Single(await Store(scope).DeadAsync(10, Ct));
            Assert.Equal((2, "chat.postMessage: fatal_error"), (dead.Attempts, dead.LastError));
            Assert.Equal(0, await Store(scope).PruneAsync(TimeSpan.FromDays(1), Ct)); // dead rows wait for an admin
            (await Store(scope).FindAsync(row.Id, Ct))!.Replay(_time.GetUtcNow());
            await scope.CommitAsync();
        }
        var replayed = Assert.Single(await ClaimAsync(db, "a#5", max: 1));
        Assert.Equal((0, InboxState.Pending), (replayed.Attempts, replayed.State));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddClaimedAsync_HandledInTheRequest_NoWorkerTakesItUntilItsLeaseRunsOut(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, _time);
        long? id;
        await using (var scope = db.Scope())
        {
            id = await Store(scope).AddClaimedAsync("view:V1", "ViewSubmission", "pause_modal", "{}", "req#1", Lease, Ct);
            Assert.Null(await Store(scope).AddClaimedAsync("view:V1", "ViewSubmission", "pause_modal", "{}", "req#2", Lease, Ct));
        }
        Assert.NotNull(id);
        Assert.Empty(await ClaimAsync(db, "w#1", max: 5));
        _time.Advance(Lease + TimeSpan.FromSeconds(1)); // the process that took it died
        Assert.Equal(id, Assert.Single(await ClaimAsync(db, "w#2", max: 5)).Id);

        await using (var scope = db.Scope())
        {
            await Store(scope).ForgetAsync(id.Value, "req#1", Ct); // not the current claim: stays
            Assert.Single(await Db(scope).Inbox.ToListAsync(Ct));
            await Store(scope).ForgetAsync(id.Value, "w#2", Ct);
            Assert.Empty(await Db(scope).Inbox.ToListAsync(Ct));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PruneAsync_HandledRowsPastRetention_DeletedOthersKept(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, _time);
        await AddAsync(db, "event:Old");
        var old = Assert.Single(await ClaimAsync(db, "a#1", max: 1));
        await CompleteAsync(db, old.Id, "a#1");
        _time.Advance(TimeSpan.FromHours(20));
        await AddAsync(db, "event:Recent");
        var recent = Assert.Single(await ClaimAsync(db, "a#2", max: 1));
        await CompleteAsync(db, recent.Id, "a#2");
        await AddAsync(db, "event:Waiting");
        _time.Advance(TimeSpan.FromHours(5));

        await using var scope = db.Scope();
        Assert.Equal(1, await Store(scope).PruneAsync(TimeSpan.FromDays(1), Ct));
        Assert.Equal(["event:Recent", "event:Waiting"], await Db(scope).Inbox.OrderBy(m => m.Id).Select(m => m.Key).ToListAsync(Ct));
        Assert.False(await AddAsync(db, "event:Recent")); // a late retry of a kept row is still recognised
    }

    private static async Task CompleteAsync(TestDatabase db, long id, string claim)
    {
        await using var scope = db.Scope();
        scope.ServiceProvider.GetRequiredService<IUnitOfWork>().Enlist(Store(scope).Completion(id, claim));
        await scope.CommitAsync();
    }

    private static async Task<bool> AddAsync(TestDatabase db, string key)
    {
        await using var scope = db.Scope();
        return await Store(scope).AddAsync(key, key.StartsWith("event", StringComparison.Ordinal) ? "Event" : "BlockAction", "message", "{}", Ct);
    }

    private static async Task<IReadOnlyList<InboxMessage>> ClaimAsync(TestDatabase db, string claim, int max)
    {
        await using var scope = db.Scope();
        return await Store(scope).ClaimDueAsync(claim, Lease, max, Ct);
    }

    private static InboxStore Store(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<InboxStore>();

    private static PauseBotDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<PauseBotDbContext>();
}
