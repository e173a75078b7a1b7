using System.Globalization;

namespace PauseBot.Slack.Blocks;

/// <summary>
/// Date tokens that Slack renders in each viewer's own time zone:
/// <c>&lt;!date^{unix}^{format}|{fallback}&gt;</c> (https://docs.slack.dev/messaging/formatting-message-text#date-formatting).
/// </summary>
public static class SlackDate
{
    public const string DefaultFormat = "{date_short_pretty} at {time}";

    /// <summary>The token for <paramref name="instant"/>; the fallback for old clients is <c>yyyy-MM-dd HH:mm UTC</c>.</summary>
    public static string Token(DateTimeOffset instant, string format = DefaultFormat)
    {
        var fallback = instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";
        return $"<!date^{instant.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}^{format}|{Mrkdwn.Escape(fallback)}>";
    }
}
