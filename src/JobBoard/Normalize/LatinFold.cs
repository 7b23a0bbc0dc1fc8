using System.Collections.Frozen;

namespace JobBoard.Normalize;

/// <summary>
/// Folds Latin letters to lowercase ASCII ("É" to "e", "ß" to "ss", "İ" to "i"): the one table behind every
/// slug (<see cref="Slugger"/>) and every search term (theme/assets/search.js holds the same groups). A table
/// rather than Unicode decomposition: with invariant globalization <see cref="string.Normalize()"/> does not
/// decompose accented letters, and slugs must not depend on the machine's ICU or culture.
/// </summary>
internal static class LatinFold
{
    // Each group: the ASCII spelling, then the lower-case letters that fold to it. Upper case is found through
    // its lower case, except the Turkish capital dotted I, whose lower case is two characters in Unicode.
    private static readonly string[] Groups =
    [
        "a àáâãäåāăąǎȁȃȧạảấầẩẫậắằẳẵặ", "ae æǽ", "c çćĉċč", "d ďđð", "e èéêëēĕėęěẹẻẽếềểễệ", "g ĝğġģ", "h ĥħ",
        "i ìíîïĩīĭįıỉịİ", "ij ĳ", "j ĵ", "k ķ", "l ĺļľŀł", "n ñńņňŉ", "o òóôõöøōŏőơọỏốồổỗộớờởỡợ", "oe œ",
        "r ŕŗř", "s śŝşšș", "ss ß", "t ţťŧț", "th þ", "u ùúûüũūŭůűųưụủứừửữự", "w ŵ", "y ýÿŷỳỵỷỹ", "z źżž",
    ];

    private static readonly FrozenDictionary<char, string> Table = Build();

    /// <summary>The ASCII letters or digit for <paramref name="c"/>, or empty when it is a separator.</summary>
    public static ReadOnlySpan<char> ToAscii(char c)
    {
        if (char.IsAscii(c))
        {
            // No ASCII character is in the table, and a separator is the common case: no lookup for it.
            return char.IsAsciiLetterOrDigit(c) ? AsciiLower[c] : ReadOnlySpan<char>.Empty;
        }

        return Table.TryGetValue(c, out var folded) || Table.TryGetValue(char.ToLowerInvariant(c), out folded)
            ? folded
            : ReadOnlySpan<char>.Empty;
    }

    private static readonly string[] AsciiLower =
        Enumerable.Range(0, 128).Select(i => ((char)i).ToString().ToLowerInvariant()).ToArray();

    private static FrozenDictionary<char, string> Build()
    {
        var table = new Dictionary<char, string>();
        foreach (var group in Groups)
        {
            var space = group.IndexOf(' ');
            var ascii = group[..space];
            foreach (var letter in group[(space + 1)..])
            {
                table[letter] = ascii;
            }
        }

        return table.ToFrozenDictionary();
    }
}
