namespace PauseBot.Slack.Inbound;

/// <summary>
/// <c>app_mention</c>: someone mentioned the bot in a channel (not sent for DMs; those are <see cref="MessageEvent"/>).
/// <see cref="Text"/> arrives mrkdwn-escaped. https://docs.slack.dev/reference/events/app_mention
/// </summary>
public sealed record AppMention() : SlackEvent("app_mention")
{
    public string? User { get; init; }
    public string Text { get; init; } = "";
    public required string Ts { get; init; }
    public required string Channel { get; init; }
    public string? ThreadTs { get; init; }
    public string? BotId { get; init; }
}
