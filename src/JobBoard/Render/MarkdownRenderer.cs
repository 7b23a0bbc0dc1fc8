using System.Buffers;
using JobBoard.Model;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JobBoard.Render;

/// <summary>
/// Turns a posting body into safe HTML. Posting files come from strangers' pull requests, so
/// raw HTML inside Markdown is disabled (it renders as text), links keep only http, https and
/// mailto targets, and images become their alt text (no external requests from our pages). A body
/// that is HTML — exported from an applicant-tracking system (<see cref="BodyMarkup"/>) — goes
/// through <see cref="PostingHtml"/>'s allowlist instead.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .UseReferralLinks("nofollow", "noopener", "ugc")
        .DisableHtml()
        .Build();

    // Made on the first HTML body: the sanitizer's CSS tables cost a fifth of a second to build,
    // which a board of Markdown postings (and `check` of one) should not pay.
    private readonly Lazy<PostingHtml> html = new(() => new PostingHtml());

    /// <summary>The body as safe HTML and as plain text (its paragraphs and list items,
    /// without headings: for summaries, meta descriptions and the search index), from one parse.</summary>
    /// <returns>The HTML in this thread's buffer, as UTF-8 (see <see cref="RenderedBody"/>).</returns>
    public RenderedBody Render(string body)
    {
        var written = bodyHtml ??= new PageWriter();
        written.Clear();
        ReadOnlyMemory<char> text;
        if (BodyMarkup.AsHtml(body) is { } markup)
        {
            (var safe, var plain) = html.Value.Render(markup);
            written.Write(safe);
            text = plain.AsMemory();
        }
        else
        {
            var document = Markdown.Parse(body, pipeline);
            DemoteHeadings(document);
            NeutralizeLinks(document);
            document.ToHtml(written, pipeline);
            text = PlainText(document);
        }

        return new RenderedBody(new Markup(written.Written), text);
    }

    /// <summary>The HTML being made, per thread: one buffer, grown to the longest body, serves every posting.</summary>
    [ThreadStatic]
    private static PageWriter? bodyHtml;

    /// <summary>
    /// A summary as plain text: one written as HTML (an applicant-tracking system's description
    /// field, raw or escaped) becomes its text; any other is kept as written.
    /// </summary>
    public string? SummaryText(string? summary) =>
        summary is not null && BodyMarkup.AsHtml(summary) is { } markup ? html.Value.Render(markup).Text : summary;

    /// <summary>The text being made, per thread: one buffer, grown to the longest body, serves every posting.</summary>
    [ThreadStatic]
    private static ArrayBufferWriter<char>? plain;

    private static ReadOnlyMemory<char> PlainText(MarkdownDocument document)
    {
        var text = plain ??= new ArrayBufferWriter<char>();
        text.ResetWrittenCount();
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            if (paragraph.Inline is { } inline)
            {
                AppendLeaves(text, inline);
            }

            text.Write(" ");
        }

        return text.WrittenMemory;
    }

    /// <summary>The text of the leaves under <paramref name="container"/>, in document order; walked here rather than
    /// through Markdig's <c>Descendants</c>, which makes an iterator and a stack for every paragraph.</summary>
    private static void AppendLeaves(ArrayBufferWriter<char> text, ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case LiteralInline literal:
                    text.Write(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Write(code.Content);
                    break;
                case LineBreakInline:
                    text.Write(" ");
                    break;
                case ContainerInline inner:
                    AppendLeaves(text, inner);
                    break;
            }
        }
    }

    /// <summary>The page's own title is the only h1, so body headings start at h2.</summary>
    private static void DemoteHeadings(MarkdownDocument document)
    {
        // Walked twice rather than listed: most bodies have headings, and a list of them per posting adds up.
        if (!document.Descendants<HeadingBlock>().Any(h => h.Level <= 1))
        {
            return;
        }

        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(heading.Level + 1, 6);
        }
    }

    private static void NeutralizeLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage)
            {
                ReplaceWithText(link, link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            }
            else if (!UrlPolicy.IsAllowed(link.Url))
            {
                ReplaceWithChildren(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
            if (!UrlPolicy.IsAllowed(url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }
    }

    private static void ReplaceWithText(Inline inline, IEnumerable<string> parts) =>
        inline.ReplaceBy(new LiteralInline(string.Concat(parts)));

    private static void ReplaceWithChildren(ContainerInline link)
    {
        var children = link.ToList();
        Inline anchor = link;
        foreach (var child in children)
        {
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
        }

        link.Remove();
    }
}

/// <summary>A posting body rendered once: safe HTML, and the plain text of its prose.</summary>
/// <param name="Html">UTF-8 in the rendering thread's buffer, good until that thread renders the next body: a job page
/// places it as it is, and a page or profile, which keeps it, makes it a string. Made a string for every posting, it was
/// 4% of what a build allocated.</param>
/// <param name="Text">Likewise in the thread's buffer: the search terms and the summary are read from it.</param>
public sealed record RenderedBody(Markup Html, ReadOnlyMemory<char> Text);
