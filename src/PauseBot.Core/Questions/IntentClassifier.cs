namespace PauseBot.Core.Questions;

/// <summary>
/// Classifies a contractor's Slack message into exactly one <see cref="Intent"/> with a scored rule set over
/// normalised, stemmed and fuzzily matched cues. Deterministic, no I/O; construct once and share (thread-safe).
/// </summary>
public sealed class IntentClassifier
{
    private const int IntentCount = (int)Intent.NotifyMe + 1;

    private readonly Lexicon lexicon = Lexicon.Shared;
    private readonly IntentRule[] rules = IntentRules.All;

    public Classification Classify(string text)
    {
        var tokens = new List<string>(16);
        TextNormalizer.Tokenize(text, tokens);
        var cues = lexicon.Extract(tokens);

        Span<double> scores = stackalloc double[IntentCount];
        foreach (var rule in rules)
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

        if (bestScore < IntentRules.Threshold)
        {
            // Confident it is Unknown when nothing scored; less so when something came close.
            return new Classification(Intent.Unknown, 1.0 - (bestScore / (2 * IntentRules.Threshold)), tokens);
        }

        return new Classification(best, bestScore / (bestScore + second + 1.0), tokens);
    }

    /// <summary>Debug aid: the cues found in a message.</summary>
    internal static string DescribeCues(string text)
    {
        var tokens = new List<string>();
        TextNormalizer.Tokenize(text, tokens);
        return Lexicon.Shared.Extract(tokens).ToString();
    }
}
