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

    /// <summary>How many distinct terms a thread keeps as strings (<see cref="Intern"/>) before it starts again.</summary>
    private const int MaxKnownTerms = 100_000;

    [ThreadStatic]
    private static Dictionary<string, string>? knownTerms;

    /// <summary>Folded tokens in text order, not stemmed ("Café C++" gives <c>cafe</c>, <c>c++</c>).</summary>
    public static IEnumerable<string> Tokens(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        // A folded letter is at most two ASCII letters ("ß" to "ss").
        var folded = ArrayPool<char>.Shared.Rent(2 * text.Length);
        try
        {
            var length = Fold(text, folded);
            var start = 0;
            for (var i = 0; i <= length; i++)
            {
                var c = i < length ? folded[i] : ' ';
                if (IsWordChar(c))
                {
                    continue;
                }

                var end = i;
                if (i > start && c is '+' or '#')
                {
                    // "c++" and "c#" but not "a+b": the marks count only when the word ends with them.
                    var marks = i;
                    while (marks < length && marks - i < 2 && folded[marks] == c)
                    {
                        marks++;
                    }

                    if (marks == length || !IsWordChar(folded[marks]))
                    {
                        end = marks;
                        i = marks - 1;
                    }
                }

                if (end > start)
                {
                    yield return Intern(folded.AsSpan(start, end - start));
                }

                start = i + 1;
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(folded);
        }
    }

    /// <summary>The index terms of a text: its tokens, stemmed.</summary>
    public static IEnumerable<string> Terms(string? text) => Tokens(text).Select(Stem);

    /// <summary>
    /// Lowercase, Latin letters to ASCII; other letters and digits lowercased; every other
    /// character kept as is (the tokenizer treats it as a separator, except + and #). Returns the length written.
    /// </summary>
    private static int Fold(string text, char[] into)
    {
        var length = 0;
        foreach (var c in text)
        {
            var ascii = LatinFold.ToAscii(c);
            if (!ascii.IsEmpty)
            {
                ascii.CopyTo(into.AsSpan(length));
                length += ascii.Length;
            }
            else
            {
                into[length++] = char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : c;
            }
        }

        return length;
    }

    /// <summary>The one string of a term on this thread: a board's words repeat from posting to posting, so each is made once.</summary>
    private static string Intern(ReadOnlySpan<char> term)
    {
        var known = knownTerms ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(term, out var same))
        {
            return same;
        }

        if (known.Count >= MaxKnownTerms)
        {
            known.Clear();
        }

        var made = term.ToString();
        known[made] = made;
        return made;
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
            Span<char> singular = term.Length <= 256 ? stackalloc char[term.Length - 2] : new char[term.Length - 2];
            term.AsSpan(0, term.Length - 3).CopyTo(singular);
            singular[^1] = 'y';
            return Intern(singular);
        }

        if (term.EndsWith("sses", StringComparison.Ordinal) || term.EndsWith("xes", StringComparison.Ordinal)
            || term.EndsWith("ches", StringComparison.Ordinal) || term.EndsWith("shes", StringComparison.Ordinal))
        {
            return Intern(term.AsSpan(0, term.Length - 2));
        }

        return term[^1] == 's' && "suio".IndexOf(term[^2]) < 0 ? Intern(term.AsSpan(0, term.Length - 1)) : term;
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
