namespace PauseBot.Core.Questions;

/// <summary>
/// Tiny suffix stripper (not Porter): maps inflections onto one key so "paused", "pausing", "pause" and
/// "pauses" all become "paus". Only needs to be consistent, not linguistically correct.
/// </summary>
internal static class Stemmer
{
    public const int MaxLength = 32;

    /// <summary>Writes the stem of <paramref name="word"/> into <paramref name="dest"/> and returns its length.</summary>
    public static int Stem(ReadOnlySpan<char> word, Span<char> dest)
    {
        var n = Math.Min(word.Length, Math.Min(dest.Length, MaxLength));
        word[..n].CopyTo(dest);
        if (n <= 3)
        {
            return n;
        }

        if (n > 4 && EndsWith(dest, n, "ies"))
        {
            dest[n - 3] = 'y';
            return n - 2;
        }

        if (n >= 6 && EndsWith(dest, n, "ing"))
        {
            n = Undouble(dest, n - 3);
        }
        else if (n >= 5 && EndsWith(dest, n, "ed"))
        {
            n = Undouble(dest, n - 2);
        }
        else if (dest[n - 1] == 's' && dest[n - 2] is not ('s' or 'u' or 'i'))
        {
            n--;
        }

        if (n >= 6 && EndsWith(dest, n, "ly"))
        {
            n -= 2;
        }

        if (n > 3 && dest[n - 1] == 'e')
        {
            n--;
        }

        return n;
    }

    private static bool EndsWith(Span<char> s, int n, string suffix) => s[..n].EndsWith(suffix);

    private static int Undouble(Span<char> s, int n) =>
        n >= 3 && s[n - 1] == s[n - 2] && s[n - 1] is not ('l' or 's' or 'z') && char.IsLetter(s[n - 1]) ? n - 1 : n;
}
