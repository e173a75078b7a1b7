using System.Text.Json.Serialization;

namespace PauseBot.Slack.WebApi;

/// <summary>A channel, private channel, DM or group DM (<c>conversations.info</c>). https://docs.slack.dev/reference/objects/conversation-object</summary>
public sealed record Conversation : SlackModel
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public bool IsChannel { get; init; }
    public bool IsGroup { get; init; }
    public bool IsPrivate { get; init; }
    public bool IsIm { get; init; }
    public bool IsMpim { get; init; }
    public bool IsArchived { get; init; }
    public bool? IsMember { get; init; }
}

/// <summary>One page of <c>conversations.members</c>.</summary>
public sealed record ConversationMembersResponse : SlackApiResponse
{
    public IReadOnlyList<string> Members { get; init; } = [];

    /// <summary>Cursor of the next page; null or empty on the last page.</summary>
    [JsonIgnore]
    public string? NextCursor => ResponseMetadata?.NextCursor;
}

internal sealed record ConversationResponse : SlackApiResponse
{
    public Conversation? Channel { get; init; }
}
