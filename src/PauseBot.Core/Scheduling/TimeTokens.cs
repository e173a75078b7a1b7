using System.Text.RegularExpressions;

namespace PauseBot.Core.Scheduling;

/// <summary>Splits lower-cased time text into words: <c>2026-04-07t09:00+02:00</c> → date, clock, offset;
/// <c>9 am</c> → <c>9am</c>; the filler word <c>at</c> is dropped.</summary>
public static partial class TimeTokens
{
    [GeneratedRegex(@"^(\d{4}-\d{1,2}-\d{1,2})t(.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimeWord();

    [GeneratedRegex(@"^(\d{1,2}:\d{2}(?::\d{2})?)(z|[+-]\d{2}(?::?\d{2})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex ClockWithOffset();

    [GeneratedRegex(@"^\d{1,2}(?::\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareHour();

    public static List<string> Split(string text)
    {
        var words = new List<string>();
        foreach (var raw in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw;
            var dt = DateTimeWord().Match(w);
            if (dt.Success)
            {
                words.Add(dt.Groups[1].Value);
                w = dt.Groups[2].Value;
            }

            var co = ClockWithOffset().Match(w);
            if (co.Success)
            {
                words.Add(co.Groups[1].Value);
                words.Add(co.Groups[2].Value);
            }
            else if (w is "am" or "pm" && words.Count > 0 && BareHour().IsMatch(words[^1]))
            {
                words[^1] += w;
            }
            else if (w != "at")
            {
                words.Add(w);
            }
        }

        return words;
    }
}
