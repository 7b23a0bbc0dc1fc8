namespace JobBoard.Normalize;

/// <summary>
/// The lookup key of a skill word: lowercase letters and digits only, with the few symbols
/// that carry meaning spelled out. Postings write the same skill as <c>Node.js</c>,
/// <c>NodeJS</c> and <c>node js</c>; all three reduce to <c>nodejs</c>, so one dictionary
/// entry per synonym catches every punctuation variant.
/// </summary>
internal static class SkillKey
{
    /// <summary>Keys longer than this are never skills; it also bounds the work per window.</summary>
    public const int MaxLength = 64;

    /// <summary>The key of <paramref name="text"/>, or an empty string when nothing is left.</summary>
    public static string Of(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        var length = 0;
        return Append(text, buffer, ref length) ? new string(buffer[..length]) : string.Empty;
    }

    /// <summary>
    /// Appends the key of <paramref name="text"/> to <paramref name="buffer"/>; false when it
    /// does not fit (the caller then knows no skill can match).
    /// </summary>
    public static bool Append(ReadOnlySpan<char> text, Span<char> buffer, ref int length)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            ReadOnlySpan<char> piece;
            if (char.IsLetterOrDigit(c))
            {
                if (length == buffer.Length)
                {
                    return false;
                }

                buffer[length++] = char.ToLowerInvariant(c);
                continue;
            }

            // C#, F#, C++ differ from C only by the symbol, so it must survive as letters;
            // ".NET" keeps its dot only where it starts a word (ASP.NET is "aspnet").
            if (c == '#')
            {
                piece = "sharp";
            }
            else if (c == '+')
            {
                piece = "plus";
            }
            else if (c == '.' && (i == 0 || char.IsWhiteSpace(text[i - 1]))
                     && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                piece = "dot";
            }
            else
            {
                continue;
            }

            if (!Put(piece, buffer, ref length))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Put(ReadOnlySpan<char> piece, Span<char> buffer, ref int length)
    {
        if (length + piece.Length > buffer.Length)
        {
            return false;
        }

        piece.CopyTo(buffer[length..]);
        length += piece.Length;
        return true;
    }
}
