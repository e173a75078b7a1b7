namespace PauseBot.Core.Questions;

/// <summary>
/// The hand-written scored rules over normalised, stemmed and fuzzily matched cues. On its own it fits the phrasings
/// it was tuned on; <see cref="IntentClassifier"/> uses its cues and its pick as strong signals for the trained model.
/// </summary>
internal static class RuleClassifier
{
    private const int IntentCount = (int)Intent.NotifyMe + 1;

    /// <summary>The rules' best intent (Unknown below <see cref="IntentRules.Threshold"/>) and a heuristic confidence.</summary>
    public static (Intent Intent, double Confidence) Classify(Concept cues)
    {
        Span<double> scores = stackalloc double[IntentCount];
        foreach (var rule in IntentRules.All)
        {
            if (rule.Matches(cues))
            {
                scores[(int)rule.Intent] += rule.Weight;
            }
        }

        var best = Intent.Unknown;
        var bestScore = 0.0;
        var second = 0.0;
        for (var i = 1; i < IntentCount; i++)
        {
            if (scores[i] > bestScore)
            {
                second = bestScore;
                bestScore = scores[i];
                best = (Intent)i;
            }
            else if (scores[i] > second)
            {
                second = scores[i];
            }
        }

        return bestScore < IntentRules.Threshold
            ? (Intent.Unknown, 1.0 - (bestScore / (2 * IntentRules.Threshold)))
            : (best, bestScore / (bestScore + second + 1.0));
    }

    /// <summary>Debug aid: the cues found in a message.</summary>
    internal static string DescribeCues(string text)
    {
        var tokens = new List<string>();
        TextNormalizer.Tokenize(text, tokens);
        return Lexicon.Shared.Extract(tokens).ToString();
    }
}
