using System.Text.Json.Serialization;
using PauseBot.Slack.Inbound;

namespace PauseBot.Slack.WebApi;

/// <summary>Result of <c>views.open</c>/<c>update</c>/<c>publish</c>: the view as stored, with its id and hash.</summary>
public sealed record ViewResponse : SlackApiResponse
{
    public ViewPayload? View { get; init; }

    [JsonIgnore]
    public string? ViewId => View?.Id;

    [JsonIgnore]
    public string? Hash => View?.Hash;
}
