using System.Buffers;
using System.Text;
using JobBoard.Normalize;

namespace JobBoard.Search;

/// <summary>
/// How text becomes search terms, the same at build time and in the browser
/// (theme/assets/search.js mirrors every rule here; the browser tests compare both):
/// fold case and Latin accents (<see cref="LatinFold"/>), split on anything but letters and
/// digits, keep a trailing <c>+</c> or <c>#</c> so C++ and C# stay searchable, then strip
/// light English plurals.
/// </summary>
public static class SearchText
{
    private static readonly SearchValues<char> AsciiLower = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    /// <summary>Folded tokens in text order, not stemmed ("Café C++" gives <c>cafe</c>, <c>c++</c>).</summary>
    public static IEnumerable<string> Tokens(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var folded = Fold(text);
        var token = new StringBuilder();
        for (var i = 0; i <= folded.Length; i++)
        {
            var c = i < folded.Length ? folded[i] : ' ';
            if (IsWordChar(c))
            {
                token.Append(c);
                continue;
            }

            if (token.Length > 0 && c is '+' or '#')
            {
                // "c++" and "c#" but not "a+b": the marks count only when the word ends with them.
                var end = i;
                while (end < folded.Length && end - i < 2 && folded[end] == c)
                {
                    end++;
                }

                if (end == folded.Length || !IsWordChar(folded[end]))
                {
                    token.Append(folded, i, end - i);
                    i = end - 1;
                }
            }

            if (token.Length > 0)
            {
                yield return token.ToString();
                token.Clear();
            }
        }
    }

    /// <summary>The index terms of a text: its tokens, stemmed.</summary>
    public static IEnumerable<string> Terms(string? text) => Tokens(text).Select(Stem);

    /// <summary>
    /// Lowercase, Latin letters to ASCII; other letters and digits lowercased; every other
    /// character kept as is (the tokenizer treats it as a separator, except + and #).
    /// </summary>
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var ascii = LatinFold.ToAscii(c);
            if (!ascii.IsEmpty)
            {
                folded.Append(ascii);
            }
            else
            {
                folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : c);
            }
        }

        return folded.ToString();
    }

    /// <summary>
    /// Light plural stripping, deliberately dumb (no dictionary, English only):
    /// companies→company, classes→class, matches→match, engineers→engineer; words ending in
    /// ss, us, is, os are left alone (redis, status, macos). Both sides of the search apply it,
    /// so an odd stem ("kubernetes"→"kubernete") still matches itself.
    /// </summary>
    public static string Stem(string term)
    {
        if (term.Length < 4 || term.AsSpan().ContainsAnyExcept(AsciiLower))
        {
            return term;
        }

        if (term.EndsWith("ies", StringComparison.Ordinal) && term.Length > 4)
        {
            return term[..^3] + "y";
        }

        if (term.EndsWith("sses", StringComparison.Ordinal) || term.EndsWith("xes", StringComparison.Ordinal)
            || term.EndsWith("ches", StringComparison.Ordinal) || term.EndsWith("shes", StringComparison.Ordinal))
        {
            return term[..^2];
        }

        return term[^1] == 's' && "suio".IndexOf(term[^2]) < 0 ? term[..^1] : term;
    }

    /// <summary>
    /// A file-name-safe key for a term prefix: <c>[a-z0-9]</c> as is, any other character as
    /// <c>_</c> and four hex digits of its UTF-16 code.
    /// </summary>
    public static string FileKey(string prefix)
    {
        var key = new StringBuilder();
        foreach (var c in prefix)
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                key.Append(c);
            }
            else
            {
                key.Append('_').Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return key.ToString();
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);
}
