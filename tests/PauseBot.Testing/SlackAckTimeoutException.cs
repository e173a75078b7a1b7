namespace PauseBot.Testing;

/// <summary>
/// The bot did not ack a Slack request within Slack's 3 seconds: for a slash command or an interaction the person sees
/// <c>operation_timeout</c>; for an event Slack retries (<c>X-Slack-Retry-Num</c>) and, when the retries are late too,
/// counts the delivery as failed. A slow handler fails the test instead of passing it.
/// </summary>
public sealed class SlackAckTimeoutException(string message) : TimeoutException(message);
