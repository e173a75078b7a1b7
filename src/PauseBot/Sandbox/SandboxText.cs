using System.Text.RegularExpressions;
using PauseBot.Slack.Emulator;

namespace PauseBot.Sandbox;

/// <summary>
/// What Slack's client does to typed text before the app sees it: <c>&amp; &lt; &gt;</c> escaped, <c>@name</c> and
/// <c>#channel</c> turned into <c>&lt;@U…&gt;</c> / <c>&lt;#C…|name&gt;</c> references (slash commands get the
/// <c>|name</c> form too, as with the manifest's <c>should_escape: true</c>).
/// </summary>
public static partial class SandboxText
{
    public static string ForMessage(string typed, EmulatedWorkspace ws) => Convert(typed, ws, withNames: false);

    public static string ForCommand(string typed, EmulatedWorkspace ws) => Convert(typed, ws, withNames: true);

    private static string Convert(string typed, EmulatedWorkspace ws, bool withNames)
    {
        var escaped = typed.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
        var users = ws.Users;
        escaped = UserMention().Replace(escaped, m =>
            users.FirstOrDefault(u => Same(u.Name, m.Groups["name"].Value) || Same(u.RealName, m.Groups["name"].Value)) is { } user
                ? withNames ? $"<@{user.Id}|{user.Name}>" : $"<@{user.Id}>"
                : m.Value);
        return ChannelMention().Replace(escaped, m =>
            ws.FindChannelByName(m.Groups["name"].Value) is { IsIm: false } channel ? $"<#{channel.Id}|{channel.Name}>" : m.Value);
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<![\w@])@(?<name>[A-Za-z0-9][A-Za-z0-9_-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex UserMention();

    [GeneratedRegex(@"(?<![\w&#])#(?<name>[a-z0-9][a-z0-9_-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex ChannelMention();
}
