using System.Collections.Frozen;

namespace JobBoard.Normalize;

/// <summary>
/// Folds Latin letters to lowercase ASCII ("É" to "e", "ß" to "ss"). A table rather than
/// Unicode decomposition: with invariant globalization <see cref="string.Normalize()"/> does
/// not decompose accented letters, and slugs must not depend on the machine's ICU.
/// </summary>
internal static class LatinFold
{
    // Each group: the ASCII spelling, then the letters that fold to it.
    private static readonly string[] Groups =
    [
        "a àáâãäåāăąǎ", "ae æ", "c çćĉċč", "d ďđð", "e èéêëēĕėęě", "g ĝğġģ", "h ĥħ",
        "i ìíîïĩīĭįı", "j ĵ", "k ķ", "l ĺļľŀł", "n ñńņňŉ", "o òóôõöøōŏő", "oe œ",
        "r ŕŗř", "s śŝşšș", "ss ß", "t ţťŧț", "th þ", "u ùúûüũūŭůűų", "w ŵ", "y ýÿŷ", "z źżž",
    ];

    private static readonly FrozenDictionary<char, string> Table = Build();

    /// <summary>The ASCII letters or digit for <paramref name="c"/>, or empty when it is a separator.</summary>
    public static ReadOnlySpan<char> ToAscii(char c)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            return AsciiLower[c];
        }

        return Table.TryGetValue(char.ToLowerInvariant(c), out var folded) ? folded : ReadOnlySpan<char>.Empty;
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
