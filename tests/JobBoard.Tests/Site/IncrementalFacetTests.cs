using System.Globalization;

namespace JobBoard.Tests.Site;

/// <summary>
/// Rebuilds with the preview server's cache give the files of a cold build while tag pair and employment pages
/// appear and disappear: a posting retagged, moved off remote, or given another employment type (an edit that keeps
/// its place, so the last site is patched rather than assembled again).
/// </summary>
public sealed class IncrementalFacetTests : IDisposable
{
    private readonly CachedBoard board = new();

    public void Dispose() => board.Dispose();

    private void Write(int number, string tags, string workplace = "remote", string type = "full-time") =>
        board.Temp.Write(string.Create(CultureInfo.InvariantCulture, $"input/jobs/alchemist-{number}-acme.md"), string.Create(CultureInfo.InvariantCulture,
            $"---\ntitle: Alchemist {number}\ncompany: Acme\nlocation: Berlin, Germany\nworkplace: {workplace}\nemploymentType: {type}\n" +
            $"tags: [{tags}]\ndatePosted: 2026-10-{number:D2}\n---\n\nElixir services.\n"));

    private static bool Has(JobBoard.Pipeline.GeneratedSite site, string path) => site.Files.Any(f => f.Path == path);

    [Fact]
    public void Pair_and_employment_pages_that_come_and_go_match_a_cold_build()
    {
        Write(1, "elixir");
        Write(2, "elixir");
        Write(3, "rust");
        var two = board.AssertSameAsColdBuild();
        Assert.False(Has(two, "remote/tags/elixir/index.html"));

        Write(3, "elixir, rust");
        var three = board.AssertSameAsColdBuild();
        Assert.True(Has(three, "remote/tags/elixir/index.html"));
        Assert.True(Has(three, "remote/tags/elixir/feed.json"));
        Assert.True(Has(three, "locations/berlin-germany/tags/elixir/index.html"));

        Write(3, "elixir, rust", workplace: "onsite");
        var onsite = board.AssertSameAsColdBuild();
        Assert.False(Has(onsite, "remote/tags/elixir/index.html"));
        Assert.True(Has(onsite, "locations/berlin-germany/tags/elixir/index.html"));

        Write(2, "elixir", type: "temporary");
        var temporary = board.AssertSameAsColdBuild();
        Assert.True(Has(temporary, "employment/temporary/index.html"));

        Write(2, "elixir");
        Assert.False(Has(board.AssertSameAsColdBuild(), "employment/temporary/index.html"));
    }
}
