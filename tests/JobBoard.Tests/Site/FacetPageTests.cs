using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Site;

/// <summary>
/// The facet pages of pairs and employment types, built through the real command line: <c>/remote/tags/{t}/</c> and
/// <c>/locations/{l}/tags/{t}/</c> exist from site.yml's <c>pairMinimum</c> postings on (default 3), paged with
/// counts and feeds, linked from the lists they narrow and back; <c>/employment/{type}/</c> for every type with an
/// open posting, under an <c>/employment/</c> index.
/// </summary>
public sealed class FacetPageTests
{
    private static readonly HtmlParser Parser = new();

    /// <summary>A posting in Berlin, dated the <paramref name="day"/> of November 2026.</summary>
    private static string Posting(int day, string tags, string workplace = "remote", string type = "full-time", string extra = "") =>
        string.Create(CultureInfo.InvariantCulture, $"---\ntitle: Developer {day}\ncompany: Acme\nlocation: Berlin, Germany\nworkplace: {workplace}\n" +
            $"employmentType: {type}\ntags: [{tags}]\ndatePosted: 2026-11-{day:D2}\n{extra}---\n\nThe job.\n");

    /// <summary>A board in a temporary folder, built into <c>out/</c>.</summary>
    private sealed class Board : IDisposable
    {
        public Board(string siteYml = "")
        {
            Temp.Write("input/site.yml", "title: Board\nbaseUrl: https://board.example.org/\n" + siteYml);
        }

        public TempFolder Temp { get; } = new();

        public void Write(int day, string text) => Temp.Write(string.Create(CultureInfo.InvariantCulture, $"input/jobs/developer-{day}-acme.md"), text);

        public Cli.Result Build()
        {
            var result = Cli.Run(["build", "--input", "input", "--theme", RepoPaths.Theme, "--output", "out", "--now", "2026-12-01"], workingDirectory: Temp.Path);
            Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
            return result;
        }

        public bool Exists(string path) => System.IO.File.Exists(Temp.Combine("out", path.Trim('/'), "index.html"));

        public IDocument Page(string path) => Parser.ParseDocument(File.ReadAllText(Temp.Combine("out", path.Trim('/'), "index.html")));

        public string Text(string path) => File.ReadAllText(Temp.Combine("out", path.TrimStart('/')));

        public void Dispose() => Temp.Dispose();
    }

    /// <summary>The links of a list's related navigation: "text → href".</summary>
    private static string[] Related(IDocument page) =>
        [.. page.QuerySelectorAll("nav.related a").Select(a => $"{a.TextContent} → {a.GetAttribute("href")}")];

    /// <summary>The rule as a table: site.yml's pairMinimum (empty: the default, 3), how many postings are remote,
    /// in Berlin and tagged go, and whether both pair pages exist.</summary>
    [Theory]
    [InlineData("", 3, true)]
    [InlineData("", 2, false)]
    [InlineData("pairMinimum: 1\n", 1, true)]
    [InlineData("pairMinimum: 5\n", 4, false)]
    [InlineData("pairMinimum: 5\n", 5, true)]
    public void A_pair_page_exists_from_pair_minimum_postings_on(string siteYml, int postings, bool exists)
    {
        using var board = new Board(siteYml);
        for (var day = 1; day <= postings; day++)
        {
            board.Write(day, Posting(day, "go"));
        }

        board.Build();

        Assert.Equal(exists, board.Exists("/remote/tags/go/"));
        Assert.Equal(exists, board.Exists("/locations/berlin-germany/tags/go/"));
        Assert.Equal(exists, Related(board.Page("/tags/go/")).Contains($"Remote only ({postings}) → /remote/tags/go/"));
        Assert.Equal(exists, board.Text("sitemap.xml").Contains("https://board.example.org/remote/tags/go/<", StringComparison.Ordinal));
    }

    [Fact]
    public void Pair_pages_are_titled_paged_counted_and_linked_both_ways()
    {
        using var board = new Board("pageSize: 2\n");
        for (var day = 1; day <= 3; day++)
        {
            board.Write(day, Posting(day, "go, rust"));
        }

        board.Write(4, Posting(4, "go", workplace: "onsite"));
        board.Write(5, Posting(5, "python"));
        board.Build();

        var remoteGo = board.Page("/remote/tags/go/");
        Assert.Equal("Remote go jobs", remoteGo.QuerySelector("h1")!.TextContent);
        Assert.Equal("3 open positions.", remoteGo.QuerySelector(".intro")!.TextContent);
        Assert.Equal("https://board.example.org/remote/tags/go/", remoteGo.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(2, remoteGo.QuerySelectorAll(".card").Length);
        Assert.Equal(["Remote jobs (4) → /remote/", "Jobs tagged go (4) → /tags/go/"], Related(remoteGo));
        Assert.Equal(["Developer 1"], board.Page("/remote/tags/go/page/2/").QuerySelectorAll(".card-title").Select(t => t.TextContent));
        Assert.Empty(Related(board.Page("/remote/tags/go/page/2/")));
        Assert.Equal("/remote/tags/go/feed.xml", remoteGo.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
        Assert.Equal("/remote/tags/go/feed.json", remoteGo.QuerySelector("link[rel=alternate][type='application/feed+json']")!.GetAttribute("href"));

        var berlinGo = board.Page("/locations/berlin-germany/tags/go/");
        Assert.Equal("go jobs in Berlin, Germany", berlinGo.QuerySelector("h1")!.TextContent);
        Assert.Equal("4 open positions.", berlinGo.QuerySelector(".intro")!.TextContent);
        Assert.Equal(["Jobs in Berlin, Germany (5) → /locations/berlin-germany/", "Jobs tagged go (4) → /tags/go/"], Related(berlinGo));

        // Top tags by count, then name; python has no pair page (one posting).
        Assert.Equal(["go (4) → /locations/berlin-germany/tags/go/", "rust (3) → /locations/berlin-germany/tags/rust/"],
            Related(board.Page("/locations/berlin-germany/")));
        Assert.Equal(["go (3) → /remote/tags/go/", "rust (3) → /remote/tags/rust/"], Related(board.Page("/remote/")));
        Assert.Equal(["Remote only (3) → /remote/tags/go/"], Related(board.Page("/tags/go/")));
        Assert.Empty(Related(board.Page("/tags/python/")));
        Assert.Empty(Related(board.Page("/tags/go/page/2/")));
        Assert.False(board.Exists("/remote/tags/python/"));
    }

    [Fact]
    public void Each_employment_type_with_an_open_posting_has_a_page_and_the_job_page_links_it()
    {
        using var board = new Board();
        board.Write(1, Posting(1, "go"));
        board.Write(2, Posting(2, "go", type: "part-time"));
        board.Write(3, Posting(3, "go", type: "part-time"));
        board.Write(4, Posting(4, "go", type: "contract", extra: "archived: true\n"));
        board.Build();

        Assert.Equal(["Full-time 1 → /employment/full-time/", "Part-time 2 → /employment/part-time/"],
            board.Page("/employment/").QuerySelectorAll(".terms li").Select(li => $"{li.TextContent} → {li.QuerySelector("a")!.GetAttribute("href")}"));
        var partTime = board.Page("/employment/part-time/");
        Assert.Equal("Part-time jobs", partTime.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Developer 3", "Developer 2"], partTime.QuerySelectorAll(".card-title").Select(t => t.TextContent));
        Assert.Contains("Part-time jobs · Board", board.Text("employment/part-time/feed.xml"), StringComparison.Ordinal);
        Assert.False(board.Exists("/employment/contract/"));
        Assert.Equal("/employment/part-time/", board.Page("/jobs/developer-2-acme/").QuerySelector(".facts a[href^='/employment/']")!.GetAttribute("href"));
        Assert.Null(board.Page("/jobs/developer-4-acme/").QuerySelector(".facts a[href^='/employment/']"));
    }

    [Fact]
    public void A_pair_minimum_below_one_is_an_error_of_site_yml()
    {
        using var board = new Board("pairMinimum: 0\n");
        board.Write(1, Posting(1, "go"));

        var result = Cli.Run(["build", "--input", "input", "--theme", RepoPaths.Theme, "--output", "out", "--now", "2026-12-01"], workingDirectory: board.Temp.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("site.yml:3:1: error: pairMinimum must be at least 1, not 0 [JB0401]", result.Stderr, StringComparison.Ordinal);
    }
}
