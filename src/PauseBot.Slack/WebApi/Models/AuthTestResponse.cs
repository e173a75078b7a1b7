namespace PauseBot.Slack.WebApi;

/// <summary><c>auth.test</c> result; <see cref="BotId"/> is set for bot tokens only.</summary>
public sealed record AuthTestResponse : SlackApiResponse
{
    public string? Url { get; init; }
    public string? Team { get; init; }
    public string? User { get; init; }
    public string? TeamId { get; init; }
    public string? UserId { get; init; }
    public string? BotId { get; init; }
}
