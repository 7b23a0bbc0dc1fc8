namespace JobBoard.Normalize;

/// <summary>Edit distance for "did you mean" hints: Levenshtein plus swaps of two neighbouring
/// letters (optimal string alignment), since "aplpyUrl" is one slip, not two.</summary>
internal static class EditDistance
{
    /// <summary>
    /// The distance between <paramref name="a"/> and <paramref name="b"/>, or <c>limit + 1</c>
    /// as soon as it is known to exceed <paramref name="limit"/>: hints scan the whole
    /// vocabulary, and almost every candidate is far away.
    /// </summary>
    public static int Bounded(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        // Three rows in one buffer, rotated by offset: a vocabulary scan calls this thousands of times per posting.
        var width = b.Length + 1;
        var rows = width <= 128 ? stackalloc int[3 * width] : new int[3 * width];
        int previous2 = 0, previous = width, current = 2 * width;
        for (var j = 0; j <= b.Length; j++)
        {
            rows[previous + j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            rows[current] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(rows[previous + j] + 1, rows[current + j - 1] + 1), rows[previous + j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, rows[previous2 + j - 2] + 1);
                }

                rows[current + j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return rows[previous + b.Length];
    }
}
