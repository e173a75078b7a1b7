using System.Text.Json;

namespace PauseBot.Slack.Inbound;

/// <summary>
/// <c>app_home_opened</c>: a user opened the app's Home or Messages tab (<see cref="Tab"/> "home" / "messages"), every
/// time. <see cref="View"/> is present only once a Home view was published. https://docs.slack.dev/reference/events/app_home_opened
/// </summary>
public sealed record AppHomeOpened() : SlackEvent("app_home_opened")
{
    public required string User { get; init; }
    public string? Channel { get; init; }
    public string? Tab { get; init; }
    public JsonElement? View { get; init; }
}
