using PauseBot.Core.Questions;

namespace PauseBot.Core.Tests.Questions;

/// <summary>One labelled question: its file row, label, writer (persona or source) and text.</summary>
internal sealed record LabelledQuestion(int Row, Intent Expected, string Writer, string Text);

/// <summary>
/// The labelled sets, split by writer (see src/PauseBot.Core/Questions/Data/README.md): <see cref="Train"/> is what the
/// classifier is fitted on, <see cref="Test"/> holds other writers and only measures, <see cref="Validation"/> is the
/// set written apart from the project (../shared/questions/validation.tsv), read only to report a number.
/// </summary>
internal static class QuestionDataSet
{
    private static readonly string DataDir = Path.Combine(AppContext.BaseDirectory, "Questions", "Data");
    private static readonly Lazy<IReadOnlyList<LabelledQuestion>> TrainRows = new(() => Load(Path.Combine(DataDir, "train.tsv")));
    private static readonly Lazy<IReadOnlyList<LabelledQuestion>> TestRows = new(() => Load(Path.Combine(DataDir, "test.tsv")));
    private static readonly Lazy<IReadOnlyList<LabelledQuestion>?> ValidationRows = new(LoadValidation);

    public static IReadOnlyList<LabelledQuestion> Train => TrainRows.Value;

    public static IReadOnlyList<LabelledQuestion> Test => TestRows.Value;

    /// <summary>Null when the shared folder is not beside the repository (it is on CI and the dev machines).</summary>
    public static IReadOnlyList<LabelledQuestion>? Validation => ValidationRows.Value;

    public static IReadOnlyList<LabelledQuestion> All => [.. Train, .. Test];

    /// <summary>Reads <c>intent&lt;TAB&gt;writer&lt;TAB&gt;message</c> or <c>intent&lt;TAB&gt;message</c> rows; '#' comments.</summary>
    public static IReadOnlyList<LabelledQuestion> Load(string path, string defaultWriter = "")
    {
        var rows = new List<LabelledQuestion>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            var parts = text.Split('\t');
            if (parts.Length is < 2 or > 3 || !IntentNames.TryParse(parts[0], out var intent))
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}:{line}: bad row '{text}'");
            }

            rows.Add(parts.Length == 3
                ? new LabelledQuestion(line, intent, parts[1], parts[2])
                : new LabelledQuestion(line, intent, defaultWriter, parts[1]));
        }

        return rows;
    }

    private static IReadOnlyList<LabelledQuestion>? LoadValidation()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "questions", "validation.tsv");
            if (File.Exists(path))
            {
                return Load(path, "validation");
            }
        }

        return null;
    }
}
