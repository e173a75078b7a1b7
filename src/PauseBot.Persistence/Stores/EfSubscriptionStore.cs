using Microsoft.EntityFrameworkCore;
using PauseBot.Core.Pauses;

namespace PauseBot.Persistence.Stores;

/// <summary>EF Core <see cref="ISubscriptionStore"/>: shares the scope's context, written by the scope's <see cref="EfUnitOfWork"/>.</summary>
public sealed class EfSubscriptionStore(ScopedDbContext context) : ISubscriptionStore
{
    private PauseBotDbContext db => context.Value;

    public async Task<bool> AddSubscriptionAsync(NotifySubscription subscription, CancellationToken ct)
    {
        var exists = db.Subscriptions.Local.Any(s => s.PauseId == subscription.PauseId && s.UserId == subscription.UserId)
                     || await db.Subscriptions.AnyAsync(s => s.PauseId == subscription.PauseId && s.UserId == subscription.UserId, ct);
        if (exists) return false;
        db.Subscriptions.Add(subscription);
        return true;
    }

    public async Task<IReadOnlyList<NotifySubscription>> PendingSubscriptionsAsync(Guid pauseId, CancellationToken ct) =>
        await db.Subscriptions.Where(s => s.PauseId == pauseId && s.NotifiedAt == null).ToListAsync(ct);
}
