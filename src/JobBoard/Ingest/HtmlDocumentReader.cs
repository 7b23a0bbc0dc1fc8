using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace JobBoard.Ingest;

/// <summary>
/// Reads a whole HTML document without front matter, as Docutils and careers-page exports write
/// them: the title from the first <c>&lt;h1&gt;</c> (else <c>&lt;title&gt;</c>), the line under it
/// (<see cref="DocumentSubtitle"/>), field lists (Docutils' <c>field-list</c> and <c>docinfo</c>) as
/// fields, a contact section's first address as the way to apply (<see cref="ContactSection"/>),
/// and the body's content, without the title and the page's header and footer, as an HTML body
/// (the renderer sanitizes it).
/// </summary>
public static class HtmlDocumentReader
{
    /// <summary>Page chrome, not the posting: logos, navigation, footers.</summary>
    private const string Chrome = "header, footer, nav, .header, .footer";

    /// <summary>Field names and values of Docutils field lists and bibliographic fields.</summary>
    private const string FieldRows = "table.field-list tr, table.docinfo tr, dl.field-list > dt, dl.docinfo > dt";

    private const string AnyHeading = "h1, h2, h3, h4, h5, h6";

    /// <param name="text">The whole file.</param>
    /// <returns>The body as HTML, the fields found, and the file line where the body starts.</returns>
    public static (string Body, ImmutableArray<RawField> Fields) Read(string text)
    {
        var result = ReadStructure(text);
        return (result.Body, result.Fields);
    }

    internal static MarkdownStructure ReadStructure(string text)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(text);
        var body = document.Body!;
        var fields = ImmutableArray.CreateBuilder<RawField>();
        foreach (var chrome in body.QuerySelectorAll(Chrome).ToList())
        {
            chrome.Remove();
        }

        var heading = body.QuerySelector("h1");
        if (heading is not null && Flat(heading.TextContent) is { Length: > 0 } title)
        {
            fields.Add(Field("title", title, heading, FieldOrigin.Heading));
            var under = heading.NextElementSibling;
            if (under is not null && (under.ClassList.Contains("subtitle") || under.Matches(AnyHeading)))
            {
                var link = under.FirstElementChild is { LocalName: "a" } a && under.FirstChild == a ? a : null;
                fields.AddRange(DocumentSubtitle.Read(Flat(under.TextContent), link is null ? null : Flat(link.TextContent),
                    link?.GetAttribute("href"), Line(under), Column(under)));
                under.Remove();
            }

            heading.Remove();
        }
        else if (document.Title is { } pageTitle && Flat(pageTitle) is { Length: > 0 } named)
        {
            fields.Add(Field("title", named, document.QuerySelector("title")!, FieldOrigin.Heading));
        }

        fields.AddRange(FieldLists(body));
        if (ContactApply(body) is { } apply)
        {
            fields.Add(apply);
        }

        var first = body.FirstElementChild;
        return new MarkdownStructure(body.InnerHtml.Trim(), fields.ToImmutable(), first is null ? 1 : Line(first));
    }

    private static IEnumerable<RawField> FieldLists(IElement body)
    {
        foreach (var row in body.QuerySelectorAll(FieldRows))
        {
            var (name, value) = row.LocalName == "tr"
                ? (row.QuerySelector("th"), row.QuerySelector("td"))
                : (row, row.NextElementSibling is { LocalName: "dd" } dd ? dd : null);
            if (name is not null && value is not null && Flat(name.TextContent).TrimEnd(':').Trim() is { Length: > 0 } key)
            {
                yield return Field(key, Flat(value.TextContent), value, FieldOrigin.HeaderLine);
            }
        }
    }

    /// <summary>The first address in the section under a contact heading: everything up to the next heading of its level or above.</summary>
    private static RawField? ContactApply(IElement body)
    {
        foreach (var heading in body.QuerySelectorAll(AnyHeading).Where(h => KnownHeadings.IsContactSection(Flat(h.TextContent))))
        {
            for (var node = heading.NextElementSibling; node is not null && !EndsSection(node, heading); node = node.NextElementSibling)
            {
                var link = node.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
                    .FirstOrDefault(href => href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || href.StartsWith("http", StringComparison.OrdinalIgnoreCase));
                if ((link ?? ContactSection.FirstAddress(node.TextContent)) is { } address)
                {
                    return Field(ContactSection.Key, address, node, FieldOrigin.Heading);
                }
            }
        }

        return null;
    }

    private static bool EndsSection(IElement node, IElement heading) =>
        node.Matches(AnyHeading) && node.LocalName[1] <= heading.LocalName[1];

    private static RawField Field(string key, string value, IElement where, FieldOrigin origin) =>
        new(key, [value], Line(where), Column(where), origin);

    private static int Line(IElement element) => element.SourceReference?.Position.Line ?? 1;

    private static int Column(IElement element) => element.SourceReference?.Position.Column ?? 1;

    /// <summary>Text on one line: runs of white space (a wrapped title) become one space.</summary>
    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
