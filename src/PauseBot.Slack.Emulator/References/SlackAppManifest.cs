namespace PauseBot.Slack.Emulator;

/// <summary>
/// The bot scopes PauseBot's Slack app manifests request (<c>manifests/slack-app.yaml</c> and
/// <c>manifests/slack-app.socket-mode.yaml</c>, embedded in the emulator): what a workspace grants the bot token after
/// installing the app from that manifest, and so what the emulator grants by default.
/// </summary>
public sealed class SlackAppManifest
{
    private static readonly Lazy<SlackAppManifest> LazyHttp = new(() => Load("slack-app.yaml"));
    private static readonly Lazy<SlackAppManifest> LazySocketMode = new(() => Load("slack-app.socket-mode.yaml"));

    private SlackAppManifest(string file, IReadOnlySet<string> botScopes) => (File, BotScopes) = (file, botScopes);

    /// <summary>The HTTP manifest, <c>manifests/slack-app.yaml</c>.</summary>
    public static SlackAppManifest Http => LazyHttp.Value;

    /// <summary>The Socket Mode manifest, <c>manifests/slack-app.socket-mode.yaml</c>.</summary>
    public static SlackAppManifest SocketMode => LazySocketMode.Value;

    /// <summary>The manifest's file name under <c>manifests/</c>.</summary>
    public string File { get; }

    /// <summary><c>oauth_config.scopes.bot</c>.</summary>
    public IReadOnlySet<string> BotScopes { get; }

    private static SlackAppManifest Load(string file)
    {
        using var stream = typeof(SlackAppManifest).Assembly.GetManifestResourceStream("manifests/" + file)
            ?? throw new InvalidOperationException($"manifests/{file} is not embedded in the emulator.");
        using var reader = new StreamReader(stream);
        return new SlackAppManifest(file, ReadBotScopes(reader.ReadToEnd(), file));
    }

    /// <summary>
    /// Reads <c>oauth_config.scopes.bot</c> from a manifest in block style (as ours are): the <c>- scope</c> items under the
    /// <c>bot:</c> key nested in <c>scopes:</c> in <c>oauth_config:</c>, comments ignored. A test compares the result with a
    /// full YAML parser's.
    /// </summary>
    internal static IReadOnlySet<string> ReadBotScopes(string yaml, string file)
    {
        string[] wanted = ["oauth_config", "scopes", "bot"];
        var path = new List<(string Key, int Indent)>();
        var scopes = new HashSet<string>(StringComparer.Ordinal);
        bool InBot() => path.Select(p => p.Key).SequenceEqual(wanted);
        foreach (var raw in yaml.Split('\n'))
        {
            var line = StripComment(raw).TrimEnd();
            var content = line.Trim();
            if (content.Length == 0) continue;
            var indent = line.Length - line.TrimStart().Length;
            if (content.StartsWith("- ", StringComparison.Ordinal))
            {
                if (InBot()) scopes.Add(Unquote(content[2..]));
                continue;
            }
            var colon = content.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) continue;
            while (path.Count > 0 && path[^1].Indent >= indent) path.RemoveAt(path.Count - 1);
            path.Add((content[..colon].Trim(), indent));
            if (InBot() && content[(colon + 1)..].Trim() is ['[', .. var inline, ']'])
                foreach (var scope in inline.Split(',', StringSplitOptions.RemoveEmptyEntries)) scopes.Add(Unquote(scope));
        }

        return scopes.Count > 0 ? scopes : throw new InvalidOperationException($"manifests/{file} declares no oauth_config.scopes.bot.");
    }

    private static string Unquote(string value) => value.Trim().Trim('"', '\'');

    private static string StripComment(string line)
    {
        var hash = line.IndexOf(" #", StringComparison.Ordinal);
        return line.TrimStart().StartsWith('#') ? "" : hash >= 0 ? line[..hash] : line;
    }
}
