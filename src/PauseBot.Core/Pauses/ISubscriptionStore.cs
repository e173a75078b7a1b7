namespace PauseBot.Core.Pauses;

/// <summary>Notify-me subscriptions to the end of a pause. Changes are tracked; the scope's <see cref="IUnitOfWork"/> writes them.</summary>
public interface ISubscriptionStore
{
    /// <summary>False (and nothing added) when the person is on the list already.</summary>
    Task<bool> AddSubscriptionAsync(NotifySubscription subscription, CancellationToken ct);
    Task<IReadOnlyList<NotifySubscription>> PendingSubscriptionsAsync(Guid pauseId, CancellationToken ct);
}
