using System.Buffers;
using System.Text.RegularExpressions;
using JobBoard.Ingest;
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
    /// Words that say "this is how you apply", per language (English, French, German), matched whole-word and
    /// ignoring case. "to apply" counts only where it ends a clause ("To apply:"), not in "the ability to apply
    /// logical reasoning".
    /// </summary>
    private const string InstructionPattern = @"(?<![\w-])(?:"
        + @"apply (?:here|at|via|online|through|now|on|by|for this|using|with)|apply [^.:\n]{0,40}?here|please apply|how to apply"
        + @"|to apply\s*(?:[:,.*-]|$)|apply\s*:|send (?:your|a|us your|in your) (?:cv|resume|résumé|application)"
        + @"|e-?mail (?:your|us your|a) (?:cv|resume|résumé|application)|applications? (?:to|should be sent|form)"
        + @"|postuler|postulez|candidater|candidatez|envoie[sz]?[- ]nous|envoyez[- ]nous|écrivez[- ]nous"
        + @"|envoyer (?:votre|ta|une) candidature|envoye[zr] (?:votre|vos|ton|tes) (?:candidature|cv|linkedin)"
        + @"|bewerbung|bewerben|bewirb dich"
        + @")(?!\w)";

    /// <summary>A part of each of <see cref="InstructionPattern"/>'s phrases, ignoring case as it does (and more: ordinal
    /// case folding takes "ı" for "i"): a line with none of them holds no instruction, and most lines hold none. Found in
    /// one vectorized scan, where the regex is tried at every letter that may start a phrase.</summary>
    internal static readonly SearchValues<string> InstructionWords = SearchValues.Create(
        ["appl", "send", "mail", "postul", "candidat", "envo", "crivez", "bewerb", "bewirb"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Short lines (headings) that open a section with the contact to write to.</summary>
    private static readonly string[] ContactHeadings = ["contact", "contacts", "kontakt", "kontakt information", "contact information"];

    /// <summary>How far after an instruction without a link (or a heading) its link may be, in non-blank lines.</summary>
    private const int LinesAfterInstruction = 3;

    private const int LinesAfterHeading = 8;

    private const int MaxHeadingLength = 60;

    /// <summary>How far after the instruction's first word its link may start, in characters.</summary>
    private const int MaxLinkDistance = 200;

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
    /// The link of the first apply instruction in the text, with its 1-based line; and when there is none, whether that
    /// instruction says the link is elsewhere ("Please apply via the link above", "follow the below URL to apply"):
    /// then a web link of the front matter beats its contact e-mail.
    /// </summary>
    public static ((string Link, int Line)? Link, bool PointsElsewhere) Find(string body)
    {
        var text = body.AsSpan();
        var lines = LineRanges.Of(text);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = text[lines[i]];
            var isHeading = IsHeading(line, out var heading);
            var isContactHeading = isHeading && IsContactHeading(heading.TrimEnd(':').Trim());
            var from = FirstInstruction(line);
            if (!isContactHeading && from < 0)
            {
                continue;
            }

            // On a long line (an HTML body is often one), only a link right after the words counts.
            var start = Math.Max(from, 0);
            if (FirstLink(line.Slice(start, Math.Min(line.Length - start, MaxLinkDistance))) is { } link)
            {
                return ((link, i + 1), false);
            }

            if (PointsAtLink().IsMatch(line))
            {
                return (null, true); // an instruction: a contact heading is its word alone
            }

            var reach = isHeading ? LinesAfterHeading : LinesAfterInstruction;
            for (var j = i + 1; j < lines.Length && reach > 0; j++)
            {
                var next = text[lines[j]];
                if (next.IsWhiteSpace())
                {
                    continue;
                }

                if (FirstLink(next) is { } nextLink)
                {
                    return ((nextLink, j + 1), false);
                }

                reach--;
                if (!isHeading && next.TrimStart().StartsWith('#'))
                {
                    break;
                }
            }
        }

        return (null, false);
    }

    /// <summary>Where the line's first apply instruction starts, or -1.</summary>
    private static int FirstInstruction(ReadOnlySpan<char> line)
    {
        if (!line.ContainsAny(InstructionWords))
        {
            return -1;
        }

        foreach (var match in Instruction().EnumerateMatches(line))
        {
            return match.Index;
        }

        return -1;
    }

    private static bool IsContactHeading(ReadOnlySpan<char> heading)
    {
        foreach (var contact in ContactHeadings)
        {
            if (heading.Equals(contact, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a line is heading-like, with its text: a Markdown heading, a bold line (<c>**To apply:**</c>)
    /// or a line of at most three words (a reStructuredText title, "Kontakt Information").
    /// </summary>
    private static bool IsHeading(ReadOnlySpan<char> line, out ReadOnlySpan<char> text)
    {
        var trimmed = line.Trim();
        text = trimmed.TrimStart('#').Trim().Trim("*_").Trim();
        var marked = trimmed.StartsWith('#') || trimmed.StartsWith("**", StringComparison.Ordinal);
        return text.Length is > 0 and <= MaxHeadingLength && (marked || text.Count(' ') <= 2);
    }

    /// <summary>The first e-mail address or http(s) link in a text, whichever comes first.</summary>
    private static string? FirstLink(ReadOnlySpan<char> text)
    {
        var email = First(Email(), text);
        var url = First(WebLink(), text);
        if (email.Length > 0 && (url.Length == 0 || email.Index < url.Index))
        {
            return string.Concat("mailto:", text.Slice(email.Index, email.Length));
        }

        if (url.Length == 0)
        {
            return null;
        }

        var link = text.Slice(url.Index, url.Length).TrimEnd(".,;:!?*_").ToString();
        return UrlPolicy.IsAllowed(link) ? link : null;
    }

    /// <summary>The first match of <paramref name="pattern"/>, or an empty one (neither pattern matches nothing).</summary>
    private static ValueMatch First(Regex pattern, ReadOnlySpan<char> text)
    {
        foreach (var match in pattern.EnumerateMatches(text))
        {
            return match;
        }

        return default;
    }

    [GeneratedRegex(InstructionPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Instruction();

    [GeneratedRegex(@"\b(?:link|url|button)\s+(?:above|below)\b|\b(?:above|below)\s+(?:link|url|button)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointsAtLink();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"https?://[^\s<>()\[\]""'`]+", RegexOptions.IgnoreCase)]
    private static partial Regex WebLink();
}
