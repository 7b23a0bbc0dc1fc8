namespace JobBoard.Normalize;

/// <summary>A word of prose: its span in the text and whether it may form a phrase with the next word.</summary>
internal readonly record struct ProseToken(int Start, int Length, bool JoinsNext);

/// <summary>
/// Splits prose into words for skill lookup. A word is a run of letters and digits, plus the
/// symbols that make a different skill of it: a trailing <c>#</c> or <c>++</c> (C#, C++) and
/// a leading dot (.NET). Words separated by spaces or by one <c>. - / _</c> may form a phrase
/// ("Spring Boot", "Node.js", "CI/CD"); a line break or other punctuation ends it, so "Kafka,
/// Streams" is two skills at most.
/// </summary>
internal static class ProseTokenizer
{
    [ThreadStatic]
    private static List<ProseToken>? reused;

    /// <summary>The words of <paramref name="text"/>, in a list of this thread's that the next call fills again: every
    /// posting's body is tokenized, and a list each was 25–35 MB of a 10,000-posting build.</summary>
    public static List<ProseToken> Tokenize(string text)
    {
        var tokens = reused ??= [];
        tokens.Clear();
        tokens.EnsureCapacity(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (text[i] == '.' && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))
                && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                i++;
            }
            else if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            i += SymbolSuffix(text, i);
            tokens.Add(new ProseToken(start, i - start, false));
            if (tokens.Count > 1)
            {
                var previous = tokens[^2];
                var gapStart = previous.Start + previous.Length;
                if (IsJoiningGap(text.AsSpan(gapStart, start - gapStart)))
                {
                    tokens[^2] = previous with { JoinsNext = true };
                }
            }
        }

        return tokens;
    }

    private static int SymbolSuffix(string text, int i)
    {
        static bool EndsWord(string text, int at) => at >= text.Length || !char.IsLetterOrDigit(text[at]);

        if (i < text.Length && text[i] == '#' && EndsWord(text, i + 1))
        {
            return 1;
        }

        if (i + 1 < text.Length && text[i] == '+' && text[i + 1] == '+' && EndsWord(text, i + 2))
        {
            return 2;
        }

        return 0;
    }

    private static bool IsJoiningGap(ReadOnlySpan<char> gap)
    {
        if (gap.Length == 1 && gap[0] is '.' or '-' or '/' or '_')
        {
            return true;
        }

        foreach (var c in gap)
        {
            if (c is not (' ' or '\t' or '\u00A0'))
            {
                return false;
            }
        }

        return gap.Length > 0;
    }
}
