namespace PauseBot.Core.Questions;

/// <summary>Optimal-string-alignment (Damerau) distance with an upper bound and early exit; allocation-free.</summary>
internal static class EditDistance
{
    public const int MaxLength = 32;

    /// <summary>Distance between <paramref name="a"/> and <paramref name="b"/>, or <paramref name="max"/>+1 if larger.</summary>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max || a.Length > MaxLength || b.Length > MaxLength)
        {
            return max + 1;
        }

        Span<int> rows = stackalloc int[3 * (MaxLength + 1)];
        var width = b.Length + 1;
        Span<int> older = rows[..width];
        Span<int> prev = rows.Slice(MaxLength + 1, width);
        Span<int> cur = rows.Slice(2 * (MaxLength + 1), width);
        for (var j = 0; j < width; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, older[j - 2] + 1);
                }

                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var t = older;
            older = prev;
            prev = cur;
            cur = t;
        }

        return Math.Min(prev[b.Length], max + 1);
    }
}
