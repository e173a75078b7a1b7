namespace PauseBot.Slack.Blocks;

/// <summary>
/// Slack <c>mrkdwn</c> helpers. Slack treats only <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as control characters
/// (https://docs.slack.dev/messaging/formatting-message-text#escaping); everything else is sent as is.
/// </summary>
public static class Mrkdwn
{
    /// <summary>Escapes user text so it can't mention, link or break formatting: <c>&amp;</c> first, then <c>&lt;</c>, <c>&gt;</c>.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>
    /// <see cref="Escape(string)"/>, then shortened to at most <paramref name="maxLength"/> characters as sent (ending in "…"
    /// when cut, never inside an <c>&amp;…;</c> escape or a surrogate pair): a quote of user text that fits its block however
    /// many <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> it holds.
    /// </summary>
    public static string Escape(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var escaped = Escape(text);
        if (escaped.Length <= maxLength) return escaped;
        var cut = maxLength - 1;
        var amp = cut == 0 ? -1 : escaped.LastIndexOf('&', cut - 1, Math.Min(cut, 5));
        if (amp >= 0 && escaped.IndexOf(';', amp) >= cut) cut = amp; // "&amp;" straddles the cut: drop all of it
        if (cut > 0 && char.IsHighSurrogate(escaped[cut - 1])) cut--;
        return string.Concat(escaped.AsSpan(0, cut), "…");
    }

    /// <summary>Decodes inbound Slack text (events, commands): the reverse of <see cref="Escape"/>, <c>&amp;</c> last.</summary>
    public static string Unescape(string text) =>
        text.Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);

    /// <summary><c>*text*</c>; the text is escaped.</summary>
    public static string Bold(string text) => $"*{Escape(text)}*";

    /// <summary><c>&lt;url|label&gt;</c>; the label is escaped and may not contain <c>|</c>.</summary>
    public static string Link(string url, string label) =>
        $"<{Escape(url)}|{Escape(label).Replace("|", "¦", StringComparison.Ordinal)}>";

    /// <summary>A user mention, <c>&lt;@U123&gt;</c>.</summary>
    public static string User(string userId) => $"<@{userId}>";

    /// <summary>A channel link, <c>&lt;#C123&gt;</c>.</summary>
    public static string Channel(string channelId) => $"<#{channelId}>";
}
