using PauseBot.Features.Pauses;
using PauseBot.Features.Webhooks;
using PauseBot.Persistence.Outbox;
using PauseBot.Slack.WebApi;

namespace PauseBot.Outbox;

/// <summary>
/// Sends one outbox row to Slack. Every post carries <see cref="DeliveryMetadata"/> naming the row; a row whose earlier post
/// failed ambiguously (<see cref="OutboxMessage.UnconfirmedSince"/>) is first looked for in the conversation's history and,
/// if found there, recorded as delivered instead of posted twice.
/// </summary>
public sealed class OutboxDelivery(
    ISlackApiClient slack, OutboxStore store, WebhookSender webhooks, PostedMessageFinder finder, ResumeNotices resumeNotices)
{
    private static readonly TimeSpan EditWait = TimeSpan.FromSeconds(2);

    public async Task<DeliveryResult> DeliverAsync(OutboxMessage row, CancellationToken ct)
    {
        switch (row.Kind)
        {
            case OutboxKind.PostMessage:
                return await PostAsync(row, ct);
            case OutboxKind.UpdateMessage:
            {
                // An edit whose original post is not delivered yet waits for it.
                if (await store.FindDeliveredAsync(row.UpdatesKey!, ct) is not { } original) return new DeliveryResult.Later(EditWait);
                var (message, _) = OutboxPayload.Message(row.Payload);
                var updated = await slack.Chat.UpdateAsync(
                    new MessageUpdate { Channel = original.Channel, Ts = original.Ts, Text = message.Text, Blocks = message.Blocks }, ct);
                return new DeliveryResult.Sent(updated.Channel, updated.Ts);
            }
            case OutboxKind.PublishHome:
                await slack.Views.PublishAsync(row.Target, OutboxPayload.Home(row.Payload), null, ct);
                return new DeliveryResult.Sent(null, null);
            case OutboxKind.Webhook:
                await webhooks.DeliverAsync(row, ct);
                return new DeliveryResult.Sent(null, null);
            case OutboxKind.NotifySubscribers:
                await resumeNotices.SendOwedAsync(row, ct);
                return new DeliveryResult.Sent(null, null);
            default:
                throw new InvalidOperationException($"Unknown outbox kind {row.Kind}.");
        }
    }

    private async Task<DeliveryResult> PostAsync(OutboxMessage row, CancellationToken ct)
    {
        var (message, threadTs) = OutboxPayload.Message(row.Payload);
        if (row.UnconfirmedSince is { } since)
        {
            switch (await finder.FindAsync(row, threadTs, since, ct))
            {
                case PostedMessageFinder.Lookup.Found found:
                    return new DeliveryResult.Sent(found.Channel, found.Ts, Found: true);
                case PostedMessageFinder.Lookup.Later later:
                    return new DeliveryResult.Later(later.Wait);
            }
            // Not found, or the history can't be read: post again.
        }
        var posted = await slack.Chat.PostMessageAsync(new Message
        {
            Channel = row.Target, Text = message.Text, Blocks = message.Blocks, ThreadTs = threadTs, Metadata = DeliveryMetadata.For(row.Id),
        }, ct);
        return new DeliveryResult.Sent(posted.Channel, posted.Ts);
    }
}
