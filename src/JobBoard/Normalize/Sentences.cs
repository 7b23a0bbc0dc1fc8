namespace JobBoard.Normalize;

/// <summary>A sentence of a text: where it is in the text and the 1-based line it starts on.</summary>
/// <remarks>A slice, not a copy: the rules that read a description test most sentences and keep few.</remarks>
internal readonly record struct Sentence(string Source, Range Range, int Line)
{
    public ReadOnlySpan<char> Text => Source.AsSpan(Range);
}

/// <summary>Splits prose into sentences with their line numbers, for rules that read the description.</summary>
internal static class Sentences
{
    /// <returns>Sentences, trimmed, with the 1-based line (within <paramref name="text"/>) they start on.</returns>
    public static IEnumerable<Sentence> Split(string text)
    {
        var line = 0;
        var rowStart = 0;
        while (true)
        {
            var newline = text.IndexOf('\n', rowStart);
            var rowEnd = newline < 0 ? text.Length : newline;
            line++;
            var start = rowStart;
            for (var i = rowStart; i < rowEnd; i++)
            {
                var end = text[i] is '.' or '!' or '?' && (i + 1 == rowEnd || text[i + 1] == ' ')
                    && !(i >= rowStart + 2 && text[i - 2] == '.'); // "U.S." is an abbreviation, not a sentence end
                if (end)
                {
                    yield return Trimmed(text, start, i + 1, line);
                    start = i + 1;
                }
            }

            if (start < rowEnd && Trimmed(text, start, rowEnd, line) is { Text.Length: > 0 } rest)
            {
                yield return rest;
            }

            if (newline < 0)
            {
                yield break;
            }

            rowStart = newline + 1;
        }
    }

    /// <summary>The text from <paramref name="start"/> to <paramref name="end"/> without white space at its ends.</summary>
    private static Sentence Trimmed(string text, int start, int end, int line)
    {
        var span = text.AsSpan(start, end - start);
        var from = start + span.Length - span.TrimStart().Length;
        return new Sentence(text, from..(from + span.Trim().Length), line);
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
