using System.Text.RegularExpressions;

namespace JobBoard.Ingest;

/// <summary>
/// Escapes plain text so that it renders as text when treated as Markdown: a scraped line
/// starting with <c># </c>, <c>&gt;</c>, <c>1.</c> or <c>*</c> would otherwise become a heading,
/// a quote or a list, and <c>&lt;tag</c> raw HTML.
/// </summary>
internal static partial class MarkdownEscaper
{
    /// <summary>Leading indentation is dropped: in plain text it means nothing, in Markdown four spaces are a code block.</summary>
    public static string EscapeLine(string line)
    {
        var text = line.TrimStart(' ', '\t');
        text = LineStartSyntax().Replace(text, @"\$0", 1);
        text = OrderedListStart().Replace(text, @"$1\$2", 1);
        return HtmlStart().Replace(text, @"\<");
    }

    /// <summary><c>#</c> heading, <c>&gt;</c> quote, <c>*</c>/<c>+</c> bullets, <c>=</c>/<c>-</c> setext underlines, code fences.</summary>
    [GeneratedRegex(@"^(?:#{1,6}(?=[ \t]|$)|>|[*+](?=[ \t]|$)|={2,}[ \t]*$|-{2,}[ \t]*$|```|~~~|\*\*\*)")]
    private static partial Regex LineStartSyntax();

    [GeneratedRegex(@"^(\d{1,9})([.)])(?=[ \t]|$)")]
    private static partial Regex OrderedListStart();

    [GeneratedRegex(@"<(?=[\p{L}/!?])")]
    private static partial Regex HtmlStart();
}
