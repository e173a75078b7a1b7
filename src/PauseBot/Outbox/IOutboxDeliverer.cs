using PauseBot.Persistence.Outbox;

namespace PauseBot.Outbox;

/// <summary>
/// Delivers the outbox rows of one <see cref="OutboxKind"/>; registered for it with
/// <see cref="OutboxDelivererServiceCollectionExtensions.AddOutboxDeliverer{TDeliverer}"/>. Failures are exceptions the
/// dispatcher classifies (a <see cref="Slack.WebApi.SlackApiException"/> or <see cref="PermanentDeliveryException"/>
/// that no retry fixes ends the row; anything else is retried with backoff).
/// </summary>
public interface IOutboxDeliverer
{
    Task<DeliveryResult> DeliverAsync(OutboxMessage row, CancellationToken ct);
}
