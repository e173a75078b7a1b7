using PauseBot.Features.Pauses;
using PauseBot.Features.Shared;
using PauseBot.Features.Trackers;
using PauseBot.Features.Webhooks;
using PauseBot.Outbox;
using PauseBot.Persistence.Outbox;

namespace PauseBot;

/// <summary>
/// Every outbox kind's deliverer, in one place: the Slack calls live in Outbox/, the rest beside their feature. A kind
/// registered twice, or left without a deliverer, fails at startup (<see cref="OutboxDeliverers"/>).
/// </summary>
public static class OutboxRegistrations
{
    public static IServiceCollection AddOutboxDeliverers(this IServiceCollection services) => services
        .AddOutboxDeliverer<PostMessageDeliverer>(OutboxKind.PostMessage)
        .AddOutboxDeliverer<UpdateMessageDeliverer>(OutboxKind.UpdateMessage)
        .AddOutboxDeliverer<PublishHomeDeliverer>(OutboxKind.PublishHome)
        .AddOutboxDeliverer<WebhookSender>(OutboxKind.Webhook)
        .AddOutboxDeliverer<ResumeNotices>(OutboxKind.NotifySubscribers)
        .AddOutboxDeliverer<TrackerActionDeliverer>(OutboxKind.TrackerAction);
}
