using Microsoft.EntityFrameworkCore;

namespace PauseBot.Persistence.Integrations;

/// <summary>Webhook subscriptions: tracked adds and removes (the caller saves), and delivery bookkeeping written at once.</summary>
public sealed class WebhookStore(PauseBotDbContext db)
{
    public void Add(WebhookSubscription subscription) => db.Webhooks.Add(subscription);

    public void Remove(WebhookSubscription subscription) => db.Webhooks.Remove(subscription);

    public Task<WebhookSubscription?> FindAsync(int id, CancellationToken ct) => db.Webhooks.FirstOrDefaultAsync(w => w.Id == id, ct);

    public async Task<IReadOnlyList<WebhookSubscription>> ListAsync(CancellationToken ct) =>
        await db.Webhooks.AsNoTracking().OrderBy(w => w.Id).ToListAsync(ct);

    /// <summary>Enabled subscriptions, for enqueueing deliveries.</summary>
    public async Task<IReadOnlyList<WebhookSubscription>> ActiveAsync(CancellationToken ct) =>
        await db.Webhooks.AsNoTracking().Where(w => w.DisabledAt == null).OrderBy(w => w.Id).ToListAsync(ct);

    public Task<WebhookSubscription?> FindUntrackedAsync(int id, CancellationToken ct) =>
        db.Webhooks.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);

    public Task MarkSucceededAsync(int id, CancellationToken ct) =>
        db.Webhooks.Where(w => w.Id == id && w.FailingSince != null).ExecuteUpdateAsync(s => s
            .SetProperty(w => w.FailingSince, (DateTimeOffset?)null).SetProperty(w => w.LastError, (string?)null), ct);

    /// <summary>Records a failed delivery and returns since when the receiver has been failing.</summary>
    public async Task<DateTimeOffset> MarkFailedAsync(int id, string error, DateTimeOffset now, CancellationToken ct)
    {
        var trimmed = error.Length > 500 ? error[..500] : error;
        await db.Webhooks.Where(w => w.Id == id && w.FailingSince == null)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.FailingSince, now), ct);
        await db.Webhooks.Where(w => w.Id == id).ExecuteUpdateAsync(s => s.SetProperty(w => w.LastError, trimmed), ct);
        return await db.Webhooks.AsNoTracking().Where(w => w.Id == id).Select(w => w.FailingSince).FirstOrDefaultAsync(ct) ?? now;
    }

    /// <summary>Disables the receiver; true only for the call that did it (so admins are told once).</summary>
    public async Task<bool> DisableAsync(int id, DateTimeOffset now, CancellationToken ct) =>
        await db.Webhooks.Where(w => w.Id == id && w.DisabledAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.DisabledAt, now), ct) == 1;
}
