using System.Text;
using System.Text.RegularExpressions;

namespace JobBoard.Ingest;

/// <summary>
/// Recovers the structure that scraping flattened (seed 004 is a single 6 KB line): known
/// section headings glued to their neighbours become <c>## Heading</c> lines, <c>•</c> bullets
/// become list items, and sentences glued after a period get their space back.
/// </summary>
internal static partial class GluedTextSplitter
{
    public static string Split(string text) =>
        GluedSentence().Replace(GluedHashtag().Replace(SplitBullets(SplitHeadings(text)), " "), " ");

    /// <summary>
    /// A known heading (title case at its first letter) counts when it is glued or alone:
    /// before it a line start, punctuation, a lower-case letter (<c>experienceCome As You Are</c>) or a
    /// sentence end; after it a colon, a line end, a bullet or an upper-case letter
    /// (<c>DescriptionConfluent</c>). "Requirements for this role" in prose is left alone.
    /// </summary>
    internal static string SplitHeadings(string text)
    {
        var output = new StringBuilder(text.Length + 256);
        var copied = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsUpper(text[i]) || !BoundaryBefore(text, i) || MatchHeading(text, i) is not { } heading)
            {
                continue;
            }

            var end = i + heading.Length;
            if (end < text.Length && text[end] == ':')
            {
                end++;
            }

            while (end < text.Length && text[end] is ' ' or '\t')
            {
                end++;
            }

            output.Append(text, copied, i - copied).Append("\n\n## ").Append(text, i, heading.Length).Append("\n\n");
            copied = end;
            i = end - 1;
        }

        return output.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary><c>•</c> and <c>▪</c> anywhere (seed 004 glues them: <c>Do:• Build</c>); <c>·</c> and <c>–</c> only at a line start, where they cannot be prose.</summary>
    internal static string SplitBullets(string text) =>
        LineStartBullet().Replace(InlineBullet().Replace(text, "\n- "), "- ");

    private static string? MatchHeading(string text, int i)
    {
        foreach (var heading in KnownHeadings.TextSections)
        {
            if (i + heading.Length > text.Length || !SameHeading(text.AsSpan(i, heading.Length), heading))
            {
                continue;
            }

            var end = i + heading.Length;
            if (end == text.Length || text[end] is '\n' or ':' or '•' or '▪' || char.IsUpper(text[end]))
            {
                return heading;
            }
        }

        return null;
    }

    /// <summary>Case-insensitive, with typographic apostrophes equal to ASCII ones; no allocation.</summary>
    private static bool SameHeading(ReadOnlySpan<char> candidate, string heading)
    {
        for (var k = 0; k < heading.Length; k++)
        {
            var c = candidate[k] is '\u2019' or '\u2018' ? '\'' : candidate[k];
            if (char.ToUpperInvariant(c) != char.ToUpperInvariant(heading[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool BoundaryBefore(string text, int i)
    {
        if (i == 0)
        {
            return true;
        }

        var previous = text[i - 1];
        if (previous == '\n' || char.IsLower(previous))
        {
            return true;
        }

        if (previous is ' ' or '\t')
        {
            var k = i - 1;
            while (k >= 0 && text[k] is ' ' or '\t')
            {
                k--;
            }

            return k < 0 || text[k] is '\n' or '.' or '!' or '?';
        }

        // Glued to punctuation ("world.We", "...:About"), but not inside a word ("Pre-Requirements").
        return !char.IsLetterOrDigit(previous) && previous is not '-' and not '\'' and not '\u2019';
    }

    [GeneratedRegex(@"[ \t]*\n?[ \t]*[•▪][ \t]*")]
    private static partial Regex InlineBullet();

    [GeneratedRegex(@"(?m)^[ \t]*[·–][ \t]+")]
    private static partial Regex LineStartBullet();

    /// <summary>Seed 004: "digital-first world.We’re looking", "click HERE.Confluent requires".</summary>
    [GeneratedRegex(@"(?<=[\p{L}\p{N})”""][.!?])(?=\p{Lu}[\p{Ll}’'])")]
    private static partial Regex GluedSentence();

    /// <summary>Seed 004: "prospective employees.#LI-Remote".</summary>
    [GeneratedRegex(@"(?<=[\p{L}\p{N})][.!?])(?=#\p{L})")]
    private static partial Regex GluedHashtag();
}
