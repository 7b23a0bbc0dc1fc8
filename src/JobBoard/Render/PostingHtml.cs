using System.Collections.Frozen;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using JobBoard.Model;

namespace JobBoard.Render;

/// <summary>
/// Posting HTML (an applicant-tracking system's export, or raw HTML in a Markdown body) made safe
/// to publish: HtmlSanitizer keeps an allowlist of formatting elements and only <c>href</c> links
/// that <see cref="UrlPolicy"/> allows; script, style and other active content goes with
/// everything inside it; links get <c>rel="nofollow noopener ugc"</c> like Markdown links; images
/// become their alt text (no external requests from our pages), and the page's own title stays
/// the only h1.
/// </summary>
public sealed class PostingHtml
{
    /// <summary>Formatting that postings use; anything else is unwrapped (its text stays).</summary>
    private static readonly string[] AllowedTags =
    [
        "p", "br", "hr", "div", "section", "article", "a", "strong", "b", "em", "i", "u", "s", "del", "ins", "mark", "sub", "sup",
        "small", "code", "pre", "kbd", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
    ];

    /// <summary>Elements removed with their content: their text is code, form chrome or fallback, never prose.</summary>
    private static readonly string DroppedWithContent = string.Join(", ",
        "script", "style", "template", "noscript", "noembed", "noframes", "xmp", "plaintext", "title", "head", "textarea", "select",
        "button", "input", "iframe", "frame", "frameset", "object", "embed", "applet", "canvas", "audio", "video", "svg", "math");

    /// <summary>Where one block of text ends, for the plain text.</summary>
    private static readonly FrozenSet<string> Blocks = FrozenSet.ToFrozenSet(
        ["p", "br", "hr", "div", "section", "article", "pre", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "tr", "th", "td"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Headings = FrozenSet.ToFrozenSet(["h1", "h2", "h3", "h4", "h5", "h6"], StringComparer.Ordinal);

    private readonly HtmlSanitizer sanitizer;

    public PostingHtml()
    {
        var options = HtmlSanitizerOptions.Empty();
        options.AllowedTags.UnionWith(AllowedTags);
        options.AllowedAttributes.Add("href");
        options.UriAttributes.Add("href");
        options.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
    }

    /// <summary>The safe HTML of a fragment, and its text without headings (as <see cref="MarkdownRenderer"/> gives it).</summary>
    public (string Html, string Text) Render(string html)
    {
        var document = new HtmlParser().ParseDocument(string.Empty);
        var body = document.Body!;
        body.InnerHtml = html;
        foreach (var element in body.QuerySelectorAll(DroppedWithContent).ToList())
        {
            element.Remove();
        }

        foreach (var image in body.QuerySelectorAll("img").ToList())
        {
            image.Replace(document.CreateTextNode(image.GetAttribute("alt") ?? string.Empty));
        }

        sanitizer.SanitizeDom(document, body);
        NeutralizeLinks(body);
        DemoteHeadings(document, body);
        return (body.ChildNodes.ToHtml(HtmlFormatter.Instance), PlainText(body));
    }

    /// <summary>Text of the prose, blocks on their own lines, headings left out, entities decoded, no-break spaces plain.</summary>
    private static string PlainText(IElement root)
    {
        var text = new System.Text.StringBuilder();
        Append(root);
        return text.ToString();

        void Append(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText t)
                {
                    text.Append(t.Data.Replace('\u00A0', ' '));
                }
                else if (child is IElement e && !Headings.Contains(e.LocalName))
                {
                    var block = Blocks.Contains(e.LocalName);
                    if (block)
                    {
                        EndLine();
                    }

                    Append(child);
                    if (block)
                    {
                        EndLine();
                    }
                }
            }
        }

        void EndLine()
        {
            if (text.Length > 0 && text[^1] != '\n')
            {
                text.Append('\n');
            }
        }
    }

    /// <summary>A link to a target the policy refuses (relative, javascript:...) keeps its text only.</summary>
    private static void NeutralizeLinks(IElement body)
    {
        foreach (var link in body.QuerySelectorAll("a").ToList())
        {
            if (UrlPolicy.IsAllowed(link.GetAttribute("href")))
            {
                link.SetAttribute("rel", "nofollow noopener ugc");
                continue;
            }

            while (link.FirstChild is { } child)
            {
                link.Parent!.InsertBefore(child, link);
            }

            link.Remove();
        }
    }

    /// <summary>The page's own title is the only h1, so body headings start at h2.</summary>
    private static void DemoteHeadings(IHtmlDocument document, IElement body)
    {
        var headings = body.QuerySelectorAll(string.Join(", ", Headings)).ToList();
        if (!headings.Any(h => h.LocalName == "h1"))
        {
            return;
        }

        foreach (var heading in headings)
        {
            var level = Math.Min(heading.LocalName[1] - '0' + 1, 6);
            var demoted = document.CreateElement("h" + level);
            while (heading.FirstChild is { } child)
            {
                demoted.AppendChild(child);
            }

            heading.Replace(demoted);
        }
    }
}
