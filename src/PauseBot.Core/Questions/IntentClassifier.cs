namespace PauseBot.Core.Questions;

/// <summary>
/// Classifies a contractor's Slack message into one <see cref="Intent"/>: text normalisation and the lexicon's cues
/// (slang, stems, fuzzy matching) and the scored rules feed a trained linear model (<see cref="IntentModel"/>) whose
/// probability is the confidence. Below the model's threshold it does not guess: the intent is
/// <see cref="Intent.Unknown"/> and the best guess is kept in <see cref="Classification.Guess"/>. A message with two
/// questions reports the second one's intent in <see cref="Classification.Also"/>.
/// <para>
/// Two models ship, fitted ahead of time (scripts/fit-intent-model.sh): the sentence model, which also reads the
/// message's sentence embedding from an <see cref="ISentenceEncoder"/> (given by the host; MiniLM), and the word model,
/// which needs no encoder. With an encoder the sentence model answers; the word model answers while the encoder loads,
/// without an encoder, or when it cannot load (the encoder factory returns null or throws). Each is loaded once per process,
/// on the first question (<see cref="Classify"/> waits for it; <see cref="ClassifyIfReady"/> answers from what is
/// loaded, the rules at first, while a background thread loads the rest), never at construction, so hosts that never
/// classify never pay for it. A message costs one encoder call (two when the sentence model is unsure of a message with
/// several parts: see <see cref="ClassifyWithSentences"/>). Thread-safe; register as a singleton.
/// </para>
/// </summary>
public sealed class IntentClassifier
{
    /// <summary>
    /// Minimum word-model probability to answer an intent. Chosen on out-of-fold predictions over the training writers
    /// (grouped 5-fold by writer), never on the held-out or validation sets.
    /// </summary>
    public const double Threshold = 0.9;

    /// <summary>
    /// Minimum sentence-model probability (its linear model's mixed with the nearest training rows' vote) to answer an
    /// intent; chosen the same way (max accuracy − 3 × confidently wrong).
    /// </summary>
    public const double SentenceThreshold = 0.7;

    /// <summary>At most this many parts of a message are classified on their own, the last ones (the questions usually follow the context).</summary>
    public const int MaxParts = 4;

    private const int IntentCount = (int)Intent.NotifyMe + 1;
    private static readonly Lazy<IntentModel> SharedWordModel = new(IntentModel.LoadShipped);
    private static readonly Lazy<IntentModel> SharedSentenceModel = new(IntentModel.LoadShippedSentenceModel);

    private readonly Lazy<IntentModel> wordModel;
    private readonly Lazy<Meaning?> meaning;
    private int warming;

    /// <summary>A classifier with the word model only (no sentence encoder).</summary>
    public IntentClassifier()
        : this(loadEncoder: null)
    {
    }

    /// <summary>
    /// A classifier that answers with the sentence model once <paramref name="loadEncoder"/> has given an encoder (called
    /// once, on the first question or <see cref="WarmUp"/>); when it returns null or throws, the word model answers.
    /// </summary>
    public IntentClassifier(Func<ISentenceEncoder?>? loadEncoder)
    {
        wordModel = SharedWordModel;
        meaning = new Lazy<Meaning?>(() => LoadMeaning(loadEncoder, SharedSentenceModel));
    }

    internal IntentClassifier(IntentModel wordModel, IntentModel? sentenceModel = null, ISentenceEncoder? encoder = null)
    {
        this.wordModel = new Lazy<IntentModel>(wordModel);
        meaning = new Lazy<Meaning?>(sentenceModel is null || encoder is null ? null : new Meaning(sentenceModel, encoder));
    }

    /// <summary>Whether a model is loaded; until then <see cref="ClassifyIfReady"/> answers from the rules alone.</summary>
    public bool IsReady => wordModel.IsValueCreated || UsesSentences;

    /// <summary>Whether the sentence encoder and the sentence model are loaded and answer (false without an encoder, or when it failed to load).</summary>
    public bool UsesSentences => meaning.IsValueCreated && meaning.Value is not null;

    /// <summary>
    /// Loads the word model, then the sentence encoder and model, now (once per process; well under a second each on a
    /// quiet machine), e.g. on a background thread.
    /// </summary>
    public void WarmUp()
    {
        _ = wordModel.Value;
        _ = meaning.Value;
    }

    public Classification Classify(string text) => meaning.Value is { } m ? ClassifyWithSentences(text, m) : ClassifyWithWords(text);

    /// <summary>
    /// For paths that must not wait for a model (acks, live questions): the sentence model once it is loaded, the word
    /// model before that (or without an encoder), the rules alone before any model is loaded; the first such call starts
    /// loading them on a background thread.
    /// </summary>
    public Classification ClassifyIfReady(string text)
    {
        if (UsesSentences)
        {
            return ClassifyWithSentences(text, meaning.Value!);
        }

        if (Interlocked.Exchange(ref warming, 1) == 0)
        {
            _ = Task.Run(WarmUp);
        }

        if (wordModel.IsValueCreated)
        {
            return ClassifyWithWords(text);
        }

        var tokens = Tokens(text);
        var (intent, confidence) = RuleClassifier.Classify(Lexicon.Shared.Extract(tokens));
        return new Classification(intent, confidence, tokens) { Guess = intent };
    }

    private static Meaning? LoadMeaning(Func<ISentenceEncoder?>? loadEncoder, Lazy<IntentModel> model)
    {
        try
        {
            if (loadEncoder?.Invoke() is not { } encoder)
            {
                return null;
            }

            // The first call pays the encoder's one-off costs (allocations, code paths) here, off any question's path.
            return encoder.Encode(["can i log hours"]) is [{ Length: IntentModel.SentenceDimensions }] ? new Meaning(model.Value, encoder) : null;
        }
#pragma warning disable CA1031 // an encoder that cannot load (say, no native ONNX Runtime) leaves the word model answering; the host logs why
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <summary>The word model on the message, and on its parts to find a second question or, when unsure, the question.</summary>
    private Classification ClassifyWithWords(string text)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0)
        {
            return new Classification(Intent.Unknown, 1.0, tokens);
        }

        var model = wordModel.Value;
        var (guess, confidence) = Predict(model, tokens, sentence: null);
        if (confidence >= Threshold)
        {
            return Confident(guess, confidence, tokens, text);
        }

        return FromParts(guess, confidence, tokens, ConfidentParts(model, Parts(text), sentences: null, Threshold));
    }

    /// <summary>
    /// The sentence model on the message (one encoder call). When it is sure, a second question is looked for in the
    /// message's parts by the word model (short, plain sentences, and no second encoder call); when it is unsure, the
    /// parts decide, each with its own embedding (one more call, a batch of at most <see cref="MaxParts"/>).
    /// </summary>
    private Classification ClassifyWithSentences(string text, Meaning meaning)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0)
        {
            return new Classification(Intent.Unknown, 1.0, tokens);
        }

        var (guess, confidence) = Predict(meaning.Model, tokens, meaning.Encoder.Encode([IntentModel.EncoderText(tokens)])[0]);
        if (confidence >= SentenceThreshold)
        {
            return Confident(guess, confidence, tokens, text);
        }

        var parts = Parts(text);
        var sentences = parts.Count == 0 ? [] : meaning.Encoder.Encode([.. parts.Select(IntentModel.EncoderText)]);
        return FromParts(guess, confidence, tokens, ConfidentParts(meaning.Model, parts, sentences, SentenceThreshold));
    }

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>(16);
        TextNormalizer.Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>A confident answer, with the intent of another question in the same message ("can i log hours? what should i do?") if the word model is confident of it.</summary>
    private Classification Confident(Intent guess, double confidence, List<string> tokens, string text)
    {
        var other = guess == Intent.Unknown
            ? Intent.Unknown
            : ConfidentParts(wordModel.Value, Parts(text), sentences: null, Threshold).Select(p => p.Intent).FirstOrDefault(i => i != guess);
        return new Classification(guess, confidence, tokens) { Guess = guess, Also = other == Intent.Unknown ? null : other };
    }

    /// <summary>Unsure about the whole: two questions in one message often are; answer the parts that are clear.</summary>
    private static Classification FromParts(Intent guess, double confidence, List<string> tokens, List<(Intent Intent, double Probability)> confident) =>
        confident.Count > 0
            ? new Classification(confident[0].Intent, confident[0].Probability, tokens) { Guess = confident[0].Intent, Also = confident.Count > 1 ? confident[1].Intent : null }
            : new Classification(Intent.Unknown, confidence, tokens) { Guess = guess };

    private static (Intent Intent, double Probability) Predict(IntentModel model, IReadOnlyList<string> tokens, float[]? sentence)
    {
        var cues = Lexicon.Shared.Extract(tokens);
        Span<float> p = stackalloc float[IntentCount];
        model.Predict(tokens, IntentModel.Signals(cues, RuleClassifier.Classify(cues).Intent), sentence, p);
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

    /// <summary>
    /// The normalised tokens of the message's parts long enough to stand alone, in order, the last <see cref="MaxParts"/>
    /// of them; none for a one-part message.
    /// </summary>
    private static List<List<string>> Parts(string text)
    {
        var parts = new List<List<string>>(2);
        foreach (var part in QuestionParts.Split(text))
        {
            var tokens = Tokens(part);
            if (tokens.Count >= QuestionParts.MinTokens)
            {
                parts.Add(tokens);
            }
        }

        if (parts.Count > MaxParts)
        {
            parts.RemoveRange(0, parts.Count - MaxParts);
        }

        return parts;
    }

    /// <summary>Distinct known intents of the message's parts that are confident on their own, in order.</summary>
    private static List<(Intent Intent, double Probability)> ConfidentParts(IntentModel model, List<List<string>> parts, IReadOnlyList<float[]>? sentences, double threshold)
    {
        var found = new List<(Intent, double)>(2);
        for (var i = 0; i < parts.Count; i++)
        {
            var (intent, p) = Predict(model, parts[i], sentences?[i]);
            if (intent != Intent.Unknown && p >= threshold && !found.Exists(f => f.Item1 == intent))
            {
                found.Add((intent, p));
            }
        }

        return found;
    }

    private sealed record Meaning(IntentModel Model, ISentenceEncoder Encoder);
}
