namespace JobBoard.Normalize;

/// <summary>Splits prose into sentences with their line numbers, for rules that read the description.</summary>
internal static class Sentences
{
    /// <returns>Sentences with the 1-based line (within <paramref name="text"/>) they start on.</returns>
    public static IEnumerable<(string Text, int Line)> Split(string text)
    {
        var line = 0;
        foreach (var row in text.Split('\n'))
        {
            line++;
            var start = 0;
            for (var i = 0; i < row.Length; i++)
            {
                var end = row[i] is '.' or '!' or '?' && (i + 1 == row.Length || row[i + 1] == ' ')
                    && !(i >= 2 && row[i - 2] == '.'); // "U.S." is an abbreviation, not a sentence end
                if (end)
                {
                    yield return (row[start..(i + 1)].Trim(), line);
                    start = i + 1;
                }
            }

            if (start < row.Length && row[start..].Trim() is { Length: > 0 } rest)
            {
                yield return (rest, line);
            }
        }
    }

    /// <summary>Whether <paramref name="word"/> occurs with no letter or digit right before or after
    /// it. Case-sensitive on purpose: "US" is a region, "us" is not.</summary>
    public static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = at + word.Length == text.Length || !char.IsLetterOrDigit(text[at + word.Length]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }
}
