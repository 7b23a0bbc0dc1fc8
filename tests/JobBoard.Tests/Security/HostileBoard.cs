using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Security;

/// <summary>
/// Writes a board whose postings carry the XSS corpus in every field a posting can set, in all
/// input formats, plus a theme: the repository's, with one block added to the job page that
/// shows the unknown keys (<c>job.extra</c>), as a theme author would use them.
/// </summary>
/// <remarks>
/// Text fields (title, company, location, tag, salary, summary, extra keys...) hold three vectors
/// each, rotated so that every vector lands in every such field of some front-matter posting; URL
/// fields hold one; every body holds every vector as a paragraph and once more inside a Markdown
/// construct, rotated so that every vector meets every construct. HTML documents, reStructuredText
/// postings and front matter with an HTML body (raw, and entity-escaped) carry every vector too. Apply links that the URL policy
/// refuses make the posting an error (JB0206), so each vector also gets a small posting of its own
/// with it as the apply link: the build must drop those and publish the rest.
/// </remarks>
public static class HostileBoard
{
    public const int FrontMatterPostings = 40;
    public const int MarkdownPostings = 8;
    public const int TextPostings = 8;
    public const int HtmlPostings = 2;
    public const int PageSize = 10;

    /// <summary>The block added to theme/templates/job.hbs: unknown keys as text and in an attribute.</summary>
    public const string ExtraBlock =
        "<dl class=\"extra\">{{#each job.extra}}<dt>{{@key}}</dt><dd title=\"{{this}}\" data-value='{{this}}'>{{this}}</dd>{{/each}}</dl>\n</article>";

    private static readonly string[] Constructs =
    [
        "{0}",
        "[{0}](https://apply.example.com/ok)",
        "[link]({0})",
        "**{0}** and _{0}_",
        "- {0}\n- second",
        "## {0}",
        "| a | b |\n|---|---|\n| {0} | x |",
        "> {0}",
        "![{0}](https://apply.example.com/i.png)",
        "`{0}` and ``{0}``",
        "[link](https://apply.example.com/t \"{0}\")",
        "1. {0}\n\n   continued {0}",
    ];

    /// <summary>Writes <c>input/</c> and <c>theme/</c> under <paramref name="root"/>.</summary>
    public static (string Input, string Theme) Write(TempFolder root, ImmutableArray<string> vectors)
    {
        var theme = root.CopyFrom(RepoPaths.Theme, "theme");
        var job = Path.Combine(theme, "templates", "job.hbs");
        var template = File.ReadAllText(job);
        Assert.Contains("</article>", template, StringComparison.Ordinal);
        File.WriteAllText(job, template.Replace("</article>", ExtraBlock, StringComparison.Ordinal));

        root.Write("input/site.yml", $"""
            title: "Hostile <script>window.__xss=1</script> Board"
            description: A board of hostile postings for the script-injection tests.
            baseUrl: https://hostile.example.org/
            language: en
            pageSize: {PageSize}
            required: [title]
            """);
        root.Write("input/taxonomy.yml", "python:\n  name: Python\n");

        for (var i = 0; i < FrontMatterPostings; i++)
        {
            root.Write($"input/jobs/fm-{i:D3}.md", FrontMatter(vectors, i));
        }

        for (var i = 0; i < MarkdownPostings; i++)
        {
            root.Write($"input/jobs/md-{i:D3}.md", MarkdownWithFooter(vectors, i));
        }

        for (var i = 0; i < TextPostings; i++)
        {
            root.Write($"input/jobs/txt-{i:D3}.txt", PlainText(vectors, i));
        }

        for (var i = 0; i < HtmlPostings; i++)
        {
            root.Write($"input/jobs/html-{i:D3}.html", HtmlDocument(vectors, i));
            root.Write($"input/jobs/rst-{i:D3}.rst", ReStructuredText(vectors, i));
            var paragraphs = HtmlParagraphs(vectors);
            root.Write($"input/jobs/htmlbody-{i:D3}.md", $"---\ntitle: HTML body {i}\ncompany: Html Co\n---\n\n{(i % 2 == 0 ? paragraphs : WebUtility.HtmlEncode(paragraphs))}\n");
        }

        for (var i = 0; i < vectors.Length; i++)
        {
            root.Write($"input/jobs/apply-{i:D3}.md", $"""
                ---
                title: Apply link {i}
                company: Apply Co
                applyUrl: {Yaml(vectors[i])}
                ---

                Only the apply link is hostile here.
                """);
        }

        return (root.Combine("input"), theme);
    }

    /// <summary>Vector n of a rotation: field <paramref name="offset"/>, posting <paramref name="i"/>, copy k.</summary>
    private static string Pick(ImmutableArray<string> vectors, int i, int offset, int k = 0) =>
        vectors[(i + offset + k * FrontMatterPostings) % vectors.Length];

    /// <summary>The three vectors a posting's field gets; with 3 × 40 ≥ the corpus size every vector is covered.</summary>
    private static string[] Three(ImmutableArray<string> vectors, int i, int offset) =>
        [Pick(vectors, i, offset), Pick(vectors, i, offset, 1), Pick(vectors, i, offset, 2)];

    private static string Joined(ImmutableArray<string> vectors, int i, int offset) => string.Join(" ", Three(vectors, i, offset));

    /// <summary>A JSON string is a YAML double-quoted scalar; it escapes every character YAML would read.</summary>
    private static string Yaml(string value) => JsonSerializer.Serialize(value);

    private static string YamlList(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Yaml)) + "]";

    private static string OneLine(string value) => value.Replace('\n', ' ').Replace('\r', ' ');

    private static string FrontMatter(ImmutableArray<string> vectors, int i)
    {
        var day = (i % 28) + 1;
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append($"title: {Yaml(Joined(vectors, i, 0))}\n");
        text.Append($"company: {Yaml(Joined(vectors, i, 1))}\n");
        // Three vectors in one location and one tag, not one each: a page per vector and field would
        // triple the pages to load without reaching any template the others do not.
        text.Append($"location: {YamlList([Joined(vectors, i, 2), "Remote"])}\n");
        text.Append($"tags: {YamlList([Joined(vectors, i, 3), "python"])}\n");
        // With the amount first the salary parser takes its currency, not "PHN" of base64 text (JB0210).
        text.Append($"salary: {Yaml("€50k–60k " + Joined(vectors, i, 4))}\n");
        text.Append($"summary: {Yaml(Joined(vectors, i, 5))}\n");
        text.Append($"department: {Yaml(Joined(vectors, i, 6))}\n");
        text.Append($"companyWebsite: {Yaml(Pick(vectors, i, 7, i % 3))}\n");
        text.Append($"companyLogo: {Yaml(Pick(vectors, i, 8, i % 3))}\n");
        text.Append($"applyUrl: {Yaml($"https://apply.example.com/{i}?next={Uri.EscapeDataString(Pick(vectors, i, 9))}")}\n");
        text.Append($"workplace: {(i % 3 == 0 ? "remote" : Yaml(Pick(vectors, i, 10)))}\n");
        text.Append($"remoteRegion: {Yaml(Pick(vectors, i, 11))}\n");
        text.Append($"employmentType: {Yaml(Pick(vectors, i, 12))}\n");
        text.Append($"experience: {Yaml(Pick(vectors, i, 13))}\n");
        text.Append($"datePosted: 2026-10-{day:D2}\n");
        text.Append($"perks: {Yaml(Joined(vectors, i, 14))}\n");
        text.Append($"contact_note: {Yaml(Pick(vectors, i, 15))}\n");
        text.Append($"{Yaml("x " + OneLine(Pick(vectors, i, 16)))}: unknown key named by a vector\n");
        text.Append("---\n\n");
        text.Append(Body(vectors, i));
        return text.ToString();
    }

    private static string MarkdownWithFooter(ImmutableArray<string> vectors, int i)
    {
        var n = i * 5;
        var text = new StringBuilder();
        text.Append($"# {OneLine(Joined(vectors, n, 20))}\n\n");
        text.Append("## About the role\n\n");
        text.Append(Body(vectors, i + 3));
        text.Append("\n## Keywords\n\n");
        foreach (var v in Three(vectors, n, 21))
        {
            text.Append($"- {OneLine(v)}\n");
        }

        text.Append("\n---\n\n");
        text.Append($"**Company:** {OneLine(Joined(vectors, n, 22))}\n");
        text.Append($"**Location:** {OneLine(Joined(vectors, n, 23))}\n");
        text.Append($"**Salary Range:** €40k – €50k {OneLine(Pick(vectors, n, 24))}\n");
        text.Append($"**Website:** {OneLine(Pick(vectors, n, 25))}\n");
        text.Append($"**Tags:** {OneLine(string.Join(", ", Three(vectors, n, 26)))}\n");
        text.Append($"**Date Posted:** 2026-09-{i + 1:D2}\n");
        text.Append($"**Apply:** https://apply.example.com/md/{i}\n");
        return text.ToString();
    }

    private static string PlainText(ImmutableArray<string> vectors, int i)
    {
        var n = i * 7;
        var text = new StringBuilder();
        // One vector per header line: the plain-text reader takes header values of up to 200 characters.
        text.Append($"Title: {OneLine(Pick(vectors, n, 30))}\n");
        text.Append($"Company: {OneLine(Pick(vectors, n, 31))}\n");
        text.Append($"Location: {OneLine(Pick(vectors, n, 32))}\n");
        text.Append($"Salary: {OneLine(Pick(vectors, n, 33))} €45,000 – €58,000 per year\n");
        text.Append($"Posted: 2026-08-{i + 1:D2}\n");
        text.Append($"Tags: {OneLine(string.Join(", ", Three(vectors, n, 34)))}\n");
        text.Append($"Apply: https://apply.example.com/txt/{i}\n\n");
        text.Append($"About the Role:{OneLine(Pick(vectors, n, 35))}What You Will Do:• {OneLine(Pick(vectors, n, 36))}• {OneLine(Pick(vectors, n, 37))}\n\n");
        // Markdown links would make the sniffer read the file as Markdown; the other formats carry those.
        foreach (var v in vectors.Where(v => !v.Contains("](", StringComparison.Ordinal)))
        {
            text.Append(v).Append("\n\n• ").Append(OneLine(v)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Every vector in a paragraph of HTML, as an applicant-tracking system exports a description.</summary>
    private static string HtmlParagraphs(ImmutableArray<string> vectors) =>
        string.Concat(vectors.Select(v => $"<p>{v}</p>"));

    /// <summary>A whole HTML document (a Docutils page): title, subtitle, a field list, a contact section, every vector.</summary>
    private static string HtmlDocument(ImmutableArray<string> vectors, int i) => $$"""
        <!DOCTYPE html>
        <html><head><title>{{Pick(vectors, i, 40)}}</title><style>p { color: red }</style></head>
        <body><div class="header"><img src="https://apply.example.com/h.png" alt="header"></div>
        <h1 class="title">Html posting {{i}}</h1>
        <h2 class="subtitle"><a href="https://html.example.com/">Html Co</a> ({{WebUtility.HtmlEncode(Pick(vectors, i, 41))}})</h2>
        <table class="docutils field-list"><tr><th class="field-name">Salary:</th><td class="field-body">€50k–60k {{Pick(vectors, i, 42)}}</td></tr></table>
        {{HtmlParagraphs(vectors)}}
        <h1>Contact</h1><p><a href="mailto:jobs@html.example.com">jobs</a></p>
        </body></html>
        """;

    /// <summary>A reStructuredText posting: title, linked subtitle, a field list, every vector as a paragraph.</summary>
    private static string ReStructuredText(ImmutableArray<string> vectors, int i)
    {
        var text = new StringBuilder();
        text.Append($"Rst posting {i}\n===============\n\n");
        text.Append($"`Rst Co <https://rst.example.com/>`__ ({OneLine(Pick(vectors, i, 43))})\n{new string('-', 40)}\n\n");
        text.Append($":Location: {OneLine(Pick(vectors, i, 44))}\n\nAbout\n~~~~~\n\n");
        foreach (var v in vectors)
        {
            text.Append(v).Append("\n\n");
        }

        return text.ToString();
    }

    /// <summary>Every vector as a paragraph, then again inside a Markdown construct.</summary>
    private static string Body(ImmutableArray<string> vectors, int i)
    {
        var text = new StringBuilder();
        for (var j = 0; j < vectors.Length; j++)
        {
            text.Append(vectors[j]).Append("\n\n");
            text.Append(string.Format(CultureInfo.InvariantCulture, Constructs[(i + j) % Constructs.Length], vectors[j])).Append("\n\n");
        }

        return text.ToString();
    }
}
