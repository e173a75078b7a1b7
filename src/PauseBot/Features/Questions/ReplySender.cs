using PauseBot.Core;
using PauseBot.Core.Outbox;
using PauseBot.Features.Shared;

namespace PauseBot.Features.Questions;

/// <summary>
/// Queues the bot's reply where the question was asked and commits it with the question's side effects in one
/// transaction. The dedupe key is the question message itself, so a redelivered event never answers twice.
/// </summary>
public sealed class ReplySender(IUnitOfWork unitOfWork)
{
    public async Task SendAsync(Asked asked, SlackMessage message, string questionTs, CancellationToken ct)
    {
        await unitOfWork.EnqueueAsync(
            OutboxIntent.Message(asked.ChannelId, OutboxKey.Reply(asked.ChannelId, questionTs), message.ToPayload(asked.ThreadTs)), ct);
        await unitOfWork.CommitAsync(ct); // a conflict: the same question is being answered elsewhere, once
    }
}
