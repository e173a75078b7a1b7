using System.Text.Json;

namespace PauseBot.Slack.Inbound;

/// <summary>
/// A view as Slack sends it back (in interactions and <c>views.*</c> responses): ids, <see cref="Hash"/> for race-free
/// updates, and the input <see cref="State"/>. https://docs.slack.dev/reference/interaction-payloads/view-interactions-payload
/// </summary>
public sealed record ViewPayload : SlackModel
{
    public required string Id { get; init; }
    public string? Type { get; init; }
    public string? TeamId { get; init; }
    public string? CallbackId { get; init; }
    public string? PrivateMetadata { get; init; }
    public string? ExternalId { get; init; }
    public string? Hash { get; init; }
    public string? RootViewId { get; init; }
    public string? PreviousViewId { get; init; }
    public ViewState? State { get; init; }
    public JsonElement? Blocks { get; init; }
}

/// <summary><c>state.values</c>: block_id → action_id → the element's current value.</summary>
public sealed record ViewState : SlackModel
{
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, ViewStateValue>> Values { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, ViewStateValue>>();

    /// <summary>The value of one input, or null when the block or action is absent.</summary>
    public ViewStateValue? Get(string blockId, string actionId) =>
        Values.TryGetValue(blockId, out var actions) && actions.TryGetValue(actionId, out var value) ? value : null;
}

/// <summary>One input's value; which property is set depends on <see cref="Type"/>.</summary>
public sealed record ViewStateValue : SlackModel
{
    public required string Type { get; init; }
    public string? Value { get; init; }
    public SelectedOptionValue? SelectedOption { get; init; }
    public IReadOnlyList<SelectedOptionValue>? SelectedOptions { get; init; }
    public string? SelectedDate { get; init; }
    public string? SelectedTime { get; init; }

    /// <summary>Unix seconds from a <c>datetimepicker</c>.</summary>
    public long? SelectedDateTime { get; init; }
    public string? SelectedUser { get; init; }
    public IReadOnlyList<string>? SelectedUsers { get; init; }
    public string? SelectedChannel { get; init; }
    public string? SelectedConversation { get; init; }
}

/// <summary>A chosen option: its value (and text, kept as sent).</summary>
public sealed record SelectedOptionValue : SlackModel
{
    public required string Value { get; init; }
    public JsonElement? Text { get; init; }
}
