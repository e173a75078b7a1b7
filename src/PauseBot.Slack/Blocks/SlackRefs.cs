using System.Text.RegularExpressions;

namespace PauseBot.Slack.Blocks;

/// <summary>
/// Reads user and channel references out of slash command text, escaped (<c>&lt;@U123|name&gt;</c>,
/// <c>&lt;#C123|name&gt;</c>, <c>&lt;#C123|&gt;</c>) or raw ids (<c>U123</c>/<c>W123</c>, <c>C123</c>/<c>G123</c>).
/// See https://docs.slack.dev/interactivity/implementing-slash-commands (escaping).
/// </summary>
public static partial class SlackRefs
{
    public static bool TryParseUser(string token, out string userId) =>
        TryMatch(UserPattern(), token, out userId);

    public static bool TryParseChannel(string token, out string channelId) =>
        TryMatch(ChannelPattern(), token, out channelId);

    private static bool TryMatch(Regex pattern, string? token, out string id)
    {
        var match = pattern.Match(token?.Trim() ?? "");
        id = match.Success ? match.Groups["id"].Value : "";
        return match.Success;
    }

    [GeneratedRegex(@"^(?:<@(?<id>[UW][A-Z0-9]{2,})(?:\|[^>]*)?>|@?(?<id>[UW][A-Z0-9]{2,}))$", RegexOptions.CultureInvariant)]
    private static partial Regex UserPattern();

    [GeneratedRegex(@"^(?:<#?(?<id>[CG][A-Z0-9]{2,})(?:\|[^>]*)?>|#?(?<id>[CG][A-Z0-9]{2,}))$", RegexOptions.CultureInvariant)]
    private static partial Regex ChannelPattern();
}
