namespace PauseBot.Core.Questions;

/// <summary>
/// Classifies a contractor's Slack message into one <see cref="Intent"/>: text normalisation and the lexicon's cues
/// (slang, stems, fuzzy matching) and the scored rules feed a trained linear model (<see cref="IntentModel"/>) whose
/// probability is the confidence. Below <see cref="Threshold"/> it does not guess: the intent is
/// <see cref="Intent.Unknown"/> and the best guess is kept in <see cref="Classification.Guess"/>. A message with two
/// questions reports the second one's intent in <see cref="Classification.Also"/>.
/// The model is fitted ahead of time (scripts/fit-intent-model.sh) and shipped in this assembly; it is loaded once per
/// process, on the first question (<see cref="Classify"/> waits for it; <see cref="ClassifyIfReady"/> answers from the
/// rules meanwhile), never at construction, so hosts that never classify never pay for it. Thread-safe; register as a
/// singleton.
/// </summary>
public sealed class IntentClassifier
{
    /// <summary>
    /// Minimum model probability to answer an intent. Chosen on out-of-fold predictions over the training writers
    /// (grouped 5-fold by writer), never on the held-out or validation sets.
    /// </summary>
    public const double Threshold = 0.9;

    private const int IntentCount = (int)Intent.NotifyMe + 1;
    private static readonly Lazy<IntentModel> SharedModel = new(IntentModel.LoadShipped);

    private readonly Lazy<IntentModel> model;
    private int fitting;

    public IntentClassifier() => model = SharedModel;

    internal IntentClassifier(IntentModel model) => this.model = new Lazy<IntentModel>(model);

    /// <summary>Whether the model is loaded; until then <see cref="ClassifyIfReady"/> answers from the rules alone.</summary>
    public bool IsReady => model.IsValueCreated;

    /// <summary>Loads the shipped model now (once per process, well under a second on a quiet machine), e.g. on a background thread.</summary>
    public void WarmUp() => _ = model.Value;

    public Classification Classify(string text)
    {
        var tokens = new List<string>(16);
        TextNormalizer.Tokenize(text, tokens);
        if (tokens.Count == 0)
        {
            return new Classification(Intent.Unknown, 1.0, tokens);
        }

        var (guess, confidence) = Predict(tokens);
        if (confidence >= Threshold)
        {
            return new Classification(guess, confidence, tokens) { Guess = guess, Also = guess == Intent.Unknown ? null : SecondQuestion(text, guess) };
        }

        // Unsure about the whole: two questions in one message often are; answer the parts that are clear.
        var parts = ConfidentParts(text);
        return parts.Count > 0
            ? new Classification(parts[0].Intent, parts[0].Probability, tokens) { Guess = parts[0].Intent, Also = parts.Count > 1 ? parts[1].Intent : null }
            : new Classification(Intent.Unknown, confidence, tokens) { Guess = guess };
    }

    /// <summary>
    /// For paths that must not wait for the model (acks, live questions): the model once it is loaded; until then the
    /// rules alone, while the model is loaded on a background thread (started by the first such call).
    /// </summary>
    public Classification ClassifyIfReady(string text)
    {
        if (IsReady)
        {
            return Classify(text);
        }

        if (Interlocked.Exchange(ref fitting, 1) == 0)
        {
            _ = Task.Run(WarmUp);
        }

        var tokens = new List<string>(16);
        TextNormalizer.Tokenize(text, tokens);
        var (intent, confidence) = RuleClassifier.Classify(Lexicon.Shared.Extract(tokens));
        return new Classification(intent, confidence, tokens) { Guess = intent };
    }

    private (Intent Intent, double Probability) Predict(IReadOnlyList<string> tokens)
    {
        var cues = Lexicon.Shared.Extract(tokens);
        Span<float> p = stackalloc float[IntentCount];
        model.Value.Predict(tokens, IntentModel.Signals(cues, RuleClassifier.Classify(cues).Intent), p);
        var best = 0;
        for (var i = 1; i < IntentCount; i++)
        {
            if (p[i] > p[best])
            {
                best = i;
            }
        }

        return ((Intent)best, p[best]);
    }

    /// <summary>The intent of another question in the same message ("can I log hours? what should I do?"), if confident.</summary>
    private Intent? SecondQuestion(string text, Intent first) =>
        ConfidentParts(text).Select(p => p.Intent).FirstOrDefault(i => i != first) is var other && other != Intent.Unknown ? other : null;

    /// <summary>Distinct known intents of the message's parts that are confident on their own, in order.</summary>
    private List<(Intent Intent, double Probability)> ConfidentParts(string text)
    {
        var found = new List<(Intent, double)>(2);
        foreach (var part in QuestionParts.Split(text))
        {
            var tokens = new List<string>(16);
            TextNormalizer.Tokenize(part, tokens);
            if (tokens.Count < QuestionParts.MinTokens)
            {
                continue;
            }

            var (intent, p) = Predict(tokens);
            if (intent != Intent.Unknown && p >= Threshold && !found.Exists(f => f.Item1 == intent))
            {
                found.Add((intent, p));
            }
        }

        return found;
    }
}
