using System.Text.Json;
using AngleSharp.Html.Parser;
using JobBoard.Pipeline;
using JobBoard.Site;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Render;

/// <summary>A description exported as HTML (here entity-escaped, as some exports write it) on the published site.</summary>
public sealed class HtmlBodyTests
{
    private const string Posting = """
        ---
        title: Data Engineer
        company: Acme
        datePosted: 2026-09-01
        applyUrl: https://acme.example.com/1
        summary: "<p>Pipelines &amp; <b>dashboards</b>.</p>"
        ---

        &lt;h1&gt;About&lt;/h1&gt;&lt;p&gt;We move data&amp;nbsp;&amp;amp; more. &lt;a href="https://acme.example.com/team" onclick="x()"&gt;Team&lt;/a&gt;
        &lt;a href="javascript:alert(1)"&gt;bad&lt;/a&gt;&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;p&gt;Write &amp;lt;b&amp;gt; tags.&lt;/p&gt;
        """;

    [Fact]
    public void Escaped_html_is_decoded_once_sanitized_and_reduced_to_text_for_summaries_and_search()
    {
        using var temp = new TempFolder();
        temp.Write("input/site.yml", "title: T\nbaseUrl: https://t.example.org/\n");
        temp.Write("input/jobs/data.md", Posting);
        temp.Write("input/jobs/other.md", "---\ntitle: Other\ncompany: Acme\ndatePosted: 2026-09-02\n---\n\nNo summary: the body's text is.\n");
        var result = BuildPipeline.Build(new BuildOptions(temp.Combine("input"), RepoPaths.Theme, temp.Combine("out"), StrictTemplates: true));
        Assert.True(result.Published);

        var page = new HtmlParser().ParseDocument(File.ReadAllText(temp.Combine("out", "jobs", "data-engineer-acme", "index.html")));
        var body = page.QuerySelector("h2 + p")!.ParentElement!;
        Assert.Equal("About", page.QuerySelector("article h2")!.TextContent);
        var links = body.QuerySelectorAll("a").ToList();
        Assert.Equal("https://acme.example.com/team", Assert.Single(links, a => a.TextContent == "Team").GetAttribute("href"));
        Assert.All(links, a => Assert.Equal("nofollow noopener ugc", a.GetAttribute("rel")));
        Assert.DoesNotContain(links, a => a.TextContent == "bad");
        Assert.Null(body.QuerySelector("script, [onclick]"));
        Assert.Contains("Write <b> tags.", body.TextContent, StringComparison.Ordinal); // the escaped escape stays text

        var description = page.QuerySelector("meta[name=description]")!.GetAttribute("content");
        Assert.Equal("Pipelines & dashboards.", description);
        var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.DoesNotContain("<script", jsonLd.GetProperty("description").GetString(), StringComparison.Ordinal);

        var other = new HtmlParser().ParseDocument(File.ReadAllText(temp.Combine("out", "jobs", "other-acme", "index.html")));
        Assert.Equal("No summary: the body's text is.", other.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        var search = string.Concat(Directory.EnumerateFiles(temp.Combine("out", "search"), "*.json", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.DoesNotContain("&lt;", search, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", search, StringComparison.Ordinal);
    }
}
