using PauseBot.Persistence.Outbox;
using PauseBot.Slack.WebApi;

namespace PauseBot.Outbox;

/// <summary>
/// <see cref="OutboxKind.PostMessage"/>: <c>chat.postMessage</c>. Every post carries <see cref="DeliveryMetadata"/> naming the
/// row; a row whose earlier post failed ambiguously (<see cref="OutboxMessage.UnconfirmedSince"/>) is first looked for in the
/// conversation's history and, if found there, recorded as delivered instead of posted twice.
/// </summary>
public sealed class PostMessageDeliverer(ISlackApiClient slack, PostedMessageFinder finder) : IOutboxDeliverer
{
    public async Task<DeliveryResult> DeliverAsync(OutboxMessage row, CancellationToken ct)
    {
        var message = OutboxPayload.Message(row.Payload);
        if (row.UnconfirmedSince is { } since)
        {
            switch (await finder.FindAsync(row, message.ThreadTs, since, ct))
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
            Channel = row.Target, Text = message.Text, Blocks = message.Blocks ?? [], ThreadTs = message.ThreadTs,
            Metadata = DeliveryMetadata.For(row.Id),
        }, ct);
        return new DeliveryResult.Sent(posted.Channel, posted.Ts);
    }
}

/// <summary><see cref="OutboxKind.UpdateMessage"/>: <c>chat.update</c> of the message delivered for the row's <see cref="OutboxMessage.UpdatesKey"/>.</summary>
public sealed class UpdateMessageDeliverer(ISlackApiClient slack, OutboxStore store) : IOutboxDeliverer
{
    private static readonly TimeSpan EditWait = TimeSpan.FromSeconds(2);

    public async Task<DeliveryResult> DeliverAsync(OutboxMessage row, CancellationToken ct)
    {
        // An edit whose original post is not delivered yet waits for it.
        if (await store.FindDeliveredAsync(row.UpdatesKey!, ct) is not { } original) return new DeliveryResult.Later(EditWait);
        var updated = await slack.Chat.UpdateAsync(Update(original.Channel, original.Ts, OutboxPayload.Message(row.Payload)), ct);
        return new DeliveryResult.Sent(updated.Channel, updated.Ts);
    }

    /// <summary>
    /// The chat.update of a message to <paramref name="body"/>: its blocks (none removes the old ones), and its text cut to the
    /// 4,000 characters chat.update accepts (Slack refuses more with <c>msg_too_long</c>, which would leave the old version up).
    /// </summary>
    internal static MessageUpdate Update(string channel, string ts, OutboxPayload.Body body) => new()
    {
        Channel = channel, Ts = ts, Text = Slack.Blocks.Blocks.Truncate(body.Text, MaxUpdateText), Blocks = body.Blocks ?? [],
    };

    /// <summary>chat.update's limit on <c>text</c>: "The text field cannot exceed 4,000 characters".</summary>
    internal const int MaxUpdateText = 4_000;
}

/// <summary><see cref="OutboxKind.PublishHome"/>: <c>views.publish</c> of a Home view for the user in the row's target.</summary>
public sealed class PublishHomeDeliverer(ISlackApiClient slack) : IOutboxDeliverer
{
    public async Task<DeliveryResult> DeliverAsync(OutboxMessage row, CancellationToken ct)
    {
        await slack.Views.PublishAsync(row.Target, OutboxPayload.Home(row.Payload), null, ct);
        return new DeliveryResult.Sent(null, null);
    }
}
