using System.Collections.Frozen;
using System.Text;

namespace JobBoard.Normalize;

/// <summary>
/// Turns a title or name into a URL slug: lower-case ASCII kebab-case (<c>[a-z0-9]+(-[a-z0-9]+)*</c>),
/// at most <see cref="MaxLength"/> characters. Pure, total and idempotent; the empty string when
/// nothing usable is left (the caller decides what to do then).
/// </summary>
/// <remarks>
/// Accented letters are transliterated from a fixed table (é→e, ü→u, ß→ss, ø→o, æ→ae), not
/// with the platform's Unicode normalization, so slugs are the same on every machine and never
/// fail on broken text such as lone surrogates. Letters outside the table, symbols and
/// punctuation separate words; apostrophes vanish ("Women's" → "womens"). Symbols carry no
/// meaning here: "C++" and "C#" both become "c". Naming technologies (c-sharp, dotnet) is the tag
/// canonicalizer's job, not a generic slug's.
/// </remarks>
public static class Slugger
{
    public const int MaxLength = 80;

    /// <summary>Latin letters with diacritics and ligatures to their ASCII spelling (lower case).</summary>
    private static readonly FrozenDictionary<char, string> Transliterations = BuildTransliterations();

    public static string Slugify(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var slug = new StringBuilder(Math.Min(text.Length, MaxLength + 1));
        var pendingDash = false;
        foreach (var c in text)
        {
            if (slug.Length > MaxLength)
            {
                break; // One past the limit is enough to know whether the cut falls on a dash.
            }

            string? ascii = c switch
            {
                >= 'a' and <= 'z' or >= '0' and <= '9' => null,
                >= 'A' and <= 'Z' => null,
                '\'' or '’' or 'ʼ' => string.Empty,
                _ => Transliterations.GetValueOrDefault(c),
            };

            if (ascii is { Length: 0 })
            {
                continue;
            }

            if (ascii is null && !char.IsAsciiLetterOrDigit(c))
            {
                pendingDash = slug.Length > 0;
                continue;
            }

            if (pendingDash)
            {
                slug.Append('-');
                pendingDash = false;
            }

            if (ascii is null)
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else
            {
                slug.Append(ascii);
            }
        }

        return Cut(slug.ToString());
    }

    /// <summary>At most <see cref="MaxLength"/> characters, cut at a word boundary when there is one.</summary>
    private static string Cut(string slug)
    {
        if (slug.Length <= MaxLength)
        {
            return slug.Trim('-');
        }

        var cut = slug[MaxLength] == '-' ? MaxLength : slug.LastIndexOf('-', MaxLength - 1);
        return (cut > 0 ? slug[..cut] : slug[..MaxLength]).Trim('-');
    }

    private static FrozenDictionary<char, string> BuildTransliterations()
    {
        // Pairs of (letters, ASCII): each letter of the first string maps to the second.
        (string Letters, string Ascii)[] table =
        [
            ("àáâãäåāăąǎȁȃȧạảấầẩẫậắằẳẵặÀÁÂÃÄÅĀĂĄǍẠẢẤẦẨẪẬẮẰẲẴẶ", "a"),
            ("æǽÆǼ", "ae"),
            ("çćĉċčÇĆĈĊČ", "c"),
            ("ďđðĎĐÐ", "d"),
            ("èéêëēĕėęěẹẻẽếềểễệÈÉÊËĒĔĖĘĚẸẺẼẾỀỂỄỆ", "e"),
            ("ĝğġģĜĞĠĢ", "g"),
            ("ĥħĤĦ", "h"),
            ("ìíîïĩīĭįıỉịÌÍÎÏĨĪĬĮİỈỊ", "i"),
            ("ĳĲ", "ij"),
            ("ĵĴ", "j"),
            ("ķĶ", "k"),
            ("ĺļľŀłĹĻĽĿŁ", "l"),
            ("ñńņňŉÑŃŅŇ", "n"),
            ("òóôõöøōŏőơọỏốồổỗộớờởỡợÒÓÔÕÖØŌŎŐƠỌỎỐỒỔỖỘỚỜỞỠỢ", "o"),
            ("œŒ", "oe"),
            ("ŕŗřŔŖŘ", "r"),
            ("śŝşšșŚŜŞŠȘ", "s"),
            ("ß", "ss"),
            ("ţťŧțŢŤŦȚ", "t"),
            ("þÞ", "th"),
            ("ùúûüũūŭůűųưụủứừửữựÙÚÛÜŨŪŬŮŰŲƯỤỦỨỪỬỮỰ", "u"),
            ("ŵŴ", "w"),
            ("ýÿŷỳỵỷỹÝŸŶỲỴỶỸ", "y"),
            ("źżžŹŻŽ", "z"),
        ];

        var map = new Dictionary<char, string>();
        foreach (var (letters, ascii) in table)
        {
            foreach (var letter in letters)
            {
                map[letter] = ascii;
            }
        }

        return map.ToFrozenDictionary();
    }
}
