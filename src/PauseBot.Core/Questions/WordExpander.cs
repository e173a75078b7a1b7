namespace PauseBot.Core.Questions;

/// <summary>
/// Emits the tokens for one scanned word: expands contractions (don't → do not, it's → it is), slang
/// (<see cref="SlangTable"/>) and splits letter/digit runs ("8hrs" → "8" "hours").
/// </summary>
internal static class WordExpander
{
    /// <summary>Adds the tokens for <paramref name="word"/> (lowercase; may contain one apostrophe).</summary>
    public static void Expand(ReadOnlySpan<char> word, List<string> output)
    {
        if (word.IsEmpty)
        {
            return;
        }

        var apostrophe = word.IndexOf('\'');
        if (apostrophe < 0)
        {
            Emit(word, output);
            return;
        }

        var stem = word[..apostrophe];
        var suffix = word[(apostrophe + 1)..];
        if (suffix.IndexOf('\'') is var next and >= 0)
        {
            suffix = suffix[..next];
        }

        if (suffix is "t" && stem.Length > 1 && stem[^1] == 'n')
        {
            Emit(SlangTable.NegativeRoot(stem[..^1]), output);
            output.Add("not");
        }
        else if (SlangTable.ContractionSuffix(suffix) is { } expansion)
        {
            Emit(stem, output);
            output.Add(expansion);
        }
        else
        {
            Span<char> joined = stackalloc char[word.Length];
            stem.CopyTo(joined);
            suffix.CopyTo(joined[stem.Length..]);
            Emit(joined[..(stem.Length + suffix.Length)], output);
        }
    }

    private static void Emit(ReadOnlySpan<char> word, List<string> output)
    {
        if (word.IsEmpty)
        {
            return;
        }

        if (SlangTable.TryExpand(word, out var expansion))
        {
            output.AddRange(expansion);
            return;
        }

        // Split letter/digit runs: "8hrs" → "8" "hours", "6h" → "6" "hours".
        var start = 0;
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsDigit(word[i]) != char.IsDigit(word[i - 1]))
            {
                EmitRun(word[start..i], output);
                start = i;
            }
        }

        if (start == 0)
        {
            output.Add(new string(word));
        }
        else
        {
            EmitRun(word[start..], output);
        }
    }

    private static void EmitRun(ReadOnlySpan<char> run, List<string> output)
    {
        if (SlangTable.TryExpand(run, out var expansion))
        {
            output.AddRange(expansion);
        }
        else
        {
            output.Add(new string(run));
        }
    }
}
