using System.Globalization;

namespace PauseBot.Features.Shared.Text;

/// <summary>
/// Tokenises slash-command text (what follows <c>/pause</c>, <c>/resume</c>, <c>/pausebot</c>) — see
/// <see cref="CommandTokenizer"/> for quoting — and separates flags from positionals.
/// <list type="bullet">
/// <item>Flags may appear anywhere: <c>--name value</c> or <c>--name=value</c>; names are case-insensitive.</item>
/// <item>Text/Int flags take ONE token (or one quoted string). Time flags take the longest run of up to 3
/// following unquoted, non-flag tokens that looks like a time (3, then 2, then 1); if none does, 1 token, and
/// the caller reports the error when it parses the value with <see cref="TimeExpression.Parse"/>.</item>
/// <item>Boolean flags take no following token.</item>
/// <item>Unknown <c>--flag</c>, a repeated flag, or a missing value is an error value. <c>--</c> followed by a
/// non-letter (e.g. a bare <c>--</c>) and anything inside quotes are ordinary text.</item>
/// <item>Slack/macOS may autocorrect <c>--at</c> into <c>—at</c>: an em/en dash + KNOWN flag name counts as
/// that flag; otherwise the token is text.</item>
/// </list>
/// </summary>
public static class CommandText
{
    private const int MaxTimeTokens = 3;

    public static ParsedCommand Parse(string? text, params IEnumerable<FlagSpec> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var specs = flags.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
        var tokens = CommandTokenizer.Tokenize(text ?? "", out var tokenError);
        if (tokens is null) return ParsedCommand.Fail(tokenError!);

        var positionals = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsFlag(tokens[i], specs, out var name, out var inline))
            {
                positionals.Add(tokens[i].Text);
                continue;
            }

            if (!specs.TryGetValue(name, out var spec)) return ParsedCommand.Fail(Unknown(name, specs));
            if (values.ContainsKey(spec.Name))
                return ParsedCommand.Fail($"You gave `--{spec.Name}` more than once — please give it once.");

            var (value, used, error) = ReadValue(spec, inline, tokens, i + 1, specs);
            if (error is not null) return ParsedCommand.Fail(error);
            values[spec.Name] = value;
            i += used;
        }

        return ParsedCommand.Ok(positionals, values);
    }

    private static bool IsFlag(CommandToken token, Dictionary<string, FlagSpec> specs, out string name, out string? inline)
    {
        (name, inline) = ("", null);
        var t = token.Text;
        if (token.Quoted) return false;
        string body;
        if (t.Length > 2 && t.StartsWith("--", StringComparison.Ordinal) && char.IsAsciiLetter(t[2])) body = t[2..];
        else if (t.Length > 1 && t[0] is '\u2014' or '\u2013' && char.IsAsciiLetter(t[1])) body = t[1..];
        else return false;

        var eq = body.IndexOf('=', StringComparison.Ordinal);
        (name, inline) = eq < 0 ? (body, null) : (body[..eq], body[(eq + 1)..]);
        return t[0] == '-' || specs.ContainsKey(name);
    }

    private static (string Value, int Used, string? Error) ReadValue(
        FlagSpec spec, string? inline, List<CommandToken> tokens, int next, Dictionary<string, FlagSpec> specs)
    {
        if (spec.Kind == FlagKind.Boolean)
        {
            return inline?.ToLowerInvariant() switch
            {
                null or "true" or "yes" or "on" or "1" => ("true", 0, null),
                "false" or "no" or "off" or "0" => ("false", 0, null),
                _ => ("", 0, $"`--{spec.Name}` is an on/off flag — use `--{spec.Name}` on its own, or `--{spec.Name}=false`."),
            };
        }

        // Unquoted, non-flag tokens that may continue a value.
        var run = 0;
        while (next + run < tokens.Count && !tokens[next + run].Quoted
               && !IsFlag(tokens[next + run], specs, out _, out _)) run++;

        string value;
        var used = 0;
        if (inline is not null)
        {
            if (inline.Length == 0) return ("", 0, NeedsValue(spec));
            value = inline;
            if (spec.Kind == FlagKind.Time) (value, used) = LongestTime([inline], tokens, next, Math.Min(run, MaxTimeTokens - 1));
        }
        else if (next >= tokens.Count || (run == 0 && !tokens[next].Quoted))
        {
            return ("", 0, NeedsValue(spec));
        }
        else if (spec.Kind == FlagKind.Time && run > 0)
        {
            (value, used) = LongestTime([], tokens, next, Math.Min(run, MaxTimeTokens));
            if (used == 0) (value, used) = (tokens[next].Text, 1);
        }
        else
        {
            (value, used) = (tokens[next].Text, 1);
        }

        if (spec.Kind == FlagKind.Int && !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            return ("", 0, $"`--{spec.Name}` needs a whole number, e.g. `--{spec.Name} 3` (got `{value}`).");
        return (value, used, null);
    }

    /// <summary>Longest <paramref name="prefix"/> + up to <paramref name="max"/> tokens that looks like a time.
    /// Returns the prefix alone (Used = 0) when no extension does.</summary>
    private static (string Value, int Used) LongestTime(string[] prefix, List<CommandToken> tokens, int next, int max)
    {
        for (var n = max; n >= 0; n--)
        {
            var words = prefix.Concat(tokens.Skip(next).Take(n).Select(t => t.Text)).ToArray();
            if (words.Length > 0 && TimeExpression.Recognizes(string.Join(' ', words))) return (string.Join(' ', words), n);
        }

        return (string.Join(' ', prefix), 0);
    }

    private static string NeedsValue(FlagSpec spec) => spec.Kind switch
    {
        FlagKind.Time => $"`--{spec.Name}` needs a time, e.g. `--{spec.Name} tomorrow 09:00` or `--{spec.Name} in 2h`.",
        FlagKind.Int => $"`--{spec.Name}` needs a whole number, e.g. `--{spec.Name} 3`.",
        _ => $"`--{spec.Name}` needs a value, e.g. `--{spec.Name} \"some text\"`.",
    };

    private static string Unknown(string name, Dictionary<string, FlagSpec> specs)
    {
        var known = specs.Count == 0
            ? "This command doesn't take any flags."
            : "Known flags: " + string.Join(", ", specs.Keys.Order(StringComparer.Ordinal).Select(k => $"`--{k}`")) + ".";
        return $"I don't know the flag `--{name}`. {known} If `--{name}` is part of your text, put that text in quotes.";
    }
}
