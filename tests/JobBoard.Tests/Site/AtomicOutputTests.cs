using System.Diagnostics;
using JobBoard.Output;
using JobBoard.Site;
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
        Assert.Equal([".out.lock", "out"], Entries(temp));
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
        Assert.Equal([".out.lock", "out"], Entries(temp));
    }

    /// <summary>A site as build writes it: with the marker that makes it one (<see cref="OutputFolderGuard"/>).</summary>
    private static OutputFile[] BuiltSite(params OutputFile[] files) => [OutputFolderGuard.Marker, .. files];

    [Fact]
    public void A_rebuild_writes_over_the_site_before_the_published_one_leaving_unchanged_files_as_they_are()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("out");
        Publish(output, BuiltSite(OutputFile.Text("index.html", "one"), OutputFile.Text("gone/old.html", "x"), OutputFile.Text("jobs", "a file")));
        Publish(output, BuiltSite(OutputFile.Text("index.html", "two")));
        var kept = temp.Combine(".out.previous");
        Assert.Equal([OutputFolderGuard.MarkerName, "gone/old.html", "index.html", "jobs"], SiteTree.Files(kept));
        var unchanged = Path.Combine(kept, OutputFolderGuard.MarkerName);
        File.SetLastWriteTimeUtc(unchanged, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        // The third build takes the first one's site: it writes over index.html, leaves the marker as it is (same
        // bytes), removes gone/ and replaces the file jobs by a folder.
        Publish(output, BuiltSite(OutputFile.Text("index.html", "three, longer"), OutputFile.Text("jobs/a/index.html", "a")));
        Assert.Equal([OutputFolderGuard.MarkerName, "index.html", "jobs/a/index.html"], SiteTree.Files(output));
        Assert.Equal("three, longer", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(2001, File.GetLastWriteTimeUtc(Path.Combine(output, OutputFolderGuard.MarkerName)).Year);
        Assert.Equal([OutputFolderGuard.MarkerName, "index.html"], SiteTree.Files(kept)); // the second build's site, kept

        Publish(output, BuiltSite(OutputFile.Text("index.html", "4")));
        Assert.Equal("4", File.ReadAllText(Path.Combine(output, "index.html"))); // shorter than what it writes over
        Assert.Equal([".out.lock", ".out.previous", "out"], Entries(temp));
    }

    [Fact]
    public void A_link_in_the_kept_site_is_removed_never_written_through()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("out");
        var elsewhere = Directory.CreateDirectory(temp.Combine("elsewhere")).FullName;
        temp.Write(".out.previous/" + OutputFolderGuard.MarkerName, "planted");
        File.CreateSymbolicLink(temp.Combine(".out.previous", "jobs"), elsewhere);
        File.CreateSymbolicLink(temp.Combine(".out.previous", "index.html"), temp.Write("elsewhere.html", "theirs"));

        Publish(output, BuiltSite(OutputFile.Text("index.html", "ours"), OutputFile.Text("jobs/a/index.html", "ours")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
        Assert.Equal("theirs", File.ReadAllText(temp.Combine("elsewhere.html")));
        Assert.Equal("ours", File.ReadAllText(Path.Combine(output, "jobs", "a", "index.html")));
        Assert.Null(new FileInfo(Path.Combine(output, "index.html")).LinkTarget);
    }

    [Fact]
    public void A_kept_folder_that_is_not_a_built_site_is_left_alone()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("out");
        temp.Write(".out.previous/notes.txt", "mine");
        Publish(output, BuiltSite(OutputFile.Text("index.html", "one")));
        Publish(output, BuiltSite(OutputFile.Text("index.html", "two")));
        Assert.Equal(["notes.txt"], SiteTree.Files(temp.Combine(".out.previous")));
        Assert.Equal("two", File.ReadAllText(Path.Combine(output, "index.html")));
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
        Assert.Equal([".out.lock", "out"], Entries(temp));
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

    /// <summary>A board of one posting, and a second posting to add for the next build.</summary>
    private static (string Input, string Output) Board(TempFolder temp)
    {
        temp.Write("input/jobs/dev-acme.md", "---\ntitle: Dev\ncompany: Acme\napplyUrl: https://acme.example.com/jobs/1\n---\n\nBody.\n");
        return (temp.Combine("input"), temp.Combine("out"));
    }

    private static void AddOps(TempFolder temp) =>
        temp.Write("input/jobs/ops-acme.md", "---\ntitle: Ops\ncompany: Acme\napplyUrl: https://acme.example.com/jobs/2\n---\n\nBody.\n");

    private static string[] Build(string input, string output) =>
        ["build", "--input", input, "--theme", RepoPaths.Theme, "--output", output];

    /// <summary>Runs the real CLI under strace, which kills it with SIGKILL at the <paramref name="nth"/> call of <paramref name="syscall"/>.</summary>
    private static int KilledAt(string syscall, int nth, string[] args)
    {
        var start = new ProcessStartInfo("strace") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        foreach (var arg in (string[])["-f", "-o", "/dev/null", "-e", $"inject={syscall}:signal=SIGKILL:when={nth}", "dotnet", Cli.Executable, .. args])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var drained = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "strace did not finish");
        drained.Wait();
        return process.ExitCode;
    }

    private static string[] Entries(TempFolder temp) =>
        [.. Directory.EnumerateFileSystemEntries(temp.Path).Select(path => Path.GetFileName(path)!).Where(n => n.Contains("out", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void A_build_killed_at_any_rename_never_leaves_the_site_without_its_output_folder()
    {
        // The swap was two renames (output aside, staging in); a build killed between them left no output/
        // until the next build. Now the second rename never comes: the swap is one exchange of the two names.
        using var temp = new TempFolder();
        var (input, output) = Board(temp);
        Assert.Equal(0, Cli.Run(Build(input, output)).ExitCode);
        AddOps(temp);
        KilledAt("rename", 2, Build(input, output));
        Assert.True(File.Exists(Path.Combine(output, "jobs", "ops-acme", "index.html")), string.Join(", ", Entries(temp)));
        Assert.Equal([".out.lock", ".out.previous", "out"], Entries(temp)); // the site the last swap replaced, kept to write over
    }

    [Fact]
    public void A_build_killed_at_the_swap_leaves_the_previous_site_and_the_next_build_publishes()
    {
        using var temp = new TempFolder();
        var (input, output) = Board(temp);
        Assert.Equal(0, Cli.Run(Build(input, output)).ExitCode);
        AddOps(temp);
        Assert.NotEqual(0, KilledAt("renameat2", 1, Build(input, output)));
        Assert.True(File.Exists(Path.Combine(output, "jobs", "dev-acme", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(output, "jobs", "ops-acme")));

        Assert.Equal(0, Cli.Run(Build(input, output)).ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "jobs", "ops-acme", "index.html")));
        Assert.Equal([".out.lock", ".out.previous", "out"], Entries(temp)); // the site the last swap replaced, kept to write over
    }

    [Fact]
    public void The_next_build_restores_an_output_folder_that_a_killed_swap_left_missing()
    {
        // Where the swap is two renames (not Linux), a build killed between them leaves the staging folder
        // and the previous site under its retired name, and no output/: the next build puts it back, then publishes.
        using var temp = new TempFolder();
        var (input, output) = Board(temp);
        Assert.Equal(0, Cli.Run(Build(input, output)).ExitCode);
        Directory.Move(output, temp.Combine(".out.old-4194305-bbbb"));
        temp.Write(".out.tmp-4194305-aaaa/index.html", "half");
        AddOps(temp);

        Assert.Equal(0, Cli.Run(Build(input, output)).ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "jobs", "ops-acme", "index.html")));
        Assert.Equal([".out.lock", ".out.previous", "out"], Entries(temp)); // the site the last swap replaced, kept to write over
    }
}
