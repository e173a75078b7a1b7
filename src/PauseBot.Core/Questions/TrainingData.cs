namespace PauseBot.Core.Questions;

/// <summary>
/// Reads the labelled training rows (Questions/Data/train.tsv; see the README there). Only the fitting script and the
/// tests read them: the process loads the model fitted from them (<see cref="IntentModel.LoadShipped"/>).
/// </summary>
internal static class TrainingData
{
    /// <summary>Rows of <c>intent&lt;TAB&gt;writer&lt;TAB&gt;message</c>; '#' comment lines and blank lines skipped.</summary>
    public static IReadOnlyList<(Intent Intent, string Writer, string Text)> Parse(TextReader reader)
    {
        var rows = new List<(Intent, string, string)>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 3 || !IntentNames.TryParse(parts[0], out var intent))
            {
                throw new InvalidDataException($"train.tsv:{number}: expected intent<TAB>writer<TAB>message");
            }

            rows.Add((intent, parts[1], parts[2]));
        }

        return rows;
    }
}
