using System.Collections.Frozen;
using System.Net;

namespace JobBoard.Render;

/// <summary>
/// Tells an HTML body from a Markdown one. Applicant-tracking systems (Greenhouse, Lever,
/// Workable...) export descriptions as HTML, and some exports escape it once more
/// (<c>&amp;lt;p&amp;gt;</c>): a body that starts with an HTML element and ends with a tag is
/// HTML, in either spelling. Everything else is Markdown (which may still hold some HTML).
/// </summary>
public static class BodyMarkup
{
    /// <summary>Elements an HTML description starts with; <c>&lt;b&gt;</c> alone is too rare to matter.</summary>
    private static readonly FrozenSet<string> OpeningElements = FrozenSet.ToFrozenSet(
    [
        "!doctype", "html", "body", "div", "section", "article", "main", "header", "p", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "dl", "table", "blockquote", "pre", "span", "strong", "b", "em", "i", "u", "br", "font", "a",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The body as HTML when it is HTML, entity-escaped HTML decoded once (so an escaped
    /// <c>&amp;amp;lt;script&amp;amp;gt;</c> stays text); null when it is Markdown.
    /// </summary>
    public static string? AsHtml(string body)
    {
        var text = body.AsSpan().Trim();
        if (StartsWithElement(text, "<") && text.EndsWith('>'))
        {
            return body;
        }

        return StartsWithElement(text, "&lt;") && text.EndsWith("&gt;", StringComparison.Ordinal) && !text.Contains('<')
            ? WebUtility.HtmlDecode(body)
            : null;
    }

    private static bool StartsWithElement(ReadOnlySpan<char> text, string open)
    {
        if (!text.StartsWith(open, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = text[open.Length..];
        var end = 0;
        while (end < rest.Length && (char.IsAsciiLetterOrDigit(rest[end]) || (end == 0 && rest[end] == '!')))
        {
            end++;
        }

        return end > 0 && OpeningElements.GetAlternateLookup<ReadOnlySpan<char>>().Contains(rest[..end]);
    }
}
