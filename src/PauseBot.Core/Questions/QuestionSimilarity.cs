namespace PauseBot.Core.Questions;

/// <summary>
/// Similarity of two questions in 0..1: Dice coefficient over sets of content keys. A key is the word's cue set
/// (so synonyms such as "paused"/"on hold"/"suspended" or "hrs"/"time" coincide, typos included via fuzzy
/// matching) or, for words outside the lexicon, its stem; function words are ignored. Halved when the two
/// questions classify to different known intents, so an FAQ entry only matches questions about the same thing.
/// Recommended FAQ match threshold: <see cref="RecommendedThreshold"/>.
/// </summary>
public static class QuestionSimilarity
{
    /// <summary>Score at or above which a question is treated as the same question as an FAQ entry.</summary>
    public const double RecommendedThreshold = 0.6;

    /// <summary>Applied when both questions classify to different known intents ("when" vs "tell me when").</summary>
    private const double DifferentIntentFactor = 0.5;
    private const int MaxKeys = 64;
    private const Concept Ignored = Concept.Permission | Concept.Do | Concept.FirstAux | Concept.LastOn;

    public static double Score(string a, string b)
    {
        Span<ulong> left = stackalloc ulong[MaxKeys];
        Span<ulong> right = stackalloc ulong[MaxKeys];
        var l = Keys(a, left);
        var r = Keys(b, right);
        if (l == 0 || r == 0)
        {
            return l == r && string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase) ? 1.0 : 0.0;
        }

        int i = 0, j = 0, common = 0;
        while (i < l && j < r)
        {
            if (left[i] == right[j])
            {
                common++;
                i++;
                j++;
            }
            else if (left[i] < right[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        var dice = 2.0 * common / (l + r);
        var intentA = RuleIntent(a);
        var intentB = RuleIntent(b);
        return intentA != intentB && intentA != Intent.Unknown && intentB != Intent.Unknown ? dice * DifferentIntentFactor : dice;
    }

    /// <summary>The rules' intent: cheap, and enough to tell "when" from "tell me when".</summary>
    private static Intent RuleIntent(string text)
    {
        var tokens = new List<string>(16);
        TextNormalizer.Tokenize(text, tokens);
        return RuleClassifier.Classify(Lexicon.Shared.Extract(tokens)).Intent;
    }

    /// <summary>Sorted, de-duplicated content keys of <paramref name="text"/>; returns how many.</summary>
    private static int Keys(string? text, Span<ulong> keys)
    {
        var tokens = new List<string>(16);
        TextNormalizer.Tokenize(text, tokens);
        var lexicon = Lexicon.Shared;
        Span<char> buffer = stackalloc char[Stemmer.MaxLength];
        var n = 0;
        for (var i = 0; i < tokens.Count && n < keys.Length;)
        {
            var token = tokens[i];
            var span = lexicon.Next(tokens, i, out var cues);
            i += span;
            cues &= ~Ignored;
            if (cues != Concept.None)
            {
                keys[n++] = (ulong)cues;
            }
            else if (span == 1 && !StopWords.Contains(token))
            {
                var stem = buffer[..Stemmer.Stem(token, buffer)];
                keys[n++] = (uint)string.GetHashCode(stem, StringComparison.Ordinal) | (1UL << 63); // bit 63: not a cue
            }
        }

        keys[..n].Sort();
        var unique = 0;
        for (var k = 0; k < n; k++)
        {
            if (unique == 0 || keys[unique - 1] != keys[k])
            {
                keys[unique++] = keys[k];
            }
        }

        return unique;
    }
}
