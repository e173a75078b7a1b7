using Microsoft.EntityFrameworkCore;
using PauseBot.Core;

namespace PauseBot.Persistence.Inbox;

/// <summary>
/// The inbox table: rows are added before Slack is acked (one INSERT that a retry of the same key leaves alone), claimed
/// by workers with a lease (a conditional UPDATE per row, so on a shared database each row goes to one replica at a time
/// and the rows of a replica that died are taken over when its lease runs out), and marked handled in the handler's own
/// transaction through <see cref="Completion"/>.
/// </summary>
public sealed class InboxStore(PauseBotDbContext db, TimeProvider time)
{
    private long Now => time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Adds a row for the workers; false when a row with <paramref name="key"/> exists already.</summary>
    public async Task<bool> AddAsync(string key, string kind, string label, string payload, CancellationToken ct)
    {
        var now = Now;
        var pending = nameof(InboxState.Pending);
        return await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "Inbox" ("Key", "Kind", "Label", "Payload", "ReceivedAtMs", "NextAttemptAtMs", "Attempts", "State")
            VALUES ({key}, {kind}, {label}, {payload}, {now}, {now}, 0, {pending}) ON CONFLICT DO NOTHING
            """, ct) == 1;
    }

    /// <summary>Adds a row already claimed under <paramref name="claim"/> for <paramref name="lease"/>; its id, or null when the key exists.</summary>
    public async Task<long?> AddClaimedAsync(string key, string kind, string label, string payload, string claim, TimeSpan lease,
        CancellationToken ct)
    {
        var now = Now;
        var until = now + (long)lease.TotalMilliseconds;
        var pending = nameof(InboxState.Pending);
        var ids = await db.Database.SqlQuery<long>($"""
            INSERT INTO "Inbox" ("Key", "Kind", "Label", "Payload", "ReceivedAtMs", "NextAttemptAtMs", "Attempts", "State", "LockedBy", "LockedUntilMs")
            VALUES ({key}, {kind}, {label}, {payload}, {now}, {now}, 0, {pending}, {claim}, {until}) ON CONFLICT DO NOTHING
            RETURNING "Id" AS "Value"
            """).ToListAsync(ct);
        return ids.Count == 1 ? ids[0] : null;
    }

    /// <summary>Claims up to <paramref name="max"/> due rows under <paramref name="claim"/> for <paramref name="lease"/>, oldest first.</summary>
    public async Task<IReadOnlyList<InboxMessage>> ClaimDueAsync(string claim, TimeSpan lease, int max, CancellationToken ct)
    {
        var now = Now;
        var candidates = await db.Inbox.AsNoTracking()
            .Where(m => m.State == InboxState.Pending && m.NextAttemptAtMs <= now && (m.LockedUntilMs == null || m.LockedUntilMs < now))
            .OrderBy(m => m.NextAttemptAtMs).ThenBy(m => m.Id)
            .Select(m => m.Id).Take(max).ToListAsync(ct);
        var until = now + (long)lease.TotalMilliseconds;
        var claimed = new List<long>(candidates.Count);
        foreach (var id in candidates)
        {
            var rows = await db.Inbox
                .Where(m => m.Id == id && m.State == InboxState.Pending && (m.LockedUntilMs == null || m.LockedUntilMs < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, claim).SetProperty(m => m.LockedUntilMs, until), ct);
            if (rows == 1) claimed.Add(id);
        }
        if (claimed.Count == 0) return [];
        var rowsClaimed = await db.Inbox.AsNoTracking().Where(m => claimed.Contains(m.Id)).ToListAsync(ct);
        return rowsClaimed.OrderBy(m => m.NextAttemptAtMs).ThenBy(m => m.Id).ToList();
    }

    /// <summary>Extends a claim still held; false when the row is no longer ours (taken over, or finished).</summary>
    public async Task<bool> RenewAsync(long id, string claim, TimeSpan lease, CancellationToken ct)
    {
        var until = Now + (long)lease.TotalMilliseconds;
        return await db.Inbox.Where(m => m.Id == id && m.LockedBy == claim && m.State == InboxState.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntilMs, until), ct) == 1;
    }

    /// <summary>"Mark row <paramref name="id"/> handled under <paramref name="claim"/>", to enlist in the scope's commit step.</summary>
    public InboxCompletionParticipant Completion(long id, string claim) => new InboxCompletionParticipant(this, id, claim);

    /// <summary>Tracks the row as handled, checked against its claim when the scope commits.</summary>
    internal void TrackCompleted(long id, string claim)
    {
        var row = db.Inbox.Local.FirstOrDefault(m => m.Id == id);
        if (row is null)
        {
            row = InboxMessage.Claimed(id, claim);
            db.Inbox.Attach(row);
        }
        row.Complete(time.GetUtcNow());
    }

    /// <summary>
    /// Records a failed attempt under <paramref name="claim"/> and releases the row: due again at <paramref name="retryAt"/>,
    /// or dead when that is null. False when the claim was lost meanwhile (nothing changed).
    /// </summary>
    public async Task<bool> MarkFailedAsync(long id, string claim, string error, DateTimeOffset? retryAt, CancellationToken ct)
    {
        var now = Now;
        var text = error.Length > 500 ? error[..500] : error;
        var state = retryAt is null ? InboxState.Dead : InboxState.Pending;
        var next = retryAt?.ToUnixTimeMilliseconds() ?? now;
        long? finished = retryAt is null ? now : null;
        return await db.Inbox.Where(m => m.Id == id && m.LockedBy == claim && m.State == InboxState.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.LastError, text)
                .SetProperty(m => m.State, state).SetProperty(m => m.NextAttemptAtMs, next).SetProperty(m => m.FinishedAtMs, finished)
                .SetProperty(m => m.LockedUntilMs, (long?)null), ct) == 1;
    }

    /// <summary>Hands a claimed, unfinished row back untouched (shutting down): any worker may take it at once.</summary>
    public Task ReleaseAsync(long id, string claim, CancellationToken ct) =>
        db.Inbox.Where(m => m.Id == id && m.LockedBy == claim && m.State == InboxState.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntilMs, (long?)null), ct);

    /// <summary>Deletes a row claimed under <paramref name="claim"/>, handled or not (a modal that stays open).</summary>
    public Task ForgetAsync(long id, string claim, CancellationToken ct) =>
        db.Inbox.Where(m => m.Id == id && m.LockedBy == claim).ExecuteDeleteAsync(ct);

    /// <summary>Dead rows, newest first.</summary>
    public async Task<IReadOnlyList<InboxMessage>> DeadAsync(int max, CancellationToken ct) =>
        await db.Inbox.AsNoTracking().Where(m => m.State == InboxState.Dead)
            .OrderByDescending(m => m.FinishedAtMs).ThenByDescending(m => m.Id).Take(max).ToListAsync(ct);

    /// <summary>The row, tracked (to replay it through the commit step).</summary>
    public Task<InboxMessage?> FindAsync(long id, CancellationToken ct) => db.Inbox.FirstOrDefaultAsync(m => m.Id == id, ct);

    /// <summary>Deletes rows handled longer than <paramref name="retention"/> ago; dead rows stay until replayed.</summary>
    public Task<int> PruneAsync(TimeSpan retention, CancellationToken ct)
    {
        var cutoff = Now - (long)retention.TotalMilliseconds;
        return db.Inbox.Where(m => m.State == InboxState.Done && m.FinishedAtMs < cutoff).ExecuteDeleteAsync(ct);
    }
}
