namespace PauseBot.Slack.Inbound;

/// <summary>
/// <c>member_joined_channel</c>: a user (possibly the bot itself) joined a channel the bot is in. <see cref="Inviter"/>
/// is absent on self-joins; <see cref="ChannelType"/> is "C" or "G". https://docs.slack.dev/reference/events/member_joined_channel
/// </summary>
public sealed record MemberJoinedChannel() : SlackEvent("member_joined_channel")
{
    public required string User { get; init; }
    public required string Channel { get; init; }
    public string? ChannelType { get; init; }
    public string? Team { get; init; }
    public string? Inviter { get; init; }
}
