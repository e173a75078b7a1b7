using Microsoft.Extensions.DependencyInjection;
using PauseBot.Persistence.Outbox;

namespace PauseBot.Persistence.Tests.Outbox;

public class OutboxStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 7, 9, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task SeedAsync(TestDatabase db, params string[] keys)
    {
        await using var scope = db.Scope();
        var outbox = scope.ServiceProvider.GetRequiredService<OutboxStore>();
        foreach (var key in keys)
            await outbox.EnqueueAsync(new OutboxMessage(OutboxKind.PostMessage, "C1", "{}", key, Now), Ct);
        await scope.CommitAsync();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EnqueueAsync_SameKeyTwice_OneRow(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await SeedAsync(db, "k1", "k1");
        await SeedAsync(db, "k1");
        await using var scope = db.Scope();
        Assert.Equal(1, (await scope.ServiceProvider.GetRequiredService<OutboxStore>().StatsAsync(Now, Ct)).Depth);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ClaimDueAsync_TwoNodes_EachRowClaimedOnceUntilLeaseExpires(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await SeedAsync(db, "a", "b", "c");
        await using var scope = db.Scope();
        var store = scope.ServiceProvider.GetRequiredService<OutboxStore>();

        var first = await store.ClaimDueAsync("node1", Now, TimeSpan.FromSeconds(60), 10, Ct);
        var second = await store.ClaimDueAsync("node2", Now.AddSeconds(30), TimeSpan.FromSeconds(60), 10, Ct);
        var afterLease = await store.ClaimDueAsync("node2", Now.AddSeconds(61), TimeSpan.FromSeconds(60), 10, Ct);

        Assert.Equal(3, first.Count);
        Assert.Empty(second);
        Assert.Equal(3, afterLease.Count); // node1 "died": its rows are taken over
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MarkDeliveredAsync_ThenFindDelivered_ReturnsTs(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await SeedAsync(db, "post:1");
        await using var scope = db.Scope();
        var store = scope.ServiceProvider.GetRequiredService<OutboxStore>();
        var row = Assert.Single(await store.ClaimDueAsync("n", Now, TimeSpan.FromSeconds(60), 10, Ct));

        await store.MarkDeliveredAsync(row.Id, "C1", "1700000000.000100", Now, Ct);

        Assert.Equal(("C1", "1700000000.000100"), await store.FindDeliveredAsync("post:1", Ct));
        Assert.Empty(await store.ClaimDueAsync("n", Now.AddHours(1), TimeSpan.FromSeconds(60), 10, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MarkFailedAsync_RetryLater_NotDueUntilThen(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await SeedAsync(db, "x");
        await using var scope = db.Scope();
        var store = scope.ServiceProvider.GetRequiredService<OutboxStore>();
        var row = Assert.Single(await store.ClaimDueAsync("n", Now, TimeSpan.FromSeconds(60), 10, Ct));

        await store.MarkFailedAsync(row.Id, "http_503", Now.AddSeconds(8), dead: false, Ct);

        Assert.Empty(await store.ClaimDueAsync("n", Now.AddSeconds(7), TimeSpan.FromSeconds(60), 10, Ct));
        var retried = Assert.Single(await store.ClaimDueAsync("n", Now.AddSeconds(8), TimeSpan.FromSeconds(60), 10, Ct));
        Assert.Equal(1, retried.Attempts);
        Assert.Equal("http_503", retried.LastError);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MarkFailedAsync_Unconfirmed_KeepsTheFirstAmbiguousAttempt(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await SeedAsync(db, "post:2");
        await using var scope = db.Scope();
        var store = scope.ServiceProvider.GetRequiredService<OutboxStore>();
        var row = Assert.Single(await store.ClaimDueAsync("n", Now, TimeSpan.FromSeconds(60), 10, Ct));

        await store.MarkFailedAsync(row.Id, "ratelimited", Now.AddSeconds(1), dead: false, Ct);
        var definite = Assert.Single(await store.ClaimDueAsync("n", Now.AddSeconds(1), TimeSpan.FromSeconds(60), 10, Ct));
        await store.MarkFailedAsync(row.Id, "timeout", Now.AddSeconds(12), dead: false, Ct, unconfirmedSince: Now.AddSeconds(1));
        await store.ClaimDueAsync("n", Now.AddSeconds(12), TimeSpan.FromSeconds(60), 10, Ct);
        await store.MarkFailedAsync(row.Id, "http_503", Now.AddSeconds(14), dead: false, Ct, unconfirmedSince: Now.AddSeconds(12));
        await store.ClaimDueAsync("n", Now.AddSeconds(14), TimeSpan.FromSeconds(60), 10, Ct);
        await store.MarkFailedAsync(row.Id, "ratelimited", Now.AddSeconds(16), dead: false, Ct);
        var retried = Assert.Single(await store.ClaimDueAsync("n", Now.AddSeconds(16), TimeSpan.FromSeconds(60), 10, Ct));

        Assert.Null(definite.UnconfirmedSince); // a 429 says nothing was posted
        Assert.Equal(Now.AddSeconds(1), retried.UnconfirmedSince); // the first attempt that may have posted, kept through later failures
        Assert.Equal(4, retried.Attempts);
    }
}
