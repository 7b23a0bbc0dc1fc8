using System.Collections.Frozen;
using System.Text;

namespace JobBoard.Normalize;

/// <summary>
/// Turns a title or name into a URL slug: lower-case ASCII kebab-case (<c>[a-z0-9]+(-[a-z0-9]+)*</c>),
/// at most <see cref="MaxLength"/> characters, never a name Windows reserves for a device. Pure, total and
/// idempotent; the empty string when nothing usable is left (the caller decides what to do then). Every slug
/// of the site goes through here: job pages, tags, companies and places.
/// </summary>
/// <remarks>
/// Latin letters are folded by <see cref="LatinFold"/> (é→e, ü→u, ß→ss, ø→o, æ→ae, İ→i), not with the
/// platform's Unicode normalization or casing, so slugs are the same on every machine and culture and never
/// fail on broken text such as lone surrogates. Letters outside the table, symbols and punctuation separate
/// words; apostrophes vanish ("Women's" → "womens"). Symbols carry no meaning here: "C++" and "C#" both
/// become "c". Naming technologies (c-sharp, dotnet) is the tag canonicalizer's job, not a generic slug's.
/// </remarks>
public static class Slugger
{
    public const int MaxLength = 80;

    /// <summary>What a slug that Windows reserves gets appended, so that a checkout or a copy of the built site
    /// on Windows can create its folder (<c>jobs/con/</c> cannot exist there).</summary>
    public const string DeviceNameSuffix = "-1";

    /// <summary>Names Windows reserves for devices, with or without an extension; slugs never have one.</summary>
    private static readonly FrozenSet<string> DeviceNames =
        new[] { "con", "prn", "aux", "nul" }
            .Concat(Enumerable.Range(0, 10).SelectMany(n => new[] { $"com{n}", $"lpt{n}" }))
            .ToFrozenSet(StringComparer.Ordinal);

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

            if (c is '\'' or '’' or 'ʼ')
            {
                continue;
            }

            var ascii = LatinFold.ToAscii(c);
            if (ascii.IsEmpty)
            {
                pendingDash = slug.Length > 0;
                continue;
            }

            if (pendingDash)
            {
                slug.Append('-');
                pendingDash = false;
            }

            slug.Append(ascii);
        }

        var cut = Cut(slug.ToString());
        return DeviceNames.Contains(cut) ? cut + DeviceNameSuffix : cut;
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
}
