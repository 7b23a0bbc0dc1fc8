using JobBoard.Output;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Site;

/// <summary>Publishing swaps whole sites: readers and later builds never see a half-written one.</summary>
public sealed class AtomicOutputTests
{
    private static OutputFile[] Site(string marker) =>
        [OutputFile.Text("index.html", marker), OutputFile.Text("jobs/a/index.html", marker)];

    private static void Publish(string output, IEnumerable<OutputFile> files)
    {
        using var staged = new AtomicOutput(output);
        foreach (var file in files)
        {
            staged.Add(file);
        }

        staged.Publish();
    }

    [Fact]
    public void A_site_not_published_leaves_the_previous_one_and_no_trace()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("out");
        Publish(output, Site("one"));
        using (var abandoned = new AtomicOutput(output))
        {
            abandoned.Add(OutputFile.Text("index.html", "two"));
            Assert.Equal(1, abandoned.Files);
        }

        Assert.Equal("one", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal([".out.lock", "out"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Writing_replaces_the_whole_previous_site()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("out");
        Publish(output, [.. Site("one"), OutputFile.Text("old-only.html", "x")]);
        Publish(output, Site("two"));
        Assert.Equal(["index.html", "jobs/a/index.html"], SiteTree.Files(output));
        Assert.Equal("two", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal([".out.lock", "out"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Leftovers_of_a_killed_build_are_cleaned_and_a_lost_output_is_restored()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("out");
        // A dead process (pid 2^22 + 1 is above Linux's pid_max default) left a staging folder and
        // was killed between its renames, so only its retired copy of the old site remains.
        temp.Write(".out.tmp-4194305-aaaa/index.html", "half");
        temp.Write(".out.old-4194305-bbbb/index.html", "previous");
        Publish(output, Site("new"));
        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal([".out.lock", "out"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Concurrent_builds_into_one_folder_leave_one_complete_site()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("out");
        Parallel.For(0, 8, i => Publish(output, Site($"build {i}")));
        var files = SiteTree.Files(output);
        Assert.Equal(["index.html", "jobs/a/index.html"], files);
        var contents = files.Select(f => File.ReadAllText(Path.Combine(output, f))).Distinct().ToList();
        Assert.Single(contents);
    }
}
