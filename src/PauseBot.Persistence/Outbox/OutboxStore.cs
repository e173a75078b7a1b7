using Microsoft.EntityFrameworkCore;

namespace PauseBot.Persistence.Outbox;

/// <summary>
/// Writes outbox rows (tracked, committed with the scope's state change) and lets dispatchers claim due rows.
/// A claim is a conditional UPDATE with a lease, so on a shared database each row goes to one replica at a time and
/// the rows of a replica that died are taken over when its lease runs out.
/// </summary>
public sealed class OutboxStore(PauseBotDbContext db)
{
    /// <summary>Adds a row unless one with the same dedupe key is already tracked or stored (callers: <see cref="EfUnitOfWork"/>).</summary>
    internal async Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken ct)
    {
        if (db.Outbox.Local.Any(m => m.DedupeKey == message.DedupeKey)) return false;
        if (await db.Outbox.AnyAsync(m => m.DedupeKey == message.DedupeKey, ct)) return false;
        db.Outbox.Add(message);
        return true;
    }

    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(string node, DateTimeOffset now, TimeSpan lease, int max, CancellationToken ct)
    {
        var candidates = await db.Outbox.AsNoTracking()
            .Where(m => m.DeliveredAt == null && !m.Dead && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => m.Id).Take(max).ToListAsync(ct);
        var until = now + lease;
        var claimed = new List<Guid>(candidates.Count);
        foreach (var id in candidates)
        {
            var rows = await db.Outbox
                .Where(m => m.Id == id && m.DeliveredAt == null && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, node).SetProperty(m => m.LockedUntil, until), ct);
            if (rows == 1) claimed.Add(id);
        }
        if (claimed.Count == 0) return [];
        var messages = await db.Outbox.AsNoTracking().Where(m => claimed.Contains(m.Id)).ToListAsync(ct);
        return messages.OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).ToList();
    }

    /// <summary>
    /// Re-confirms this node's claim right before sending and extends it to <paramref name="until"/>. False when the
    /// row is no longer ours (our lease ran out during a slow batch and another replica took it, or it was delivered):
    /// the caller must not send it. A conditional UPDATE, so it and a competing claim serialise on the row.
    /// </summary>
    public async Task<bool> RenewClaimAsync(Guid id, string node, DateTimeOffset until, CancellationToken ct) =>
        await db.Outbox.Where(m => m.Id == id && m.LockedBy == node && m.DeliveredAt == null && !m.Dead)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, until), ct) == 1;

    public Task MarkDeliveredAsync(Guid id, string? channel, string? ts, DateTimeOffset now, CancellationToken ct) =>
        db.Outbox.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.DeliveredAt, now).SetProperty(m => m.SlackChannel, channel).SetProperty(m => m.SlackTs, ts)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
            .SetProperty(m => m.LastError, (string?)null), ct);

    /// <summary>
    /// Records a failed attempt; the row is retried at <paramref name="retryAt"/>, or given up when <paramref name="dead"/>.
    /// <paramref name="unconfirmedSince"/> (an ambiguous failure: the post may have landed) sets
    /// <see cref="OutboxMessage.UnconfirmedSince"/> unless an earlier attempt set it already.
    /// </summary>
    public Task MarkFailedAsync(Guid id, string error, DateTimeOffset retryAt, bool dead, CancellationToken ct,
        DateTimeOffset? unconfirmedSince = null) =>
        db.Outbox.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.NextAttemptAt, retryAt)
            .SetProperty(m => m.LastError, error.Length > 500 ? error[..500] : error)
            .SetProperty(m => m.UnconfirmedSince, m => m.UnconfirmedSince ?? unconfirmedSince)
            .SetProperty(m => m.Dead, dead).SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), ct);

    /// <summary>Returns a claimed row to the queue untouched (e.g. when pacing says "not yet").</summary>
    public Task ReleaseAsync(Guid id, DateTimeOffset retryAt, CancellationToken ct) =>
        db.Outbox.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.NextAttemptAt, retryAt).SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), ct);

    /// <summary>The channel and ts Slack gave the delivered message with this dedupe key, for <c>chat.update</c>.</summary>
    public async Task<(string Channel, string Ts)?> FindDeliveredAsync(string dedupeKey, CancellationToken ct)
    {
        var row = await db.Outbox.AsNoTracking()
            .Where(m => m.DedupeKey == dedupeKey && m.DeliveredAt != null && m.SlackTs != null)
            .Select(m => new { m.SlackChannel, m.SlackTs }).FirstOrDefaultAsync(ct);
        return row is null ? null : (row.SlackChannel!, row.SlackTs!);
    }

    public async Task<OutboxStats> StatsAsync(DateTimeOffset now, CancellationToken ct)
    {
        var pending = db.Outbox.AsNoTracking().Where(m => m.DeliveredAt == null && !m.Dead);
        var depth = await pending.CountAsync(ct);
        var oldest = depth == 0 ? (DateTimeOffset?)null : await pending.MinAsync(m => (DateTimeOffset?)m.CreatedAt, ct);
        return new OutboxStats(depth, oldest is { } o ? now - o : TimeSpan.Zero);
    }

    /// <summary>The earliest instant a pending row becomes due, so the dispatcher can sleep until then.</summary>
    public Task<DateTimeOffset?> NextDueAsync(CancellationToken ct) =>
        db.Outbox.AsNoTracking().Where(m => m.DeliveredAt == null && !m.Dead)
            .MinAsync(m => (DateTimeOffset?)m.NextAttemptAt, ct);
}

/// <summary>Outbox depth and the age of its oldest pending row.</summary>
public sealed record OutboxStats(int Depth, TimeSpan OldestAge);
