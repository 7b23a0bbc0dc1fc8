using JobBoard.Tests.Render;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Output;

/// <summary>
/// The fixture board's files other than pages (feeds, data, search index, host files), one of each
/// kind, and the list of every path the build writes, so an added or lost file shows in review.
/// </summary>
public sealed class OutputSnapshotTests : IClassFixture<PageSnapshotTests.FixtureSite>
{
    private readonly PageSnapshotTests.FixtureSite site;

    public OutputSnapshotTests(PageSnapshotTests.FixtureSite site) => this.site = site;

    [Theory]
    [InlineData("feed.xml", "SiteFeed", "xml")]
    [InlineData("tags/kubernetes/feed.xml", "TagFeed", "xml")]
    [InlineData("tags/kubernetes/feed.json", "TagJsonFeed", "json")]
    [InlineData("sitemap.xml", "Sitemap", "xml")]
    [InlineData("jobs.json", "JobsJson", "json")]
    [InlineData("search/index.json", "SearchIndexEntry", "json")]
    [InlineData("search/facets/summary.json", "SearchFacetSummary", "json")]
    [InlineData("search/facets/values.json", "SearchFacetValues", "json")]
    [InlineData("search/facets/0.json", "SearchFacetRows0", "json")]
    [InlineData("search/terms/k.json", "SearchTermsK", "json")]
    [InlineData("search/postings/k.json", "SearchPostingsK", "json")]
    [InlineData("search/results/0.json", "SearchResults0", "json")]
    [InlineData("_redirects", "Redirects", "txt")]
    [InlineData("robots.txt", "RobotsTxt", "txt")]
    public void File_matches_its_snapshot(string path, string name, string extension)
    {
        Assert.True(site.Result.Published, string.Join("\n", site.Result.Diagnostics));
        Snapshot.Verify(site.Page(path), name, extension);
    }

    [Fact]
    public void Every_output_path_matches_the_snapshot_listing()
    {
        Assert.True(site.Result.Published, string.Join("\n", site.Result.Diagnostics));
        Snapshot.Verify(string.Join("\n", SiteTree.Files(site.Output)) + "\n", "OutputPaths", "txt");
    }
}
