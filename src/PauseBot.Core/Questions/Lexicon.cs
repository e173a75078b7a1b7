namespace PauseBot.Core.Questions;

/// <summary>
/// Maps normalised tokens to <see cref="Concept"/> cues: phrases first (longest, consuming), then exact word,
/// then stem, then fuzzy stem (OSA distance ≤1, ≤2 for stems of 8+ chars). Immutable and thread-safe.
/// </summary>
internal sealed class Lexicon
{
    private const int MaxPhraseTokens = 4;
    private const int MaxPhraseChars = 64;

    private readonly Dictionary<string, Concept> exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Concept> stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Concept> phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Concept>.AlternateLookup<ReadOnlySpan<char>> stemLookup;
    private readonly Dictionary<string, Concept>.AlternateLookup<ReadOnlySpan<char>> phraseLookup;
    private readonly FuzzyIndex fuzzy;

    private Lexicon()
    {
        foreach (var (concept, words) in LexiconWords.Entries)
        {
            foreach (var entry in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var word = entry.TrimStart('=');
                exact[word] = exact.GetValueOrDefault(word) | concept;
                if (entry[0] != '=')
                {
                    var stem = StemOf(word);
                    stems[stem] = stems.GetValueOrDefault(stem) | concept;
                }
            }
        }

        foreach (var (concept, phrase) in LexiconPhrases.Entries)
        {
            phrases[phrase] = phrases.GetValueOrDefault(phrase) | concept;
        }

        stemLookup = stems.GetAlternateLookup<ReadOnlySpan<char>>();
        phraseLookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        fuzzy = new FuzzyIndex(stems);
    }

    public static Lexicon Shared { get; } = new();

    /// <summary>All cues in the message, including the positional FirstAux / LastOn cues.</summary>
    public Concept Extract(IReadOnlyList<string> tokens)
    {
        var mask = Concept.None;
        for (var i = 0; i < tokens.Count;)
        {
            i += Next(tokens, i, out var cues);
            mask |= cues;
        }

        return mask | PositionalCues.Of(tokens);
    }

    /// <summary>Cues of the phrase or word starting at <paramref name="start"/>; returns how many tokens it spans.</summary>
    public int Next(IReadOnlyList<string> tokens, int start, out Concept cues)
    {
        var consumed = MatchPhrase(tokens, start, out cues);
        if (consumed > 0)
        {
            return consumed;
        }

        cues = Word(tokens[start]);
        return 1;
    }

    /// <summary>Cues of a single word: exact form, else stem, else nearest stem within the fuzzy budget.</summary>
    public Concept Word(string token)
    {
        if (exact.TryGetValue(token, out var concept))
        {
            return concept;
        }

        Span<char> buffer = stackalloc char[Stemmer.MaxLength];
        var stem = buffer[..Stemmer.Stem(token, buffer)];
        if (stemLookup.TryGetValue(stem, out concept))
        {
            return concept;
        }

        return token.Length >= 5 && !StopWords.Contains(token) && char.IsLetter(token[0]) ? fuzzy.Nearest(stem) : Concept.None;
    }

    private int MatchPhrase(IReadOnlyList<string> tokens, int start, out Concept concept)
    {
        Span<char> buffer = stackalloc char[MaxPhraseChars];
        for (var n = Math.Min(MaxPhraseTokens, tokens.Count - start); n >= 2; n--)
        {
            var len = 0;
            var fits = true;
            for (var k = 0; k < n && fits; k++)
            {
                var t = tokens[start + k];
                fits = len + t.Length + 1 <= MaxPhraseChars;
                if (fits)
                {
                    if (k > 0)
                    {
                        buffer[len++] = ' ';
                    }

                    t.CopyTo(buffer[len..]);
                    len += t.Length;
                }
            }

            if (fits && phraseLookup.TryGetValue(buffer[..len], out concept))
            {
                return n;
            }
        }

        concept = Concept.None;
        return 0;
    }

    private static string StemOf(string word)
    {
        Span<char> buffer = stackalloc char[Stemmer.MaxLength];
        return new string(buffer[..Stemmer.Stem(word, buffer)]);
    }
}
