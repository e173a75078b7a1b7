using System.Text.Json;
using System.Text.Json.Serialization;

namespace PauseBot.Slack.Inbound;

/// <summary>
/// <c>block_actions</c>: a user clicked a button (or used another element) in a message, modal or Home tab.
/// <see cref="ResponseUrl"/> is present for messages only. https://docs.slack.dev/reference/interaction-payloads/block_actions-payload
/// </summary>
public sealed record BlockActionsPayload : SlackModel
{
    public string Type { get; init; } = "block_actions";
    public required InteractionUser User { get; init; }
    public InteractionTeam? Team { get; init; }
    public InteractionChannel? Channel { get; init; }
    public InteractionContainer? Container { get; init; }
    public string? ApiAppId { get; init; }
    public string? Token { get; init; }
    public string? TriggerId { get; init; }
    public string? ResponseUrl { get; init; }

    /// <summary>The whole source message as sent (blocks included), for messages.</summary>
    public JsonElement? Message { get; init; }

    /// <summary>The source message's <c>ts</c>, from <see cref="Message"/> or the container.</summary>
    [JsonIgnore]
    public string? MessageTs =>
        Message is { ValueKind: JsonValueKind.Object } m && m.TryGetProperty("ts", out var ts) && ts.ValueKind == JsonValueKind.String
            ? ts.GetString()
            : Container?.MessageTs;

    public ViewPayload? View { get; init; }
    public ViewState? State { get; init; }
    public required IReadOnlyList<BlockAction> Actions { get; init; }
}

/// <summary>One action of a <c>block_actions</c> payload.</summary>
public sealed record BlockAction : SlackModel
{
    public required string ActionId { get; init; }
    public string? BlockId { get; init; }
    public required string Type { get; init; }
    public string? Value { get; init; }
    public string? ActionTs { get; init; }
    public JsonElement? Text { get; init; }
    public SelectedOptionValue? SelectedOption { get; init; }
}
