using PauseBot.Slack.Blocks;

namespace PauseBot.Slack.Handlers;

/// <summary>Who sees a command / response_url message.</summary>
public enum ResponseType
{
    /// <summary>Only the user who invoked the command (Slack's default).</summary>
    Ephemeral,

    /// <summary>Everyone in the channel (the command itself is shown too).</summary>
    InChannel,
}

/// <summary>
/// A message for a slash command ack or a <c>response_url</c> POST. <c>response_type</c> is always written.
/// https://docs.slack.dev/interactivity/handling-user-interaction#message_responses
/// </summary>
public sealed record SlackResponse
{
    /// <summary>Fallback / notification text; the message itself when there are no blocks.</summary>
    public string? Text { get; init; }
    public IReadOnlyList<Block>? Blocks { get; init; }
    public ResponseType ResponseType { get; init; } = ResponseType.Ephemeral;

    /// <summary>Replace the message the button was in (interactions only).</summary>
    public bool? ReplaceOriginal { get; init; }

    /// <summary>Delete the message the button was in (interactions only).</summary>
    public bool? DeleteOriginal { get; init; }
    public string? ThreadTs { get; init; }

    /// <summary>A message only the invoking user sees. Checks the 50-block limit.</summary>
    public static SlackResponse Ephemeral(string text, IReadOnlyList<Block>? blocks = null) =>
        Create(ResponseType.Ephemeral, text, blocks);

    /// <summary>A message the whole channel sees. Checks the 50-block limit.</summary>
    public static SlackResponse InChannel(string text, IReadOnlyList<Block>? blocks = null) =>
        Create(ResponseType.InChannel, text, blocks);

    private static SlackResponse Create(ResponseType type, string text, IReadOnlyList<Block>? blocks)
    {
        BlockKitLimits.EnsureMessage(blocks);
        return new SlackResponse { ResponseType = type, Text = text, Blocks = blocks };
    }
}
