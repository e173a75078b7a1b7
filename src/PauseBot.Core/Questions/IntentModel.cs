using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace PauseBot.Core.Questions;

/// <summary>
/// A multinomial logistic regression (ML.NET L-BFGS maximum entropy) over word 1–2-grams and character 4-grams of the
/// normalised message, plus the lexicon's cues and the rules' pick as features. Fitted in-process from the labelled
/// training rows (seeded, single-threaded, so the same data gives the same model); nothing is downloaded.
/// Prediction engines are pooled, so <see cref="Predict"/> is thread-safe.
/// </summary>
internal sealed class IntentModel
{
    private const int IntentCount = (int)Intent.NotifyMe + 1;
    private const int CueBits = 47;
    internal const int SignalCount = CueBits + IntentCount;

    private readonly MLContext ml;
    private readonly ITransformer transformer;
    private readonly int[] slotToIntent;
    private readonly ConcurrentBag<PredictionEngine<ModelInput, ModelOutput>> engines = [];

    private IntentModel(MLContext ml, ITransformer transformer, int[] slotToIntent)
    {
        this.ml = ml;
        this.transformer = transformer;
        this.slotToIntent = slotToIntent;
    }

    public static IntentModel Train(IEnumerable<(Intent Intent, string Text)> rows)
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => Input(r.Text, IntentNames.ToSnakeCase(r.Intent))).ToList());
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
            .Append(ml.Transforms.Concatenate("Features", "TextFeatures", nameof(ModelInput.Signals)))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                L1Regularization = 0f,
                L2Regularization = 0.01f,
                NumberOfThreads = 1,
                OptimizationTolerance = 1e-4f, // fit in about a second on a quiet machine; the default 1e-7 took 4× longer for the same accuracy
            }));
        var transformer = pipeline.Fit(data);

        var names = default(VBuffer<ReadOnlyMemory<char>>);
        transformer.GetOutputSchema(data.Schema)["Score"].GetSlotNames(ref names);
        var slots = names.DenseValues().Select(n => IntentNames.TryParse(n.ToString(), out var i) ? (int)i : 0).ToArray();
        return new IntentModel(ml, transformer, slots);
    }

    /// <summary>Writes a probability per <see cref="Intent"/> (indexed by its value) into <paramref name="probabilities"/>.</summary>
    public void Predict(string normalized, ReadOnlySpan<float> signals, Span<float> probabilities)
    {
        var engine = engines.TryTake(out var pooled) ? pooled : ml.Model.CreatePredictionEngine<ModelInput, ModelOutput>(transformer);
        try
        {
            var score = engine.Predict(new ModelInput { Text = normalized, Signals = signals.ToArray() }).Score;
            probabilities.Clear();
            for (var i = 0; i < score.Length && i < slotToIntent.Length; i++)
            {
                probabilities[slotToIntent[i]] = score[i];
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

    private static ModelInput Input(string text, string label)
    {
        var tokens = new List<string>(16);
        TextNormalizer.Tokenize(text, tokens);
        var cues = Lexicon.Shared.Extract(tokens);
        return new ModelInput { Label = label, Text = string.Join(' ', tokens), Signals = Signals(cues, RuleClassifier.Classify(cues).Intent) };
    }

    private sealed class ModelInput
    {
        public string Label { get; set; } = "";

        public string Text { get; set; } = "";

        [VectorType(SignalCount)]
        public float[] Signals { get; set; } = [];
    }

    private sealed class ModelOutput
    {
        public float[] Score { get; set; } = [];
    }
}
