namespace PauseBot.Slack.Inbound;

/// <summary>A signed request whose body is not a valid Slack payload; the message is a short reason safe to return with 400.</summary>
public sealed class SlackPayloadException(string reason, Exception? inner = null) : Exception(reason, inner);
