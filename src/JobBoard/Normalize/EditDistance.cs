namespace JobBoard.Normalize;

/// <summary>Levenshtein distance, for "did you mean" hints.</summary>
internal static class EditDistance
{
    /// <summary>
    /// The edit distance between <paramref name="a"/> and <paramref name="b"/>, or
    /// <c>bound + 1</c> as soon as it is known to exceed <paramref name="bound"/>: hints scan
    /// the whole vocabulary, and almost every candidate is far away.
    /// </summary>
    public static int Bounded(string a, string b, int bound)
    {
        if (Math.Abs(a.Length - b.Length) > bound)
        {
            return bound + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > bound)
            {
                return bound + 1;
            }

            (previous, current) = (current, previous);
        }

        return Math.Min(previous[b.Length], bound + 1);
    }
}
