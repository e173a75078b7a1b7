namespace PauseBot.Slack.Blocks;

/// <summary>A Block Kit value exceeds one of Slack's limits (Slack would reject it with <c>invalid_blocks</c>).</summary>
public sealed class BlockKitLimitException(string message, string? paramName = null) : ArgumentException(message, paramName);
