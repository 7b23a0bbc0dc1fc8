using JobBoard.Pipeline;
using JobBoard.Site;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Security;

/// <summary>
/// A posting's redirect_from never writes Netlify syntax into _redirects and never takes over a page of the
/// site: such a value is an error (JB0212) and the posting stays off the site. Built through the real command
/// line (docs/security.md, "Redirects").
/// </summary>
public sealed class RedirectRulesTests
{
    private const string Other = "---\ntitle: Other Job\ncompany: Acme\ntags: [go]\n---\n\nThe other job.\n";

    private static string Redirecting(string values) =>
        $"---\ntitle: Renamed Job\ncompany: Acme\ntags: [go]\nredirect_from: [{values}]\n---\n\nA job.\n";

    /// <summary>The rules made from redirect_from (the search's rules for tags left out).</summary>
    private static string[] Rules(CliBoard board) =>
        [.. File.ReadAllLines(board.Output("_redirects")).Where(line => !line.StartsWith('#') && !line.StartsWith("/search/ ", StringComparison.Ordinal))];

    [Theory]
    [InlineData("\"/:splat\"")]
    [InlineData("\"*\"")]
    [InlineData("\"//\"")]
    [InlineData("\"/\"")]
    public void Netlify_syntax_is_an_error_and_never_reaches_the_redirects_file(string value)
    {
        using var board = new CliBoard(("renamed-job-acme.md", Redirecting(value)), ("other-job-acme.md", Other));

        var result = board.Build(["--keep-going"]);

        Assert.Contains("renamed-job-acme.md:5:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("[JB0212]", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Rules(board));
        Assert.False(Directory.Exists(board.Output("jobs", "renamed-job-acme")));
    }

    [Theory]
    [InlineData("/jobs/other-job-acme/")] // another job's page
    [InlineData("/tags/go/")]
    [InlineData("/tags/rust/")] // a section of the site, even where it has no page yet
    [InlineData("/feed.xml")]
    public void A_page_of_the_site_is_an_error_and_never_redirected(string value)
    {
        using var board = new CliBoard(("renamed-job-acme.md", Redirecting(value)), ("other-job-acme.md", Other));

        var result = board.Build(["--keep-going"]);

        Assert.Contains("renamed-job-acme.md: error: redirect_from", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("[JB0212]", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Rules(board));
        Assert.True(File.Exists(board.Output("jobs", "other-job-acme", "index.html")));
    }

    [Fact]
    public void An_old_url_the_site_no_longer_publishes_is_redirected()
    {
        using var board = new CliBoard(("renamed-job-acme.md", Redirecting("/jobs/old-name/, https://old.example.org/careers/42")), ("other-job-acme.md", Other));

        var result = board.Build([]);

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Equal(["/jobs/old-name/ /jobs/renamed-job-acme/ 301", "/careers/42/ /jobs/renamed-job-acme/ 301"], Rules(board));
    }

    [Theory]
    [InlineData("/jobs/other-job-acme/", true)]
    [InlineData("/jobs/Other-Job-Acme/", true)] // hosts may match paths ignoring case
    [InlineData("/jobs/other-job-acme/index.html/", true)]
    [InlineData("/jobs/", true)]
    [InlineData("/jobs/old-name/", false)]
    [InlineData("/Search/", true)]
    [InlineData("/page/2/", true)]
    [InlineData("/assets/style.css/", true)]
    [InlineData("/index.html/", true)]
    [InlineData("/", true)]
    [InlineData("/careers/42/", false)]
    [InlineData("/About/", true)] // a page of input/pages/
    [InlineData("/about-us/", false)]
    public void Paths_the_site_publishes(string path, bool published) =>
        Assert.Equal(published, PublishedPaths.Contains(path, new HashSet<string>(["other-job-acme"], StringComparer.OrdinalIgnoreCase), ["about"]));

    [Fact]
    public void Every_file_the_sample_board_writes_is_a_published_path()
    {
        var site = BuildPipeline.Generate(new BuildOptions(RepoPaths.Input, RepoPaths.Theme));
        var slugs = site.Site!.All.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);

        var pages = site.Site.Config.Pages.Select(p => p.Slug).ToList();

        Assert.NotEmpty(pages);
        Assert.All(site.Files, file => Assert.True(PublishedPaths.Contains("/" + file.Path, slugs, pages), file.Path));
    }
}
