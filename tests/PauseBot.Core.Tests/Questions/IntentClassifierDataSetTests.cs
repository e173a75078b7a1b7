using PauseBot.Core.Questions;

namespace PauseBot.Core.Tests.Questions;

public sealed class IntentClassifierDataSetTests
{
    private static readonly IntentClassifier Classifier = new();

    [Fact]
    public void Data_set_is_large_varied_and_split_about_70_30()
    {
        var all = QuestionDataSet.All;
        Assert.True(all.Count >= 400, $"only {all.Count} rows");
        foreach (var intent in Enum.GetValues<Intent>())
        {
            var count = all.Count(q => q.Expected == intent);
            Assert.True(count >= (intent == Intent.Unknown ? 40 : 30), $"{intent}: only {count} rows");
        }

        var holdoutShare = (double)QuestionDataSet.Holdout.Count / all.Count;
        Assert.InRange(holdoutShare, 0.30, 0.35);
        Assert.Equal(all.Count, all.Select(q => q.Text.Trim().ToLowerInvariant()).Distinct().Count());
    }

    [Fact]
    public void Holdout_accuracy_is_at_least_95_percent()
    {
        var holdout = QuestionDataSet.Holdout;
        var result = ClassifierEvaluation.Run(Classifier, holdout);

        TestContext.Current.TestOutputHelper?.WriteLine(result.Report("HOLDOUT", holdout, Classifier));
        Assert.True(result.Accuracy >= 0.95, result.Report("HOLDOUT", holdout, Classifier));
    }

    [Fact]
    public void Tune_accuracy_is_at_least_95_percent()
    {
        var tune = QuestionDataSet.Tune;
        var result = ClassifierEvaluation.Run(Classifier, tune);

        TestContext.Current.TestOutputHelper?.WriteLine(result.Report("TUNE", tune, Classifier));
        Assert.True(result.Accuracy >= 0.95, result.Report("TUNE", tune, Classifier));
    }
}
