using System.Text.Json.Serialization;

namespace PauseBot.Slack.WebApi;

/// <summary>One page of <c>conversations.history</c>. https://docs.slack.dev/reference/methods/conversations.history</summary>
public sealed record ConversationHistoryResponse : SlackApiResponse
{
    /// <summary>Newest first.</summary>
    public IReadOnlyList<HistoryMessage> Messages { get; init; } = [];

    /// <summary>True when older messages in the requested range remain; fetch them with <see cref="NextCursor"/>.</summary>
    public bool HasMore { get; init; }

    public int PinCount { get; init; }

    /// <summary>Cursor of the next (older) page; null or empty on the last page.</summary>
    [JsonIgnore]
    public string? NextCursor => ResponseMetadata?.NextCursor;
}

/// <summary>One page of <c>conversations.replies</c>: the thread's parent, then its replies oldest first. https://docs.slack.dev/reference/methods/conversations.replies</summary>
public sealed record ConversationRepliesResponse : SlackApiResponse
{
    public IReadOnlyList<HistoryMessage> Messages { get; init; } = [];

    /// <summary>True when newer replies in the requested range remain; fetch them with <see cref="NextCursor"/>.</summary>
    public bool HasMore { get; init; }

    /// <summary>Cursor of the next page; null or empty on the last page.</summary>
    [JsonIgnore]
    public string? NextCursor => ResponseMetadata?.NextCursor;
}

/// <summary>A message as <c>conversations.history</c> and <c>conversations.replies</c> return it. https://docs.slack.dev/reference/objects/message-object</summary>
public sealed record HistoryMessage : SlackModel
{
    public string Type { get; init; } = "message";
    public string? Subtype { get; init; }
    public required string Ts { get; init; }
    public string? User { get; init; }
    public string? BotId { get; init; }
    public string? AppId { get; init; }
    public string? Text { get; init; }
    public string? ThreadTs { get; init; }

    /// <summary>Present only when the call asked for <c>include_all_metadata</c>.</summary>
    public MessageMetadata? Metadata { get; init; }
}
