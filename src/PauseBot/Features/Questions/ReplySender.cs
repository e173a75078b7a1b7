using PauseBot.Core;
using PauseBot.Features.Shared;
using PauseBot.Outbox;
using PauseBot.Persistence.Outbox;

namespace PauseBot.Features.Questions;

/// <summary>
/// Queues the bot's reply where the question was asked and saves it with the question's side effects in one
/// transaction. The dedupe key is the question message itself, so a redelivered event never answers twice.
/// </summary>
public sealed class ReplySender(OutboxStore outbox, IPauseBotStore store, OutboxSignal signal, TimeProvider time, ILogger<ReplySender> log)
{
    public async Task SendAsync(Asked asked, SlackMessage message, string questionTs, CancellationToken ct)
    {
        await outbox.EnqueueAsync(new OutboxMessage(OutboxKind.PostMessage, asked.ChannelId,
            OutboxPayload.Serialize(message, asked.ThreadTs), $"reply:{asked.ChannelId}:{questionTs}", time.GetUtcNow()), ct);
        try
        {
            await store.SaveChangesAsync(ct);
        }
        catch (ConcurrencyConflictException ex)
        {
            Log.ConcurrencyConflict(log, asked.ChannelId, ex.Message); // the same question is being answered elsewhere
            return;
        }
        signal.Notify();
    }
}
