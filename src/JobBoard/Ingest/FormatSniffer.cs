using System.Text.RegularExpressions;
using JobBoard.Model;

namespace JobBoard.Ingest;

/// <summary>
/// Decides how a posting is written from its content only (all seeds are <c>.txt</c>, yet
/// four of them are Markdown).
/// </summary>
public static partial class FormatSniffer
{
    /// <summary>Bullet lines needed before a file without other Markdown signals counts as Markdown.</summary>
    private const int MinBulletLines = 2;

    public static PostingFormat Sniff(string text)
    {
        text ??= string.Empty;
        var trimmed = text.TrimStart('\uFEFF');
        var first = FirstNonBlankLine(trimmed);
        if (first is not null && ClosingFence(first) is not null)
        {
            return PostingFormat.FrontMatterMarkdown;
        }

        if (first is not null && HtmlDocumentStart().IsMatch(first) && text.Contains("<html", StringComparison.OrdinalIgnoreCase))
        {
            return PostingFormat.Html;
        }

        // Most postings open with front matter: only the others are split into lines.
        var lines = trimmed.Split('\n');
        if (IsReStructuredText(lines))
        {
            return PostingFormat.ReStructuredText;
        }

        var bullets = 0;
        foreach (var line in lines)
        {
            // Headings, bold text, links and code fences do not happen by accident in scraped
            // text (seed 004 has "#LI-Remote" but no "# " heading).
            if (AtxHeading().IsMatch(line) || Bold().IsMatch(line) || Link().IsMatch(line) || line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                return PostingFormat.PlainMarkdown;
            }

            if (BulletLine().IsMatch(line) && ++bullets >= MinBulletLines)
            {
                return PostingFormat.PlainMarkdown;
            }
        }

        return PostingFormat.Text;
    }

    private static string? FirstNonBlankLine(string text)
    {
        foreach (var line in text.AsSpan().Split('\n'))
        {
            if (!text.AsSpan()[line].IsWhiteSpace())
            {
                return text[line];
            }
        }

        return null;
    }

    /// <summary>
    /// A section title underlined (or overlined) the rst way, and something Markdown never writes:
    /// a field list line, a named link (<c>`Acme &lt;https://acme.example&gt;`_</c>), a directive, or an
    /// adornment of other punctuation than the <c>=</c> and <c>-</c> of Markdown's setext headings.
    /// </summary>
    private static bool IsReStructuredText(string[] lines)
    {
        var titled = false;
        var rstOnly = false;
        for (var i = 0; i < lines.Length && !(titled && rstOnly); i++)
        {
            if (ReStructuredTextReader.TitleAt(lines, i) is { } title)
            {
                titled = true;
                rstOnly |= title.Style[^1] is not ('=' or '-') || title.Style.StartsWith("over", StringComparison.Ordinal);
            }

            rstOnly |= RstOnlyLine().IsMatch(lines[i]);
        }

        return titled && rstOnly;
    }

    /// <summary>
    /// For a line that opens front matter, the line that closes it: <c>---</c> (YAML or JSON),
    /// <c>+++</c> (TOML) or, for a bare JSON object opened by a line with only <c>{</c>, <c>}</c>.
    /// Trailing spaces are allowed. Null for any other line.
    /// </summary>
    internal static string? ClosingFence(string line) => line.TrimEnd() switch
    {
        "---" => "---",
        "+++" => "+++",
        "{" => "}",
        _ => null,
    };

    [GeneratedRegex(@"^ {0,3}#{1,6}(?:[ \t]+\S|[ \t]*$)")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^\s*(?:<\?xml\b|<!doctype\s+html\b|<html\b)", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlDocumentStart();

    [GeneratedRegex(@"^:[\p{L}\p{N}][^:\n]{0,60}:(?:[ \t]|$)|`[^`<]+<[^<>`\s]+>`__?|^\.\. [\w-]+::")]
    private static partial Regex RstOnlyLine();

    [GeneratedRegex(@"(?:^|\s)\*\*\S")]
    private static partial Regex Bold();

    [GeneratedRegex(@"\[[^\]\n]+\]\([^)\s]+\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d{1,3}[.)])\s+\S")]
    private static partial Regex BulletLine();
}
