namespace PauseBot.Slack.Inbound;

/// <summary>
/// <c>message</c> (including <c>message.im</c>: <see cref="ChannelType"/> "im", channel id D…). Edits, deletions, joins
/// etc. carry a <see cref="Subtype"/>; bot posts carry <see cref="BotId"/>. https://docs.slack.dev/reference/events/message
/// </summary>
public sealed record MessageEvent() : SlackEvent("message")
{
    public string? User { get; init; }
    public string? Text { get; init; }
    public required string Ts { get; init; }
    public required string Channel { get; init; }
    public string? ChannelType { get; init; }
    public string? Subtype { get; init; }
    public string? BotId { get; init; }
    public string? ThreadTs { get; init; }
}
