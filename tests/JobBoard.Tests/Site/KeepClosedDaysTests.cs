using JobBoard.Normalize;
using JobBoard.Site;
using JobBoard.Tests.Normalize;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Site;

/// <summary>
/// A closed posting keeps its page (closed, noindex) for <c>keepClosedDays</c> after its <c>validThrough</c>, then is
/// left out of the build with a note in the summary; a posting closed without a date keeps its page; a later
/// <c>validThrough</c> renews a posting. Built through the real command line.
/// </summary>
public sealed class KeepClosedDaysTests
{
    private static string Posting(string title, string dates) =>
        $"---\ntitle: {title}\ncompany: Acme\ndatePosted: 2025-12-01\n{dates}\napplyUrl: https://acme.example.com/jobs\n---\n\nThe job.\n";

    /// <summary>A board in a temporary folder, built into <c>out/</c> for a given day.</summary>
    private sealed class Board : IDisposable
    {
        public Board(string siteYml = "")
        {
            Temp.Write("input/site.yml", "title: Board\nbaseUrl: https://board.example.org/\n" + siteYml);
        }

        public TempFolder Temp { get; } = new();

        public void Write(string slug, string text) => Temp.Write($"input/jobs/{slug}.md", text);

        public Cli.Result Build(string now, params string[] args) =>
            Cli.Run(["build", "--input", "input", "--theme", RepoPaths.Theme, "--output", "out", "--now", now, .. args], workingDirectory: Temp.Path);

        public string? Page(string slug) =>
            File.Exists(Temp.Combine("out", "jobs", slug, "index.html")) ? File.ReadAllText(Temp.Combine("out", "jobs", slug, "index.html")) : null;

        public void Dispose() => Temp.Dispose();
    }

    private const string NoIndex = "<meta name=\"robots\" content=\"noindex\">";

    [Fact]
    public void A_posting_closed_longer_than_keep_closed_days_has_no_page_and_the_summary_counts_it()
    {
        using var board = new Board();
        board.Write("archived-long-ago-acme", Posting("Archived Long Ago", "validThrough: 2026-01-31\narchived: true"));
        board.Write("expired-long-ago-acme", Posting("Expired Long Ago", "validThrough: 2026-08-31"));
        board.Write("expired-lately-acme", Posting("Expired Lately", "validThrough: 2026-11-15"));
        board.Write("archived-undated-acme", Posting("Archived Undated", "archived: true"));
        board.Write("open-acme", Posting("Open", "validThrough: 2027-01-31"));

        var plain = board.Build("2026-12-01");
        var stats = board.Build("2026-12-01", "--stats");

        Assert.True(plain.ExitCode == 0, plain.Stdout + plain.Stderr);
        Assert.Contains("Left out 2 postings closed for longer than keepClosedDays (site.yml); --stats lists them\n", plain.Stdout, StringComparison.Ordinal);
        Assert.Contains("Left out 2 postings closed for longer than keepClosedDays (site.yml):\n" +
            "  input/jobs/archived-long-ago-acme.md\n  input/jobs/expired-long-ago-acme.md\n", stats.Stdout, StringComparison.Ordinal);
        Assert.Null(board.Page("archived-long-ago-acme"));
        Assert.Null(board.Page("expired-long-ago-acme"));
        Assert.Contains(NoIndex, board.Page("expired-lately-acme"), StringComparison.Ordinal);
        Assert.Contains(NoIndex, board.Page("archived-undated-acme"), StringComparison.Ordinal);
        Assert.DoesNotContain(NoIndex, board.Page("open-acme"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_valid_through_renews_a_posting_that_had_left_the_site()
    {
        using var board = new Board();
        board.Write("renewed-acme", Posting("Renewed", "validThrough: 2026-06-30"));
        Assert.Equal(0, board.Build("2026-12-01").ExitCode);
        Assert.Null(board.Page("renewed-acme"));

        board.Write("renewed-acme", Posting("Renewed", "validThrough: 2027-06-30"));
        var renewed = board.Build("2026-12-01");

        Assert.True(renewed.ExitCode == 0, renewed.Stdout + renewed.Stderr);
        Assert.DoesNotContain("Left out", renewed.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(NoIndex, board.Page("renewed-acme"), StringComparison.Ordinal);
        Assert.Contains("renewed-acme", File.ReadAllText(board.Temp.Combine("out", "jobs.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_keep_closed_days_out_of_range_is_an_error_of_site_yml()
    {
        using var board = new Board("keepClosedDays: -1\n");
        board.Write("open-acme", Posting("Open", "validThrough: 2027-01-31"));

        var result = board.Build("2026-12-01");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("site.yml:3:1: error: keepClosedDays must be between 0 and 3650, not -1 [JB0401]", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>The rule as a table: site.yml's keepClosedDays (empty: the default, 90), the posting's dates, the build's
    /// today, and what the posting becomes.</summary>
    [Theory]
    [InlineData("", "validThrough: 2026-09-02", "2026-12-01", "closed")] // 90 days after: the last day of its closed page
    [InlineData("", "validThrough: 2026-09-01", "2026-12-01", "left out")]
    [InlineData("", "validThrough: 2026-09-01\narchived: true", "2026-12-01", "left out")] // archived: counted from validThrough too
    [InlineData("", "archived: true", "2036-12-01", "closed")] // closed without a date: kept
    [InlineData("", "validThrough: 2027-06-30\narchived: true", "2026-12-01", "closed")]
    [InlineData("keepClosedDays: 0", "validThrough: 2026-11-30", "2026-12-01", "left out")]
    [InlineData("keepClosedDays: 0", "validThrough: 2026-12-01", "2026-12-01", "open")]
    [InlineData("keepClosedDays: 365", "validThrough: 2026-01-31", "2026-12-01", "closed")]
    [InlineData("", "validThrough: 9999-12-31", "2026-12-01", "open")]
    [InlineData("", "validThrough: 0001-01-01", "9999-12-31", "left out")]
    public void What_a_posting_becomes(string siteYml, string dates, string today, string becomes)
    {
        var config = SiteConfig.Parse("title: Board\n" + siteYml, "site.yml").Value!;
        var posting = NormalizeHelper.Posting(Posting("Job", dates).Replace("datePosted: 2025-12-01\n", "", StringComparison.Ordinal));

        var site = SiteAssembler.Assemble([posting], config, Taxonomy.Empty, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).Value!;

        Assert.Equal(becomes, site.Open.Length == 1 ? "open" : site.Closed.Length == 1 ? "closed" : site.Retired.Single() == posting.File ? "left out" : "?");
    }
}
