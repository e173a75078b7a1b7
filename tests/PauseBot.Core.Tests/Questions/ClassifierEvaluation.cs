using System.Text;
using PauseBot.Core.Questions;

namespace PauseBot.Core.Tests.Questions;

/// <summary>Accuracy plus a confusion summary of a classifier over a labelled set.</summary>
internal sealed record ClassifierEvaluation(int Total, int Correct, IReadOnlyList<(LabelledQuestion Question, Intent Actual)> Errors)
{
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    public static ClassifierEvaluation Run(IntentClassifier classifier, IReadOnlyList<LabelledQuestion> set)
    {
        var errors = new List<(LabelledQuestion, Intent)>();
        foreach (var q in set)
        {
            var actual = classifier.Classify(q.Text).Intent;
            if (actual != q.Expected)
            {
                errors.Add((q, actual));
            }
        }

        return new ClassifierEvaluation(set.Count, set.Count - errors.Count, errors);
    }

    public string Report(string name, IReadOnlyList<LabelledQuestion> set, IntentClassifier classifier)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{name}: {Correct}/{Total} correct = {Accuracy:P1}");
        sb.AppendLine("per intent (expected -> correct/total; confused with):");
        foreach (var group in set.GroupBy(q => q.Expected).OrderBy(g => g.Key))
        {
            var confusions = group
                .Select(q => classifier.Classify(q.Text).Intent)
                .Where(actual => actual != group.Key)
                .GroupBy(actual => actual)
                .Select(g => $"{IntentNames.ToSnakeCase(g.Key)} x{g.Count()}");
            var wrong = Errors.Count(e => e.Question.Expected == group.Key);
            sb.AppendLine($"  {IntentNames.ToSnakeCase(group.Key),-17} {group.Count() - wrong,3}/{group.Count(),-3} {string.Join(", ", confusions)}");
        }

        foreach (var (q, actual) in Errors)
        {
            sb.AppendLine($"  MISS row {q.Row}: expected {IntentNames.ToSnakeCase(q.Expected)}, got {IntentNames.ToSnakeCase(actual)}: \"{q.Text}\"");
        }

        return sb.ToString();
    }
}
