using PauseBot.Outbox;
using PauseBot.Slack.Blocks;

namespace PauseBot.Features.Shared;

/// <summary>A message body (fallback text + blocks) before it is addressed to a channel, a user or a response_url.</summary>
public sealed record SlackMessage(string Text, IReadOnlyList<Block> Blocks)
{
    /// <summary>This message as the payload of an outbox intent; with <paramref name="threadTs"/> it is posted as a reply in that thread.</summary>
    public string ToPayload(string? threadTs = null) => OutboxPayload.Serialize(Text, Blocks, threadTs);
}
