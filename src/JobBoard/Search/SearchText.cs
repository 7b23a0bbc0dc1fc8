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

    /// <summary>This thread's terms (<see cref="Intern"/>), looked up by span; the lookup is made once per thread.</summary>
    [ThreadStatic]
    private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> knownTerms;

    /// <summary>Folded tokens in text order, not stemmed ("Café C++" gives <c>cafe</c>, <c>c++</c>).</summary>
    public static List<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        foreach (var token in Tokenize(text))
        {
            tokens.Add(Intern(token));
        }

        return tokens;
    }

    /// <summary>The index terms of a text: its tokens, stemmed.</summary>
    public static List<string> Terms(string? text)
    {
        var terms = new List<string>();
        foreach (var token in Tokenize(text))
        {
            terms.Add(Stem(Intern(token)));
        }

        return terms;
    }

    /// <summary>The folded tokens of a text as spans of one pooled buffer, each valid until the next: what
    /// <see cref="Tokens"/> returns, without a string for each (a posting's body has a thousand).</summary>
    internal static TokenEnumerator Tokenize(ReadOnlySpan<char> text) => new(text);

    /// <summary>Walks the tokens of a folded text (<see cref="Tokenize"/>); disposing it returns the buffer.</summary>
    internal ref struct TokenEnumerator
    {
        private readonly char[]? folded;
        private readonly int length;
        private int start;

        public TokenEnumerator(ReadOnlySpan<char> text)
        {
            if (!text.IsEmpty)
            {
                // A folded letter is at most two ASCII letters ("ß" to "ss").
                folded = ArrayPool<char>.Shared.Rent(2 * text.Length);
                length = Fold(text, folded);
            }
        }

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly TokenEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            for (var i = start; i <= length; i++)
            {
                var c = i < length ? folded![i] : ' ';
                if (IsWordChar(c))
                {
                    continue;
                }

                var end = i;
                if (i > start && c is '+' or '#')
                {
                    // "c++" and "c#" but not "a+b": the marks count only when the word ends with them.
                    var marks = i;
                    while (marks < length && marks - i < 2 && folded![marks] == c)
                    {
                        marks++;
                    }

                    if (marks == length || !IsWordChar(folded![marks]))
                    {
                        end = marks;
                        i = marks - 1;
                    }
                }

                var from = start;
                start = i + 1;
                if (end > from)
                {
                    Current = folded.AsSpan(from, end - from);
                    return true;
                }
            }

            start = length + 1;
            return false;
        }

        public readonly void Dispose()
        {
            if (folded is not null)
            {
                ArrayPool<char>.Shared.Return(folded);
            }
        }
    }

    /// <summary>
    /// Lowercase, Latin letters to ASCII; other letters and digits lowercased; every other
    /// character kept as is (the tokenizer treats it as a separator, except + and #). Returns the length written.
    /// </summary>
    private static int Fold(ReadOnlySpan<char> text, char[] into)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsAscii(c))
            {
                // Most of any text, and needs no table: upper case lowered, anything else kept.
                into[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                continue;
            }

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
        if (knownTerms.Dictionary is null)
        {
            knownTerms = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        }

        if (knownTerms.TryGetValue(term, out var same))
        {
            return same;
        }

        var known = knownTerms.Dictionary;
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
