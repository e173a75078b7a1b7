namespace PauseBot.Core.Questions;

/// <summary>
/// Splits a message into the parts that may each be a question: sentences (after ? ! . ; or a line break), and a
/// sentence joined by "and also" / ", and" / "and when …". Only used to find a second question; the whole message decides the first.
/// </summary>
internal static class QuestionParts
{
    public const int MinTokens = 3;
    private static readonly string[] Separators = [" and also ", ", also ", " also, ", ", and ", " plus "];
    private static readonly string[] QuestionWords = ["what", "when", "who", "why", "how", "can", "could", "should", "do", "does", "is", "are", "will", "may"];

    public static IReadOnlyList<string> Split(string text)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '?' or '!' or ';' or '\n' || (text[i] == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))))
            {
                AddJoined(text[start..i], parts);
                start = i + 1;
            }
        }

        AddJoined(text[start..], parts);
        return parts.Count > 1 ? parts : [];
    }

    private static void AddJoined(string sentence, List<string> parts)
    {
        foreach (var separator in Separators)
        {
            if (sentence.IndexOf(separator, StringComparison.OrdinalIgnoreCase) is var at and > 0)
            {
                AddNonEmpty(sentence[..at], parts);
                AddNonEmpty(sentence[(at + separator.Length)..], parts);
                return;
            }
        }

        foreach (var word in QuestionWords)
        {
            if (sentence.IndexOf($" and {word} ", StringComparison.OrdinalIgnoreCase) is var at and > 0)
            {
                AddNonEmpty(sentence[..at], parts);
                AddNonEmpty(sentence[(at + 5)..], parts); // keeps the question word: "… and when do we resume"
                return;
            }
        }

        AddNonEmpty(sentence, parts);
    }

    private static void AddNonEmpty(string part, List<string> parts)
    {
        if (!string.IsNullOrWhiteSpace(part))
        {
            parts.Add(part.Trim());
        }
    }
}
