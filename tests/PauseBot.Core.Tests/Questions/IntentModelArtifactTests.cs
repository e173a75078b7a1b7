using PauseBot.Core.Questions;
using PauseBot.Encoder;

namespace PauseBot.Core.Tests.Questions;

/// <summary>
/// The intent model ships fitted (Questions/Data/intent-model.zip, written by scripts/fit-intent-model.sh) with the
/// fingerprint of what it was fitted from. It must match the training rows as the current normaliser, lexicon and rules
/// featurise them, or the process would answer with a model of other data.
/// </summary>
public sealed class IntentModelArtifactTests
{
    private static IReadOnlyList<(Intent Intent, string Text)> TrainRows()
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Questions", "Data", "train.tsv"));
        return [.. TrainingData.Parse(reader).Select(r => (r.Intent, r.Text))];
    }

    [Fact]
    public void Shipped_model_is_fitted_from_the_current_training_rows_and_featurizer()
    {
        Assert.True(IntentModel.Fingerprint(TrainRows()) == IntentModel.ShippedFingerprint(),
            "The shipped intent model is stale: train.tsv, the normaliser, the lexicon, the rules or IntentModel.FeaturizerVersion "
            + "changed since it was fitted. Run scripts/fit-intent-model.sh and commit src/PauseBot.Core/Questions/Data/intent-model.*.");
    }

    [Fact]
    public void Fingerprint_changes_with_a_label_a_message_or_their_order()
    {
        var rows = TrainRows();
        var fingerprint = IntentModel.Fingerprint(rows);

        var relabelled = rows.ToList();
        relabelled[0] = (relabelled[0].Intent == Intent.Unknown ? Intent.Status : Intent.Unknown, relabelled[0].Text);
        var reworded = rows.ToList();
        reworded[^1] = (reworded[^1].Intent, reworded[^1].Text + " pls");
        var reordered = rows.Reverse().ToList();

        Assert.Equal(fingerprint, IntentModel.Fingerprint(rows));
        Assert.NotEqual(fingerprint, IntentModel.Fingerprint(relabelled));
        Assert.NotEqual(fingerprint, IntentModel.Fingerprint(reworded));
        Assert.NotEqual(fingerprint, IntentModel.Fingerprint(reordered));
    }

    [Fact]
    public void Shipped_word_vectors_cover_the_training_vocabulary()
    {
        using var stream = typeof(IntentModel).Assembly.GetManifestResourceStream(IntentModel.WordsResource)!;
        var words = WordVectors.Load(stream);

        var vocabulary = TrainRows().SelectMany(r => TextNormalizer.Tokenize(r.Text)).Distinct(StringComparer.Ordinal).ToList();
        Assert.Equal(vocabulary.Count, words.Count);
        var meaning = new float[WordVectors.Dimensions];
        words.Embed(vocabulary.Take(5).ToList(), meaning);
        Assert.Equal(WordVectors.Weight, MathF.Sqrt(meaning.Sum(x => x * x)), 3);
    }

    [Fact]
    public void Shipped_neighbours_are_the_training_rows_in_order()
    {
        var neighbours = IntentModel.LoadShippedNeighbours();

        var rows = TrainRows();
        Assert.Equal(rows.Count, neighbours.Count);
        Assert.Equal(rows.Select(r => r.Intent), Enumerable.Range(0, neighbours.Count).Select(neighbours.Label));
    }

    [Fact]
    public void Neighbours_vote_for_the_intent_of_the_nearest_rows_and_round_trip()
    {
        static float[] Unit(params (int Index, float Value)[] entries)
        {
            var v = new float[IntentModel.SentenceDimensions];
            foreach (var (index, value) in entries)
            {
                v[index] = value;
            }

            var norm = MathF.Sqrt(v.Sum(x => x * x));
            return [.. v.Select(x => x / norm)];
        }

        var neighbours = SentenceNeighbours.Rounded(
            [Intent.ResumeEta, Intent.ResumeEta, Intent.Contact, Intent.Unknown],
            [Unit((0, 1f)), Unit((0, 1f), (1, 0.1f)), Unit((1, 1f)), Unit((2, 1f))]);
        using var file = new MemoryStream();
        neighbours.Save(file);
        file.Position = 0;
        var loaded = SentenceNeighbours.Load(file);

        var vote = new float[(int)Intent.NotifyMe + 1];
        loaded.Vote(Unit((0, 1f), (1, 0.05f)), vote);
        Assert.Equal(1f, vote.Sum(), 3);
        Assert.True(vote[(int)Intent.ResumeEta] > 0.99f, string.Join(", ", vote));

        loaded.Vote(Unit((1, 1f), (0, 0.05f)), vote);
        Assert.True(vote[(int)Intent.Contact] > 0.99f, string.Join(", ", vote));
        Assert.Equal(4, loaded.Count);
        Assert.Equal(Intent.Unknown, loaded.Label(3));
    }

    [Fact]
    public void Word_vectors_round_trip_and_unknown_words_carry_no_meaning()
    {
        var words = WordVectors.Rounded(new Dictionary<string, float[]>
        {
            ["hours"] = [.. Enumerable.Range(0, WordVectors.Dimensions).Select(i => i % 2 == 0 ? 0.1f : -0.05f)],
            ["paid"] = [.. Enumerable.Range(0, WordVectors.Dimensions).Select(i => i % 3 == 0 ? 0.2f : 0f)],
        });
        using var file = new MemoryStream();
        words.Save(file);
        file.Position = 0;
        var loaded = WordVectors.Load(file);

        var expected = new float[WordVectors.Dimensions];
        var actual = new float[WordVectors.Dimensions];
        words.Embed(["paid", "hours"], expected);
        loaded.Embed(["paid", "zzz", "hours"], actual);
        Assert.Equal(expected, actual);
        loaded.Embed(["zzz", "qqq"], actual);
        Assert.All(actual, x => Assert.Equal(0f, x));
    }

    [Fact]
    public void Shipped_sentence_model_loads_and_answers_with_an_encoder()
    {
        var encoder = new RecordingEncoder(MiniLmSentenceEncoder.Shared);
        var classifier = new IntentClassifier(IntentModel.LoadShipped(), IntentModel.LoadShippedSentenceModel(), encoder);

        var result = classifier.Classify("can i still log my hours while we're paused?");

        Assert.True(classifier.UsesSentences);
        Assert.Equal(["can i still log my hours while we are paused"], Assert.Single(encoder.Calls));
        Assert.Equal(Intent.BillableStatus, result.Intent);
        Assert.True(result.Confidence >= IntentClassifier.SentenceThreshold);
    }

    [Fact]
    public void Shipped_model_loads_and_answers_a_question()
    {
        var classifier = new IntentClassifier(IntentModel.LoadShipped());

        var result = classifier.Classify("can i still log my hours while we're paused?");

        Assert.Equal(Intent.BillableStatus, result.Intent);
        Assert.True(result.Confidence >= IntentClassifier.Threshold);
    }
}

/// <summary>An encoder that records each batch it is given and passes it to <paramref name="inner"/>.</summary>
internal sealed class RecordingEncoder(ISentenceEncoder inner) : ISentenceEncoder
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<IReadOnlyList<string>> calls = new();

    public IReadOnlyList<IReadOnlyList<string>> Calls => [.. calls];

    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts)
    {
        calls.Enqueue([.. texts]);
        return inner.Encode(texts);
    }
}
