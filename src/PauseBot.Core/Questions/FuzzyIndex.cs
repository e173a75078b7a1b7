namespace PauseBot.Core.Questions;

/// <summary>
/// Nearest lexicon stem within OSA distance 1 (2 for stems of 8+ chars). Candidates must share the first
/// letter (or have the first two swapped) and a similar length, which keeps the scan to a handful of keys.
/// </summary>
internal sealed class FuzzyIndex(IReadOnlyDictionary<string, Concept> stems)
{
    private readonly (string Stem, Concept Concept)[] keys =
        stems.Where(kv => kv.Key.Length >= 4).Select(kv => (kv.Key, kv.Value)).ToArray();

    public Concept Nearest(ReadOnlySpan<char> stem)
    {
        if (stem.Length < 4)
        {
            return Concept.None;
        }

        var max = stem.Length >= 8 ? 2 : 1;
        var best = max + 1;
        var found = Concept.None;
        foreach (var (key, concept) in keys)
        {
            if (Math.Abs(key.Length - stem.Length) > max
                || !(key[0] == stem[0] || (key[0] == stem[1] && key[1] == stem[0])))
            {
                continue;
            }

            var d = EditDistance.Bounded(stem, key, max);
            if (d < best)
            {
                best = d;
                found = concept;
            }
        }

        return found;
    }
}
