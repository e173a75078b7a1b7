using System.Text.Json;

namespace PauseBot.Slack.Inbound;

/// <summary>
/// <c>view_submission</c>: a user submitted a modal. Values are in <c>View.State.Values[block_id][action_id]</c>.
/// Answer in the ack (3 s) with nothing (close), errors, update or clear.
/// https://docs.slack.dev/reference/interaction-payloads/view-interactions-payload#view_submission
/// </summary>
public sealed record ViewSubmissionPayload : SlackModel
{
    public string Type { get; init; } = "view_submission";
    public required InteractionUser User { get; init; }
    public InteractionTeam? Team { get; init; }
    public string? ApiAppId { get; init; }
    public string? Token { get; init; }
    public string? TriggerId { get; init; }
    public required ViewPayload View { get; init; }
    public JsonElement? ResponseUrls { get; init; }
}
