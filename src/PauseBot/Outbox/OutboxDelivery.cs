using PauseBot.Features.Webhooks;
using PauseBot.Persistence.Outbox;
using PauseBot.Slack.WebApi;

namespace PauseBot.Outbox;

/// <summary>Sends one outbox row to Slack; returns where it landed, or null when it must wait for another row.</summary>
public sealed class OutboxDelivery(ISlackApiClient slack, OutboxStore store, WebhookSender webhooks)
{
    public async Task<(string? Channel, string? Ts)?> DeliverAsync(OutboxMessage row, CancellationToken ct)
    {
        switch (row.Kind)
        {
            case OutboxKind.PostMessage:
            {
                var (message, threadTs) = OutboxPayload.Message(row.Payload);
                var posted = await slack.Chat.PostMessageAsync(
                    new Message { Channel = row.Target, Text = message.Text, Blocks = message.Blocks, ThreadTs = threadTs }, ct);
                return (posted.Channel, posted.Ts);
            }
            case OutboxKind.UpdateMessage:
            {
                if (await store.FindDeliveredAsync(row.UpdatesKey!, ct) is not { } original) return null;
                var (message, _) = OutboxPayload.Message(row.Payload);
                var updated = await slack.Chat.UpdateAsync(
                    new MessageUpdate { Channel = original.Channel, Ts = original.Ts, Text = message.Text, Blocks = message.Blocks }, ct);
                return (updated.Channel, updated.Ts);
            }
            case OutboxKind.PublishHome:
                await slack.Views.PublishAsync(row.Target, OutboxPayload.Home(row.Payload), null, ct);
                return (null, null);
            case OutboxKind.Webhook:
                await webhooks.DeliverAsync(row, ct);
                return (null, null);
            default:
                throw new InvalidOperationException($"Unknown outbox kind {row.Kind}.");
        }
    }
}
