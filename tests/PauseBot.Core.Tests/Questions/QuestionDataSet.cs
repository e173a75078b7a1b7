using PauseBot.Core.Questions;

namespace PauseBot.Core.Tests.Questions;

/// <summary>One labelled question from Data/questions.tsv.</summary>
internal sealed record LabelledQuestion(int Row, Intent Expected, string Text, bool IsHoldout);

/// <summary>
/// Loads Data/questions.tsv (intent&lt;TAB&gt;question; '#' comments). Split is deterministic by data-row
/// index: every third row (index % 3 == 2) is HOLDOUT (~1/3), the rest is TUNE (used to develop the rules).
/// </summary>
internal static class QuestionDataSet
{
    public static readonly string FilePath = Path.Combine(AppContext.BaseDirectory, "Questions", "Data", "questions.tsv");

    private static readonly Lazy<IReadOnlyList<LabelledQuestion>> Rows = new(Load);

    public static IReadOnlyList<LabelledQuestion> All => Rows.Value;

    public static IReadOnlyList<LabelledQuestion> Holdout => All.Where(q => q.IsHoldout).ToList();

    public static IReadOnlyList<LabelledQuestion> Tune => All.Where(q => !q.IsHoldout).ToList();

    private static IReadOnlyList<LabelledQuestion> Load()
    {
        var rows = new List<LabelledQuestion>();
        foreach (var line in File.ReadLines(FilePath))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab < 0 || !IntentNames.TryParse(line[..tab], out var intent))
            {
                throw new InvalidDataException($"Bad data row: '{line}'");
            }

            rows.Add(new LabelledQuestion(rows.Count, intent, line[(tab + 1)..], rows.Count % 3 == 2));
        }

        return rows;
    }
}
