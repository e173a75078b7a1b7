using PauseBot.Core.Questions;
using PauseBot.Encoder;

namespace PauseBot.Core.Tests.Questions;

/// <summary>
/// Accuracy on writers the classifier never saw, as the host runs it (the sentence model with the MiniLM encoder), and
/// of the word model that answers while the encoder loads or if it cannot. The test set is split from the training data
/// by writer; the validation set (written apart from the project) is only reported, with a floor far below what it measures.
/// </summary>
public sealed class IntentClassifierDataSetTests
{
    private static readonly IntentClassifier Classifier = new(() => MiniLmSentenceEncoder.Shared);
    private static readonly IntentClassifier WordModelOnly = new();

    [Fact]
    public void Data_is_large_varied_and_split_by_writer()
    {
        var train = QuestionDataSet.Train;
        var test = QuestionDataSet.Test;
        Assert.True(train.Count >= 1400, $"only {train.Count} training rows");
        Assert.True(test.Count >= 350, $"only {test.Count} test rows");
        Assert.Empty(train.Select(q => q.Writer).Intersect(test.Select(q => q.Writer)));
        Assert.True(train.Select(q => q.Writer).Distinct().Count() >= 15);
        Assert.True(test.Select(q => q.Writer).Distinct().Count() >= 6);
        foreach (var intent in Enum.GetValues<Intent>())
        {
            Assert.True(train.Count(q => q.Expected == intent) >= 100, $"{intent}: too few training rows");
            Assert.True(test.Count(q => q.Expected == intent) >= 30, $"{intent}: too few test rows");
        }

        var all = QuestionDataSet.All.Select(q => q.Text.Trim().ToLowerInvariant()).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public void Held_out_writers_are_answered_right_and_rarely_confidently_wrong()
    {
        var result = ClassifierEvaluation.Run(Classifier, QuestionDataSet.Test);

        var report = result.Report("TEST (held-out writers)");
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        var fifthBatch = QuestionDataSet.Test.Where(q => q.Writer.StartsWith("w5-", StringComparison.Ordinal)).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(ClassifierEvaluation.Run(Classifier, fifthBatch).Report("TEST, the five w5-* writers (written after the model shipped)", listMisses: false));
        Assert.True(Classifier.UsesSentences, "the sentence encoder did not load");
        Assert.True(result.Accuracy >= TestFloor, report);
        Assert.True(result.ConfidentlyWrongRate <= TestConfidentlyWrongCeiling, report);
    }

    [Fact]
    public void Held_out_writers_without_the_encoder_are_answered_by_the_word_model()
    {
        var result = ClassifierEvaluation.Run(WordModelOnly, QuestionDataSet.Test);

        var report = result.Report("TEST, word model (no encoder)");
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        Assert.False(WordModelOnly.UsesSentences);
        Assert.True(result.Accuracy >= WordModelTestFloor, report);
        Assert.True(result.ConfidentlyWrongRate <= TestConfidentlyWrongCeiling, report);
    }

    [Fact]
    public void Validation_set_written_apart_is_reported_never_fitted()
    {
        var validation = QuestionDataSet.Validation;
        Assert.SkipWhen(validation is null, "../shared/questions/validation.tsv not found beside the repository");

        var result = ClassifierEvaluation.Run(Classifier, validation);

        // The summary and the confusion table, never the rows: they are not for reading while developing the classifier.
        TestContext.Current.TestOutputHelper?.WriteLine(result.Report("VALIDATION (reported only)", listMisses: false));
        Assert.True(result.Accuracy >= 0.5, result.Summary("VALIDATION"));
    }

    [Fact]
    public void Training_rows_are_fitted()
    {
        var result = ClassifierEvaluation.Run(Classifier, QuestionDataSet.Train);

        TestContext.Current.TestOutputHelper?.WriteLine(result.Report("TRAIN", listMisses: false));
        Assert.True(result.Accuracy >= TrainFloor, result.Report("TRAIN"));
    }

    private const double TestFloor = 0.93;
    private const double WordModelTestFloor = 0.88;
    private const double TestConfidentlyWrongCeiling = 0.02;
    private const double TrainFloor = 0.97;
}
