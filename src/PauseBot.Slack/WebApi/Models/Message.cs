using System.Text.Json;
using PauseBot.Slack.Blocks;

namespace PauseBot.Slack.WebApi;

/// <summary>
/// Arguments of <c>chat.postMessage</c> / <c>chat.postEphemeral</c>. Give <see cref="Text"/> even with blocks: it is the
/// notification and screen-reader fallback. https://docs.slack.dev/reference/methods/chat.postMessage
/// </summary>
public sealed record Message
{
    public required string Channel { get; init; }
    public string? Text { get; init; }

    /// <summary>The blocks; none (null or empty) sends no <c>blocks</c> field.</summary>
    public IReadOnlyList<Block>? Blocks { get; init; }
    public string? ThreadTs { get; init; }
    public bool? ReplyBroadcast { get; init; }
    public bool? UnfurlLinks { get; init; }
    public bool? UnfurlMedia { get; init; }
    public bool? Mrkdwn { get; init; }
    public MessageMetadata? Metadata { get; init; }
}

/// <summary>Structured message metadata. https://docs.slack.dev/messaging/message-metadata</summary>
public sealed record MessageMetadata(string EventType, JsonElement EventPayload);

/// <summary>Arguments of <c>chat.update</c>. https://docs.slack.dev/reference/methods/chat.update</summary>
public sealed record MessageUpdate
{
    public required string Channel { get; init; }
    public required string Ts { get; init; }

    /// <summary>At most 4,000 characters: Slack refuses a longer chat.update with <c>msg_too_long</c>.</summary>
    public string? Text { get; init; }

    /// <summary>Null keeps the message's blocks (the field is not sent); an empty list removes them (sent as <c>[]</c>).</summary>
    public IReadOnlyList<Block>? Blocks { get; init; }
}

/// <summary><c>chat.postMessage</c> result: where the message went and its <c>ts</c> (its id, for updates and threads).</summary>
public sealed record PostMessageResponse : SlackApiResponse
{
    public string? Channel { get; init; }
    public string? Ts { get; init; }
    public JsonElement? Message { get; init; }
}

/// <summary><c>chat.postEphemeral</c> result (the ts cannot be used with chat.update).</summary>
public sealed record PostEphemeralResponse : SlackApiResponse
{
    public string? MessageTs { get; init; }
}

/// <summary><c>chat.update</c> result.</summary>
public sealed record UpdateResponse : SlackApiResponse
{
    public string? Channel { get; init; }
    public string? Ts { get; init; }
    public string? Text { get; init; }
}
