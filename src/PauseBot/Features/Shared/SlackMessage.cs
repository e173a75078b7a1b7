using PauseBot.Slack.Blocks;

namespace PauseBot.Features.Shared;

/// <summary>A message body (fallback text + blocks) before it is addressed to a channel, a user or a response_url.</summary>
public sealed record SlackMessage(string Text, IReadOnlyList<Block> Blocks);
