using System.Text.RegularExpressions;
using JobBoard.Model;

namespace JobBoard.Normalize;

/// <summary>
/// Finds where to apply: in a value (a link, or an address among words: <c>Will Wade &lt;will@example.org&gt;</c>,
/// <c>Jane - jane@example.org</c>), or in the text, from an instruction such as "Apply here: …",
/// "send your CV to …", "Pour postuler, écrivez-nous à …" or under a "How to apply" heading.
/// An e-mail address becomes a <c>mailto:</c> link without its query (<c>?subject=</c>, <c>?cc=</c>).
/// </summary>
public static partial class ApplyLink
{
    /// <summary>
    /// Words that say "this is how you apply", per language, as regular-expression fragments
    /// matched whole-word and ignoring case. "to apply" counts only where it ends a clause
    /// ("To apply:"), not in "the ability to apply logical reasoning".
    /// </summary>
    private static readonly string[] Instructions =
    [
        // English
        @"apply (?:here|at|via|online|through|now|on|by|for this|using|with)", @"apply [^.:\n]{0,40}?here", @"please apply", @"how to apply",
        @"to apply\s*(?:[:,.*-]|$)", @"apply\s*:", @"send (?:your|a|us your|in your) (?:cv|resume|résumé|application)",
        @"e-?mail (?:your|us your|a) (?:cv|resume|résumé|application)", @"applications? (?:to|should be sent|form)",
        // French
        @"postuler", @"postulez", @"candidater", @"candidatez", @"envoie[sz]?[- ]nous", @"envoyez[- ]nous", @"écrivez[- ]nous",
        @"envoyer (?:votre|ta|une) candidature", @"envoye[zr] (?:votre|vos|ton|tes) (?:candidature|cv|linkedin)",
        // German
        @"bewerbung", @"bewerben", @"bewirb dich",
    ];

    /// <summary>Short lines (headings) that open a section with the contact to write to.</summary>
    private static readonly string[] ContactHeadings = ["contact", "contacts", "kontakt", "kontakt information", "contact information"];

    /// <summary>How far after an instruction without a link (or a heading) its link may be, in non-blank lines.</summary>
    private const int LinesAfterInstruction = 3;

    private const int LinesAfterHeading = 8;

    private const int MaxHeadingLength = 60;

    /// <summary>How far after the instruction's first word its link may start, in characters.</summary>
    private const int MaxLinkDistance = 200;

    private static readonly Regex Instruction = new(
        @"(?<![\w-])(?:" + string.Join('|', Instructions) + @")(?!\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The apply link a front-matter value names, or null when it names none.</summary>
    public static string? FromValue(string value)
    {
        var text = value.Trim();
        if (text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && Email().Match(text) is { Success: true } address)
        {
            return "mailto:" + address.Value;
        }

        if (UrlPolicy.IsAllowed(text) && !text.Any(char.IsWhiteSpace))
        {
            return text;
        }

        // Inside a longer text only an e-mail address counts: a web link among other words could
        // be anything, and a value that is not a link as a whole is refused by the caller.
        return Email().Match(text) is { Success: true } email ? "mailto:" + email.Value : null;
    }

    /// <summary>
    /// The link of the first apply instruction in the text, with its 1-based line. Null as well
    /// when that instruction points at a link given elsewhere ("apply via the link above"):
    /// see <see cref="PointsAtLinkElsewhere"/>.
    /// </summary>
    public static (string Link, int Line)? FromText(string body)
    {
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var heading = HeadingText(line);
            var isContactHeading = heading is not null && ContactHeadings.Contains(heading.TrimEnd(':').Trim().ToLowerInvariant());
            var instruction = Instruction.Match(line);
            if (!isContactHeading && !instruction.Success)
            {
                continue;
            }

            // On a long line (an HTML body is often one), only a link right after the words counts.
            var from = instruction.Success ? instruction.Index : 0;
            if (FirstLink(line.Substring(from, Math.Min(line.Length - from, MaxLinkDistance))) is { } link)
            {
                return (link, i + 1);
            }

            if (PointsAtLink().IsMatch(line))
            {
                return null;
            }

            var reach = heading is not null ? LinesAfterHeading : LinesAfterInstruction;
            for (var j = i + 1; j < lines.Length && reach > 0; j++)
            {
                if (lines[j].Trim().Length == 0)
                {
                    continue;
                }

                if (FirstLink(lines[j]) is { } next)
                {
                    return (next, j + 1);
                }

                reach--;
                if (heading is null && lines[j].TrimStart().StartsWith('#'))
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The text of a heading-like line, else null: a Markdown heading, a bold line (<c>**To apply:**</c>)
    /// or a line of at most three words (a reStructuredText title, "Kontakt Information").
    /// </summary>
    private static string? HeadingText(string line)
    {
        var trimmed = line.Trim();
        var text = trimmed.TrimStart('#').Trim().Trim('*', '_').Trim();
        var marked = trimmed.StartsWith('#') || trimmed.StartsWith("**", StringComparison.Ordinal);
        return text.Length is > 0 and <= MaxHeadingLength && (marked || text.Split(' ').Length <= 3) ? text : null;
    }

    /// <summary>
    /// Whether the text's first apply instruction without a link of its own says the link is
    /// elsewhere ("Please apply via the link above", "follow the below URL to apply"): then a web
    /// link of the front matter beats its contact e-mail.
    /// </summary>
    public static bool PointsAtLinkElsewhere(string body) =>
        FromText(body) is null && body.Split('\n').FirstOrDefault(l => Instruction.IsMatch(l) && PointsAtLink().IsMatch(l)) is not null;

    /// <summary>The first e-mail address or http(s) link in a text, whichever comes first.</summary>
    private static string? FirstLink(string text)
    {
        var email = Email().Match(text);
        var url = WebLink().Match(text);
        if (email.Success && (!url.Success || email.Index < url.Index))
        {
            return "mailto:" + email.Value;
        }

        if (!url.Success)
        {
            return null;
        }

        var link = url.Value.TrimEnd('.', ',', ';', ':', '!', '?', '*', '_');
        return UrlPolicy.IsAllowed(link) ? link : null;
    }

    [GeneratedRegex(@"\b(?:link|url|button)\s+(?:above|below)\b|\b(?:above|below)\s+(?:link|url|button)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointsAtLink();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"https?://[^\s<>()\[\]""'`]+", RegexOptions.IgnoreCase)]
    private static partial Regex WebLink();
}
