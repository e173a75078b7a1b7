using System.Text;
using PauseBot.Core.Questions;

namespace PauseBot.Core.Tests.Questions;

/// <summary>
/// Accuracy, confidently-wrong rate (a wrong intent other than <see cref="Intent.Unknown"/>, i.e. answered instead of
/// handed to a lead) and the confusion table of a classifier over a labelled set.
/// </summary>
internal sealed class ClassifierEvaluation
{
    private const int N = (int)Intent.NotifyMe + 1;
    private readonly int[,] confusion = new int[N, N];
    private readonly List<(LabelledQuestion Question, Intent Actual)> errors = [];

    private ClassifierEvaluation(int total) => Total = total;

    public int Total { get; }

    public int Correct { get; private set; }

    public int ConfidentlyWrong { get; private set; }

    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    public double ConfidentlyWrongRate => Total == 0 ? 0 : (double)ConfidentlyWrong / Total;

    public static ClassifierEvaluation Run(Func<string, Intent> classify, IReadOnlyList<LabelledQuestion> set)
    {
        var result = new ClassifierEvaluation(set.Count);
        foreach (var q in set)
        {
            var actual = classify(q.Text);
            result.confusion[(int)q.Expected, (int)actual]++;
            if (actual == q.Expected)
            {
                result.Correct++;
                continue;
            }

            result.errors.Add((q, actual));
            if (actual != Intent.Unknown)
            {
                result.ConfidentlyWrong++;
            }
        }

        return result;
    }

    public static ClassifierEvaluation Run(IntentClassifier classifier, IReadOnlyList<LabelledQuestion> set) =>
        Run(text => classifier.Classify(text).Intent, set);

    public string Summary(string name) =>
        $"{name}: {Correct}/{Total} = {Accuracy:P1} right, {ConfidentlyWrong} = {ConfidentlyWrongRate:P1} confidently wrong";

    /// <summary>Summary, confusion table (rows expected, columns answered) and, optionally, every miss.</summary>
    public string Report(string name, bool listMisses = true)
    {
        var sb = new StringBuilder().AppendLine(Summary(name));
        string Short(int i) => IntentNames.ToSnakeCase((Intent)i) is var s && s.Length > 6 ? s[..6] : s;
        sb.Append("expected \\ answered".PadRight(18));
        for (var j = 0; j < N; j++)
        {
            sb.Append(Short(j).PadLeft(7));
        }

        sb.AppendLine();
        for (var i = 0; i < N; i++)
        {
            sb.Append(IntentNames.ToSnakeCase((Intent)i).PadRight(18));
            for (var j = 0; j < N; j++)
            {
                sb.Append((confusion[i, j] == 0 ? "." : confusion[i, j].ToString(System.Globalization.CultureInfo.InvariantCulture)).PadLeft(7));
            }

            sb.AppendLine();
        }

        if (listMisses)
        {
            foreach (var (q, actual) in errors)
            {
                sb.AppendLine($"  MISS {q.Writer}:{q.Row} expected {IntentNames.ToSnakeCase(q.Expected)}, got {IntentNames.ToSnakeCase(actual)}: \"{q.Text}\"");
            }
        }

        return sb.ToString();
    }
}
