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
        var lines = text.TrimStart('\uFEFF').Split('\n');
        var first = lines.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));
        if (first is not null && ClosingFence(first) is not null)
        {
            return PostingFormat.FrontMatterMarkdown;
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

    [GeneratedRegex(@"(?:^|\s)\*\*\S")]
    private static partial Regex Bold();

    [GeneratedRegex(@"\[[^\]\n]+\]\([^)\s]+\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d{1,3}[.)])\s+\S")]
    private static partial Regex BulletLine();
}
