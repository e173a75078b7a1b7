using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;

namespace PauseBot.Slack.Inbound;

/// <summary>The few messages the protocol layer itself shows users.</summary>
internal static class SlackAckMessages
{
    public const string Failed = "Sorry, something went wrong. Please try again.";

    public static SlackResponse UnknownCommand(string command) =>
        SlackResponse.Ephemeral($"Sorry, I don't know the command {Mrkdwn.Escape(command)}.");

    public static SlackResponse Failure { get; } = SlackResponse.Ephemeral(Failed);

    public static bool IsForm(string? contentType) => HasMediaType(contentType, "application/x-www-form-urlencoded");

    public static bool IsJson(string? contentType) => HasMediaType(contentType, "application/json");

    private static bool HasMediaType(string? contentType, string mediaType)
    {
        var media = contentType?.Split(';', 2)[0].Trim();
        return string.Equals(media, mediaType, StringComparison.OrdinalIgnoreCase);
    }
}
