namespace PauseBot.Core.Questions;

/// <summary>
/// Turns a raw Slack message into lowercase word tokens: drops Slack markup (&lt;@U123&gt;, &lt;#C1|x&gt;, links),
/// :emoji: shortcodes, unicode emoji and punctuation; expands contractions (it's → it is, don't → do not)
/// and chat slang (r → are, hrs → hours, y → why, tmrw → tomorrow, …); splits "8hrs" into "8", "hours".
/// </summary>
public static class TextNormalizer
{
    private const int MaxWord = 48;

    public static IReadOnlyList<string> Tokenize(string text)
    {
        var tokens = new List<string>(16);
        Tokenize(text, tokens);
        return tokens;
    }

    internal static void Tokenize(string? text, List<string> output)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        Span<char> word = stackalloc char[MaxWord];
        var len = 0;
        var s = text.AsSpan();
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsLetterOrDigit(c))
            {
                if (len < MaxWord)
                {
                    word[len++] = char.ToLowerInvariant(c);
                }

                continue;
            }

            if (IsApostrophe(c) && len > 0 && i + 1 < s.Length && char.IsLetter(s[i + 1]))
            {
                if (len < MaxWord)
                {
                    word[len++] = '\'';
                }

                continue;
            }

            WordExpander.Expand(word[..len], output);
            len = 0;
            if (c == '<' && s[i..].IndexOf('>') is var close and > 0)
            {
                i += close; // Slack markup: <@U123>, <#C1|name>, <https://…|label>, <!here>
            }
            else if (c == ':' && ShortcodeLength(s[(i + 1)..]) is var sc and > 0)
            {
                i += sc + 1; // :thumbsup: / :skin-tone-2:
            }
        }

        WordExpander.Expand(word[..len], output);
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`';

    /// <summary>Length of "name:" when <paramref name="s"/> starts an emoji shortcode, else 0.</summary>
    private static int ShortcodeLength(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length && i <= 40; i++)
        {
            var c = s[i];
            if (c == ':')
            {
                return i > 0 ? i + 1 : 0;
            }

            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '-' or '+'))
            {
                return 0;
            }
        }

        return 0;
    }
}
