namespace PauseBot.Slack.WebApi;

/// <summary><c>apps.connections.open</c> result: the <c>wss://</c> URL to connect to (single use, short-lived).</summary>
public sealed record ConnectionsOpenResponse : SlackApiResponse
{
    public string? Url { get; init; }
}
