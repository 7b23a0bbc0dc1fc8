using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using JobBoard.Normalize;

namespace JobBoard.Site;

/// <summary>
/// The names that tell whether two postings are one job (<see cref="LikelyDuplicates"/>): a title or a company
/// reduced to what copies of one posting share. Case, accents and punctuation go (<c>Back-end Engineer</c> and
/// <c>Backend engineer</c> are one title), as do the gender markers German-speaking and French boards add to a
/// title and the legal form of a company. Both tables are data: a marker or a legal form is one entry.
/// </summary>
public static partial class DuplicateNames
{
    /// <summary>German and Austrian law asks a job advert to address every gender, so one title comes with
    /// <c>(m/w/d)</c>, <c>(w/m/d)</c>, <c>(gn)</c> or none; French boards write <c>H/F</c>. Each is written as its words.</summary>
    private static readonly string[][] GenderMarkers = Table(
        "m f d", "m w d", "w m d", "f m d", "d m w", "d w m", "m d w", "w d m", "d f m", "f d m",
        "m f x", "f m x", "m w x", "w m x", "x f m", "m w div", "w m div", "m w divers", "w m divers", "m f div",
        "m f", "f m", "m w", "w m", "h f", "f h", "gn", "all genders", "alle geschlechter", "tous genres");

    /// <summary>Legal forms a company name is written with or without (<c>Acme GmbH</c>, <c>Acme, Inc.</c>,
    /// <c>Acme &amp; Co. KG</c>); taken off its end, one after the other.</summary>
    private static readonly string[][] LegalForms = Table(
        "gmbh", "ag", "se", "kg", "kgaa", "ug", "co", "and co", "und co", "inc", "incorporated", "corp", "corporation",
        "ltd", "limited", "llc", "llp", "plc", "pty", "s a", "sa", "s a s", "sas", "sarl", "b v", "bv", "n v", "nv", "s l", "sl", "s p a", "spa");

    /// <summary>The title as one key (its words joined, so <c>front-end</c> is <c>frontend</c>), without gender
    /// markers: in brackets anywhere, or bare at its end. Empty when the title has no words.</summary>
    public static string Title(string title)
    {
        var words = Words(Bracketed().Replace(title, group => IsMarker(Words(group.Groups[1].Value)) ? " " : group.Value));
        var end = words.Count;
        foreach (var marker in GenderMarkers)
        {
            if (EndsWith(words, end, marker) && marker.Length < end)
            {
                end -= marker.Length;
                break;
            }
        }

        return string.Concat(words.Take(end));
    }

    /// <summary>The company as one key, without the legal forms at its end (always keeping its first word, so a
    /// company called <c>Limited</c> keeps its name). Empty when the name has no words.</summary>
    public static string Company(string company)
    {
        var words = Words(company);
        var end = words.Count;
        for (var form = Longest(words, end); form > 0; form = Longest(words, end))
        {
            end -= form;
        }

        return string.Concat(words.Take(end));
    }

    /// <summary>The words of a text (<see cref="Fold(string)"/>).</summary>
    public static List<string> Words(string text) => [.. Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>The text's words in lower case with Latin letters folded to ASCII (<c>Développeur</c> is
    /// <c>developpeur</c>), letters of other scripts kept, each followed by one space. <c>+</c> and <c>#</c> belong
    /// to a word, so <c>C++</c>, <c>C#</c> and <c>C</c> stay three words; every other character separates words.</summary>
    public static string Fold(string text)
    {
        var folded = ArrayPool<char>.Shared.Rent(FoldedLength(text.Length));
        try
        {
            return new string(folded, 0, Fold(text, folded));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(folded);
        }
    }

    /// <summary>The room <see cref="Fold(ReadOnlySpan{char}, Span{char})"/> may need: a letter folds to at most two
    /// ("ß" to "ss"), and the last word takes a space after it.</summary>
    internal static int FoldedLength(int length) => 2 * length + 1;

    /// <summary><see cref="Fold(string)"/> into a buffer of <see cref="FoldedLength"/>, for a caller that reads the
    /// words in place (<see cref="Shingles"/>); returns the length written.</summary>
    internal static int Fold(ReadOnlySpan<char> text, Span<char> into)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                // Most of any text, and needs no table.
                into[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                continue;
            }

            var ascii = LatinFold.ToAscii(c);
            if (!ascii.IsEmpty)
            {
                ascii.CopyTo(into[length..]);
                length += ascii.Length;
            }
            else if (c is '+' or '#' || char.IsLetterOrDigit(c))
            {
                into[length++] = char.ToLowerInvariant(c);
            }
            else if (length > 0 && into[length - 1] != ' ')
            {
                into[length++] = ' ';
            }
        }

        if (length > 0 && into[length - 1] != ' ')
        {
            into[length++] = ' ';
        }

        return length;
    }

    /// <summary>How many words the longest legal form that ends the first <paramref name="end"/> words has; 0 when none does.</summary>
    private static int Longest(List<string> words, int end) =>
        LegalForms.Where(form => form.Length < end && EndsWith(words, end, form)).Select(form => form.Length).DefaultIfEmpty(0).Max();

    private static bool IsMarker(List<string> words) => GenderMarkers.Any(marker => marker.SequenceEqual(words, StringComparer.Ordinal));

    private static bool EndsWith(List<string> words, int end, string[] ending) =>
        ending.Length <= end && CollectionsMarshal.AsSpan(words).Slice(end - ending.Length, ending.Length).SequenceEqual(ending);

    /// <summary>Longest first, so that <c>and co</c> is taken before <c>co</c>.</summary>
    private static string[][] Table(params string[] entries) =>
        [.. entries.Select(entry => entry.Split(' ')).OrderByDescending(words => words.Length)];

    [GeneratedRegex(@"[(\[]([^()\[\]]*)[)\]]")]
    private static partial Regex Bracketed();
}
