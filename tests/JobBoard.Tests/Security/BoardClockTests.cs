using System.Globalization;
using JobBoard.Site;

namespace JobBoard.Tests.Security;

/// <summary>
/// One posting cannot move the board's clock: a datePosted past the build's reference day (--now,
/// SOURCE_DATE_EPOCH), or without one far past the other postings, is an error at its line, and the site
/// goes by the other postings' dates. Built through the real command line (docs/security.md, "The board's clock").
/// </summary>
public sealed class BoardClockTests
{
    private const string OpenUntilJune =
        "---\ntitle: Open Until June\ncompany: Acme\ndatePosted: 2026-11-01\nvalidThrough: 2027-06-30\napplyUrl: https://acme.example.com/1\n---\n\nOpen.\n";

    private const string Recent =
        "---\ntitle: Recent Job\ncompany: Acme\ndatePosted: 2026-11-10\napplyUrl: https://acme.example.com/2\n---\n\nRecent.\n";

    private static string DatedOn(string date) =>
        $"---\ntitle: Dated Job\ncompany: Mallory\ndatePosted: {date}\napplyUrl: https://mallory.example.com/1\n---\n\nFirst!\n";

    [Fact]
    public void A_posting_dated_9999_is_an_error_and_the_board_keeps_its_clock()
    {
        using var board = new CliBoard(("open-until-june-acme.md", OpenUntilJune), ("recent-job-acme.md", Recent),
            ("dated-job-mallory.md", DatedOn("9999-12-31")));

        var result = board.Build(["--keep-going"]);

        Assert.Contains("dated-job-mallory.md:4:1: error: datePosted 9999-12-31 is in the future", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("[JB0211]", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(board.Output("jobs", "dated-job-mallory")));
        Assert.DoesNotContain("noindex", board.Read("jobs", "open-until-june-acme", "index.html"), StringComparison.Ordinal);
        Assert.Contains("open-until-june-acme", board.Read("jobs.json"), StringComparison.Ordinal);
        var feed = board.Read("feed.xml");
        Assert.Contains("<updated>2026-11-10T00:00:00Z</updated>", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("9999", feed, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_keep_going_a_future_date_fails_the_build()
    {
        using var board = new CliBoard(("open-until-june-acme.md", OpenUntilJune), ("recent-job-acme.md", Recent),
            ("dated-job-mallory.md", DatedOn("2099-01-01")));

        var result = board.Build([]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("[JB0211]", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(board.Output()));
    }

    [Theory]
    [InlineData("2026-11-20", 0)]
    [InlineData("2026-11-21", 0)] // a day of slack: the author may live east of UTC
    [InlineData("2026-11-22", 1)]
    public void With_now_a_date_more_than_a_day_ahead_is_an_error(string posted, int exitCode)
    {
        using var board = new CliBoard(("recent-job-acme.md", Recent), ("dated-job-mallory.md", DatedOn(posted)));

        var result = board.Build(["--now", "2026-11-20"]);

        Assert.True(exitCode == result.ExitCode, result.Stdout + result.Stderr);
        Assert.Equal(exitCode == 1, result.Stderr.Contains("[JB0211]", StringComparison.Ordinal));
    }

    [Fact]
    public void Source_date_epoch_is_a_reference_day_too()
    {
        using var board = new CliBoard(("recent-job-acme.md", Recent), ("dated-job-mallory.md", DatedOn("2026-12-01")));

        var result = board.Build([], new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1795219200" }); // 2026-11-21

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("dated-job-mallory.md:4:1: error: datePosted 2026-12-01 is in the future", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>The rule as a table: dates of the board's postings, the reference day, the last date accepted.</summary>
    [Theory]
    [InlineData("2026-11-01 2026-11-10", "2026-11-20", "2026-11-21")] // --now: a day after it
    [InlineData("2026-11-01 2026-11-10 9999-12-31", null, "2027-11-10")] // no --now: a year after the second-newest
    [InlineData("2025-12-10 2026-09-03", null, "2026-12-10")] // nine months between two postings is a real board's gap
    [InlineData("2026-11-10", null, "any")] // one posting alone cannot be judged
    [InlineData("", null, "any")]
    [InlineData("9999-12-31 9999-12-31", null, "any")] // two agreeing on a far date are not caught without --now
    [InlineData("2026-11-10", "9999-12-31", "any")] // no overflow at the end of the calendar
    public void The_last_date_accepted(string dates, string? now, string expected)
    {
        var limit = FutureDates.Limit(dates.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Day), now is null ? null : Day(now));

        Assert.Equal(expected, limit is null || limit == DateOnly.MaxValue ? "any" : limit.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
