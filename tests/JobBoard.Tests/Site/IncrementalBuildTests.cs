using JobBoard.Site;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Site;

/// <summary>A build with a <see cref="BuildCache"/> gives exactly the site a cold build gives, re-reading only what changed.</summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly BuildOptions options;
    private readonly BuildCache cache = new();

    public IncrementalBuildTests()
    {
        options = new BuildOptions(temp.CopyFrom(Path.Combine(RepoPaths.Fixtures, "basic"), "input"),
            temp.CopyFrom(RepoPaths.Theme, "theme"), Now: new DateOnly(2026, 11, 1));
        SiteBuilder.Generate(options, cache);
    }

    public void Dispose() => temp.Dispose();

    private void AssertSameAsColdBuild()
    {
        var warm = SiteBuilder.Generate(options, cache);
        var cold = SiteBuilder.Generate(options);
        Assert.Equal(cold.Files.Select(f => f.Path), warm.Files.Select(f => f.Path));
        foreach (var (c, w) in cold.Files.Zip(warm.Files))
        {
            Assert.True(c.Content.AsSpan().SequenceEqual(w.Content), $"{c.Path} differs from a cold build");
        }

        Assert.Equal(cold.Diagnostics.Select(d => d.ToString()), warm.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void An_unchanged_board_reads_no_posting_again()
    {
        AssertSameAsColdBuild();
        Assert.Equal(0, cache.PostingsReparsed);
    }

    [Fact]
    public void An_edited_posting_is_the_only_one_read_again()
    {
        var file = temp.Combine("input", "jobs", "frontend-engineer.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("Frontend Engineer", "Frontend Developer").Replace("k8s]", "k8s, rust]"));
        AssertSameAsColdBuild();
        Assert.Equal(1, cache.PostingsReparsed);
    }

    [Fact]
    public void Added_deleted_and_renamed_postings_match_a_cold_build()
    {
        temp.Write("input/jobs/new.md", "---\ntitle: Night Nurse\ncompany: Acme\ndatePosted: 2026-10-30\ntags: [go]\n---\nNights.\n");
        AssertSameAsColdBuild();
        File.Delete(temp.Combine("input", "jobs", "data-analyst.txt"));
        AssertSameAsColdBuild();
        File.Move(temp.Combine("input", "jobs", "new.md"), temp.Combine("input", "jobs", "renamed.md"));
        AssertSameAsColdBuild();
    }

    [Fact]
    public void Theme_and_settings_changes_match_a_cold_build()
    {
        File.AppendAllText(temp.Combine("theme", "assets", "style.css"), "\nbody { color: red; }\n");
        AssertSameAsColdBuild();
        var layout = temp.Combine("theme", "layouts", "base.hbs");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("Skip to content", "Skip to the jobs"));
        AssertSameAsColdBuild();
        File.AppendAllText(temp.Combine("input", "taxonomy.yml"), "\n");
        var site = temp.Combine("input", "site.yml");
        File.WriteAllText(site, File.ReadAllText(site).Replace("pageSize: 2", "pageSize: 1"));
        AssertSameAsColdBuild();
    }

    [Fact]
    public void A_broken_posting_and_its_fix_match_a_cold_build()
    {
        var file = temp.Combine("input", "jobs", "frontend-engineer.md");
        var good = File.ReadAllText(file);
        File.WriteAllText(file, "---\ntitle: [unclosed\n---\n");
        AssertSameAsColdBuild();
        File.WriteAllText(file, good);
        AssertSameAsColdBuild();
    }
}
