using System.Text;
using Microsoft.EntityFrameworkCore;
using PauseBot.Persistence;
using PauseBot.Persistence.Inbox;
using PauseBot.Persistence.Outbox;

namespace PauseBot.Tests.Support;

/// <summary>
/// What a bot still has to do, read where it is kept: the outbox table and the inbox table. Shared by <see cref="BotHost.SettleAsync"/> and the checks of bots running in other processes.
/// </summary>
public static class Quiescence
{
    /// <summary>Default bound of a settle: a failure, not the normal case, waits this long.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Outbox rows not yet done: undelivered and not given up, whether due, claimed mid-delivery or waiting for a retry
    /// or their turn. Empty means nothing more will be sent for what has been written so far.
    /// </summary>
    public static async Task<IReadOnlyList<string>> PendingOutboxAsync(PauseBotDbContext db, CancellationToken ct) =>
        (await db.Outbox.AsNoTracking().Where(m => m.DeliveredAt == null && !m.Dead)
            .Select(m => new { m.Kind, m.Target, m.DedupeKey, m.NextAttemptAt, m.LockedUntil, m.Attempts, m.LastError })
            .ToListAsync(ct))
        .Select(m => $"outbox {m.Kind} to {m.Target} ({m.DedupeKey}): next attempt {m.NextAttemptAt:O}, locked until {m.LockedUntil:O}, "
                     + $"{m.Attempts} attempt(s), last error {m.LastError ?? "none"}")
        .ToList();

    /// <summary>
    /// Inbox rows due and not yet handled: events and clicks acked whose handling has not committed (waiting for a worker,
    /// claimed mid-handling, or due for a retry). Rows waiting for a later retry (<paramref name="now"/> before their next
    /// attempt) and dead rows are not pending: nothing happens to them by now.
    /// </summary>
    public static async Task<IReadOnlyList<string>> PendingInboxAsync(PauseBotDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        return (await db.Inbox.AsNoTracking().Where(m => m.State == InboxState.Pending && m.NextAttemptAtMs <= nowMs)
                .Select(m => new { m.Id, m.Kind, m.Label, m.Attempts, m.LockedBy, m.LockedUntilMs, m.LastError })
                .ToListAsync(ct))
            .Select(m => $"inbox {m.Id} {m.Kind} {m.Label}: {m.Attempts} attempt(s), claimed by {m.LockedBy ?? "nobody"} until "
                         + $"{(m.LockedUntilMs is { } until ? DateTimeOffset.FromUnixTimeMilliseconds(until).ToString("O") : "-")}, last error {m.LastError ?? "none"}")
            .ToList();
    }

    /// <summary>
    /// Waits until the database of a bot running in another process (<see cref="BotProcess"/>, replicas) holds no pending
    /// outbox row and no due, unhandled inbox row (<see cref="PendingInboxAsync"/>, by the wall clock those processes run
    /// on). Nothing but the database is visible from here, so this is checked by reading it again every 100 ms; what a
    /// handler does after its commit (a click's answer on its response_url) is not seen.
    /// </summary>
    public static async Task WaitWorkDoneAsync(DatabaseProvider provider, string connectionString, TimeSpan? timeout, CancellationToken ct)
    {
        await using var services = new ServiceCollection()
            .AddPauseBotPersistence(new DatabaseOptions { Provider = provider, ConnectionString = connectionString }).BuildServiceProvider();
        var limit = timeout ?? DefaultTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(limit);
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        IReadOnlyList<string> pending = [];
        try
        {
            do
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PauseBotDbContext>();
                pending = [.. await PendingInboxAsync(db, RealTime.Now, deadline.Token), .. await PendingOutboxAsync(db, deadline.Token)];
                if (pending.Count == 0) return;
            }
            while (await tick.WaitForNextTickAsync(deadline.Token));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
        }
        throw new TimeoutException(Describe($"the inbox and outbox were not done within {limit.TotalSeconds:0} s", pending));
    }

    internal static string Describe(string what, IEnumerable<string> pending)
    {
        var text = new StringBuilder(what).Append(". Still pending:");
        foreach (var item in pending) text.AppendLine().Append("  ").Append(item);
        return text.ToString();
    }
}
