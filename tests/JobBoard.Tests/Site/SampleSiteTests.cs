using AngleSharp.Html.Parser;
using JobBoard.Pipeline;
using JobBoard.Site;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Site;

/// <summary>Builds the sample board in input/ and checks the whole site as a reader would.</summary>
public sealed class SampleSiteTests : IClassFixture<SampleSiteTests.BuiltSite>
{
    private readonly BuiltSite site;

    public SampleSiteTests(BuiltSite site) => this.site = site;

    public sealed class BuiltSite : IDisposable
    {
        private readonly TempFolder temp = new();

        public BuiltSite()
        {
            Output = temp.Combine("output");
            Result = BuildPipeline.Build(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, Output, StrictTemplates: true));
        }

        public string Output { get; }

        public BuildResult Result { get; }

        public void Dispose() => temp.Dispose();
    }

    [Fact]
    public void Sample_board_builds_without_errors_and_publishes()
    {
        Assert.True(site.Result.Published, string.Join("\n", site.Result.Diagnostics));
        Assert.Empty(site.Result.Diagnostics.Where(d => d.IsError));
        Assert.True(site.Result.PostingsRead >= 15, $"only {site.Result.PostingsRead} postings in input/jobs");
    }

    [Fact]
    public void Every_page_parses_and_has_title_lang_description_and_canonical()
    {
        var parser = new HtmlParser();
        var pages = SiteTree.Files(site.Output).Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, page)));
            Assert.False(string.IsNullOrWhiteSpace(document.Title), $"{page} has an empty <title>");
            Assert.False(string.IsNullOrWhiteSpace(document.DocumentElement.GetAttribute("lang")), $"{page} has no lang");
            Assert.NotNull(document.QuerySelector("meta[name=description][content]"));
            var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            Assert.StartsWith("https://", canonical);
            Assert.Single(document.QuerySelectorAll("h1"));
        }
    }

    [Fact]
    public void Every_internal_link_and_asset_resolves_to_a_written_file()
    {
        var parser = new HtmlParser();
        var files = SiteTree.Files(site.Output).ToHashSet(StringComparer.Ordinal);
        var broken = new List<string>();
        foreach (var page in files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, page)));
            var targets = document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("link[href]:not([rel=canonical])").Select(l => l.GetAttribute("href")!))
                .Concat(document.QuerySelectorAll("script[src], img[src]").Select(s => s.GetAttribute("src")!));
            foreach (var target in targets.Where(t => t.StartsWith('/') && !t.StartsWith("//", StringComparison.Ordinal)))
            {
                var path = target.Split('#', '?')[0].TrimStart('/');
                var file = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
                if (!files.Contains(file))
                {
                    broken.Add($"{page} -> {target}");
                }
            }
        }

        Assert.True(broken.Count == 0, "broken links:\n" + string.Join("\n", broken.Distinct()));
    }

    [Fact]
    public void Site_has_the_contract_urls()
    {
        var files = SiteTree.Files(site.Output);
        foreach (var expected in new[] { "index.html", "404.html", "sitemap.xml", "robots.txt", "tags/index.html",
                     "companies/index.html", "locations/index.html", "remote/index.html" })
        {
            Assert.Contains(expected, files);
        }

        Assert.Contains(files, f => f.StartsWith("jobs/", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal));
        Assert.All(files.Where(f => f.StartsWith("jobs/", StringComparison.Ordinal)),
            f => Assert.Matches("^jobs/[a-z0-9]+(-[a-z0-9]+)*/index.html$", f));
    }

    [Fact]
    public void Closed_postings_keep_a_noindex_page_and_leave_every_list()
    {
        var parser = new HtmlParser();
        var closedPages = SiteTree.Files(site.Output)
            .Where(f => f.StartsWith("jobs/", StringComparison.Ordinal))
            .Select(f => (File: f, Html: File.ReadAllText(Path.Combine(site.Output, f))))
            .Where(p => p.Html.Contains("class=\"notice\"", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(closedPages);
        var lists = SiteTree.Files(site.Output).Where(f => !f.StartsWith("jobs/", StringComparison.Ordinal) && f.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => File.ReadAllText(Path.Combine(site.Output, f))).ToList();
        var sitemap = File.ReadAllText(Path.Combine(site.Output, "sitemap.xml"));
        foreach (var (file, html) in closedPages)
        {
            var document = parser.ParseDocument(html);
            Assert.Equal("noindex", document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
            var url = "/" + file[..^"index.html".Length];
            Assert.DoesNotContain(lists, l => l.Contains($"href=\"{url}\"", StringComparison.Ordinal));
            Assert.DoesNotContain(url, sitemap, StringComparison.Ordinal);
        }
    }
}
