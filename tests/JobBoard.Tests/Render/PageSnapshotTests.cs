using JobBoard.Pipeline;
using JobBoard.Site;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Render;

/// <summary>Whole pages of the small fixture board, reviewed like code (see Snapshot).</summary>
public sealed class PageSnapshotTests : IClassFixture<PageSnapshotTests.FixtureSite>
{
    private readonly FixtureSite site;

    public PageSnapshotTests(FixtureSite site) => this.site = site;

    public sealed class FixtureSite : IDisposable
    {
        private readonly TempFolder temp = new();

        public FixtureSite()
        {
            Output = temp.Combine("output");
            Result = BuildPipeline.Build(new BuildOptions(Path.Combine(RepoPaths.Fixtures, "basic"), RepoPaths.Theme, Output,
                Now: new DateOnly(2026, 11, 1), StrictTemplates: true));
        }

        public string Output { get; }

        public BuildResult Result { get; }

        public string Page(string path) => File.ReadAllText(Path.Combine(Output, path));

        public void Dispose() => temp.Dispose();
    }

    [Theory]
    [InlineData("index.html", "Home")]
    [InlineData("page/2/index.html", "HomePage2")]
    [InlineData("jobs/frontend-engineer-northwind-labs/index.html", "JobFromFrontMatter")]
    [InlineData("jobs/platform-engineer-northwind-labs/index.html", "JobFromPlainMarkdown")]
    [InlineData("jobs/data-analyst-quill-ink/index.html", "JobFromText")]
    [InlineData("tags/kubernetes/index.html", "TagPage")]
    [InlineData("companies/northwind-labs/index.html", "CompanyPage")]
    [InlineData("tags/index.html", "TagsIndex")]
    [InlineData("jobs/night-editor-quill-ink/index.html", "ClosedJob")]
    [InlineData("companies/northwind-labs/page/2/index.html", "CompanyPage2")]
    [InlineData("companies/index.html", "CompaniesIndex")]
    [InlineData("locations/lisbon-portugal/index.html", "LocationPage")]
    [InlineData("locations/index.html", "LocationsIndex")]
    [InlineData("remote/index.html", "RemotePage")]
    [InlineData("employment/index.html", "EmploymentIndex")]
    [InlineData("employment/full-time/index.html", "EmploymentPage")]
    [InlineData("search/index.html", "SearchPage")]
    [InlineData("404.html", "NotFoundPage")]
    [InlineData("about/index.html", "AboutPage")]
    public void Page_matches_its_snapshot(string path, string name)
    {
        Assert.True(site.Result.Published, string.Join("\n", site.Result.Diagnostics));
        Snapshot.Verify(site.Page(path), name);
    }
}
