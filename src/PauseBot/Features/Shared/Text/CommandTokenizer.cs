using System.Text;

namespace PauseBot.Features.Shared.Text;

/// <summary>One token of command text. <see cref="Quoted"/> = it began inside quotes (so it is never a flag).</summary>
internal readonly record struct CommandToken(string Text, bool Quoted);

/// <summary>
/// Whitespace-separated tokens. <c>"</c>, <c>“</c>, <c>”</c>, <c>„</c> open/close a quoted group (any closes any,
/// since Slack clients mix them); a group may sit inside a token: <c>--reason="a b"</c>. Single quotes (‘ ’ ')
/// are ordinary characters (apostrophes). Slack references such as <c>&lt;#C123|my channel&gt;</c> are never split.
/// </summary>
internal static class CommandTokenizer
{
    private static readonly char[] Quotes = ['"', '\u201C', '\u201D', '\u201E', '\u201F'];

    public static List<CommandToken>? Tokenize(string text, out string? error)
    {
        error = null;
        var tokens = new List<CommandToken>();
        var current = new StringBuilder();
        bool inToken = false, quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (inToken) tokens.Add(new CommandToken(current.ToString(), quoted));
                (inToken, quoted) = (false, false);
                current.Clear();
                continue;
            }

            var end = i;
            if (Array.IndexOf(Quotes, c) >= 0)
            {
                end = text.IndexOfAny(Quotes, i + 1);
                if (end < 0)
                {
                    error = $"I found an opening quote with no closing one in `{Snippet(text, i)}`. Close the quote (or remove it) and try again.";
                    return null;
                }

                quoted |= !inToken;
                current.Append(text, i + 1, end - i - 1);
            }
            else if (c == '<' && SlackReferenceEnd(text, i) is int close)
            {
                end = close;
                current.Append(text, i, close - i + 1);
            }
            else
            {
                current.Append(c);
            }

            inToken = true;
            i = end;
        }

        if (inToken) tokens.Add(new CommandToken(current.ToString(), quoted));
        return tokens;
    }

    /// <summary>Index of the '>' closing a Slack reference starting at <paramref name="start"/>, if it is one.</summary>
    private static int? SlackReferenceEnd(string text, int start)
    {
        if (start + 1 >= text.Length || char.IsWhiteSpace(text[start + 1])) return null;
        var close = text.IndexOf('>', start + 1);
        var reopen = text.IndexOf('<', start + 1);
        return close > start + 1 && (reopen < 0 || reopen > close) ? close : null;
    }

    private static string Snippet(string text, int from)
    {
        var s = text[from..];
        return s.Length <= 30 ? s : s[..30] + "…";
    }
}
