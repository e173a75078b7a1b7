using PauseBot.Slack.Emulator;
using PauseBot.Testing;
using PauseBot.Tests.Support;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Replicas;

/// <summary>
/// Two bots on one PostgreSQL database and one Slack: the guarantees that make any replica able to take any request.
/// Skipped with the reason when PAUSEBOT_TEST_POSTGRES is not set.
/// </summary>
public class CrossReplicaTests : IAsyncDisposable
{
    private static readonly Dictionary<string, string?> FastLease = new() { ["Outbox:Lease"] = "00:00:02" };
    private readonly List<BotHost> _replicas = [];
    private TestDatabases? _database;
    private SlackEmulator? _slack;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<BotHost> StartReplicaAsync()
    {
        _database ??= TestDatabases.Create(TestDatabases.Postgres);
        _slack ??= await SlackEmulator.StartAsync();
        var replica = await BotHost.StartAsync(_slack, FastLease, sharedDatabase: _database);
        _replicas.Add(replica);
        return replica;
    }

    [Fact]
    public async Task ConflictingPauses_OnTwoReplicasAtOnce_OnePauseAndOneAnnouncement()
    {
        var (a, b) = (await StartReplicaAsync(), await StartReplicaAsync());
        await a.RegisterChordusAsync();
        Assert.Contains("lead", await b.CommandAsync("/pausebot", $"lead add chordus <@{DefaultSeed.Bob}|bob>", BotHost.Admin));

        var replies = await Task.WhenAll(
            a.CommandAsync("/pause", "chordus Scope review", Lead),
            b.CommandAsync("/pause", "chordus Client asked us to stop", DefaultSeed.Bob));

        Assert.Single(replies, r => r.Contains("is paused", StringComparison.Ordinal));
        Assert.Single(replies, r => r.Contains("already paused", StringComparison.Ordinal));
        await _slack!.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Chordus, TimeSpan.FromSeconds(10), Ct);
        await SettleAllAsync();
        Assert.Single(a.PostsTo(Chordus));
    }

    [Fact]
    public async Task Status_AskedOnOneReplica_AfterEachChangeOnTheOther_IsCurrent()
    {
        var (a, b) = (await StartReplicaAsync(), await StartReplicaAsync());
        await a.RegisterChordusAsync();
        // b has read (and keeps in memory) the project before each change a makes.
        Assert.Contains("not paused", await StatusOnBWhen(s => s.Contains("not paused", StringComparison.Ordinal)));

        Assert.Contains("is paused", await a.CommandAsync("/pause", "chordus Scope review", Lead));
        Assert.Contains("Scope review", await StatusOnBWhen(s => s.Contains("Billable now:* no", StringComparison.Ordinal)));

        Assert.Contains("Resumed", await a.CommandAsync("/resume", "chordus", Lead), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Billable now:* yes", await StatusOnBWhen(s => s.Contains("Billable now:* yes", StringComparison.Ordinal)));

        // Changes reach the other replica through PostgreSQL's NOTIFY: asked again until current, within far less than the
        // minute after which b would read the database anyway (ProjectSnapshotCache.MaxAge).
        Task<string> StatusOnBWhen(Func<string, bool> current) =>
            Eventually.UntilAsync(() => b.CommandAsync("/pausebot", "status chordus", DefaultSeed.Alice), current, TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task EventRetry_ReachingTheOtherReplica_AnsweredOnce()
    {
        var (a, b) = (await StartReplicaAsync(), await StartReplicaAsync());
        await a.RegisterChordusAsync();
        var dm = _slack!.Workspace.OpenDm(DefaultSeed.Carol)!.Id;
        var message = Events.Message(DefaultSeed.Carol, dm, "can I log hours today?");

        await Task.WhenAll(
            a.Client.SendEventAsync(message, eventId: "Ev0CROSS1", ct: Ct),
            b.Client.SendEventAsync(message, eventId: "Ev0CROSS1", retryNum: 1, retryReason: "http_timeout", ct: Ct));

        await _slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == dm, TimeSpan.FromSeconds(10), Ct);
        await SettleAllAsync();
        Assert.Single(_slack.Calls.Where("chat.postMessage"), c => c.Ok && c.Channel == dm);
    }

    [Fact]
    public async Task OutboxRow_OfAReplicaKilledMidDelivery_DeliveredOnceByAnother()
    {
        var a = await StartReplicaAsync();
        await a.RegisterChordusAsync();
        // A's post never reaches Slack: the request hangs until A is gone, as if A died mid-call.
        _slack!.Faults.Hang("chat.postMessage", TimeSpan.FromMinutes(2));
        await a.CommandAsync("/pause", "chordus Scope review", Lead);
        // A has claimed the row (2 s lease) and its post is held by Slack: the emulator has taken the hang for it.
        await Eventually.TrueAsync(() => _slack.Faults.Pending == 0, "A never sent its post");

        await a.DisposeAsync();
        _replicas.Remove(a);
        var b = await StartReplicaAsync();

        var post = await _slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Chordus, TimeSpan.FromSeconds(15), Ct);
        Assert.Contains("Scope review", post.Json());
        await SettleAllAsync();
        Assert.Single(b.PostsTo(Chordus));
    }

    /// <summary>Each replica in turn: its own inbound work and sweep, and the shared outbox.</summary>
    private async Task SettleAllAsync()
    {
        foreach (var replica in _replicas) await replica.SettleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var replica in _replicas) await replica.DisposeAsync();
        if (_slack is not null) await _slack.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
