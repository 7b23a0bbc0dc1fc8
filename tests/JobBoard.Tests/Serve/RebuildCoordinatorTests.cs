extern alias cli;

using System.Text.RegularExpressions;
using cli::JobBoard.Cli.Serve;
using JobBoard.Site;
using JobBoard.Tests.Support;
using JobBoard.Pipeline;

namespace JobBoard.Tests.Serve;

/// <summary>Rebuilds driven by hand, without a watcher or a server, as the watcher would drive them.</summary>
public sealed class RebuildCoordinatorTests : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly StringWriter log = new();
    private readonly BuildOptions options;
    private readonly RebuildCoordinator coordinator;

    public RebuildCoordinatorTests()
    {
        options = new BuildOptions(temp.CopyFrom(Path.Combine(RepoPaths.Fixtures, "basic"), "input"),
            temp.CopyFrom(RepoPaths.Theme, "theme"), Output: "", Now: new DateOnly(2026, 11, 1), KeepGoing: true);
        coordinator = new RebuildCoordinator(options, new LiveReloadHub(), log);
    }

    public void Dispose() => temp.Dispose();

    /// <summary>Edits a file, rebuilds with it reported, and returns how many warnings the log calls the same as before.</summary>
    private int WarningsAsBefore(string file, string from, string to)
    {
        File.WriteAllText(file, File.ReadAllText(file).Replace(from, to, StringComparison.Ordinal));
        coordinator.Rebuild([file]);
        var summary = log.ToString().TrimEnd().Split('\n')[^1];
        Assert.StartsWith("Rebuilt", summary, StringComparison.Ordinal);
        return Regex.Match(summary, @"(\d+) warnings as before") is { Success: true } m ? int.Parse(m.Groups[1].Value) : 0;
    }

    [Fact]
    public void Standing_warnings_are_not_printed_again_but_one_whose_text_changed_is()
    {
        // Its file name is not its slug (night-nurse-acme): a warning naming the slug.
        var stray = temp.Write("input/jobs/stray.md", "---\ntitle: Night Nurse\ncompany: Acme\ndatePosted: 2026-10-30\n---\nNights.\n");
        coordinator.BuildFirst();
        var warnings = BuildPipeline.Generate(options).Diagnostics.Count(d => !d.IsError);
        Assert.True(warnings > 0);

        Assert.Equal(warnings, WarningsAsBefore(temp.Combine("input", "jobs", "frontend-engineer.md"), "tools for clinics", "tools for vets"));
        Assert.Equal(warnings - 1, WarningsAsBefore(stray, "Night Nurse", "Day Nurse"));
    }

    [Fact]
    public void A_build_overtaken_by_newer_changes_is_not_shown_but_the_next_one_is_even_with_the_same_files()
    {
        coordinator.BuildFirst();
        var first = coordinator.Current;
        var file = temp.Combine("input", "jobs", "frontend-engineer.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("tools for clinics", "tools for vets", StringComparison.Ordinal));

        coordinator.Overtaken = () => true; // the file may have been read half-written
        coordinator.Rebuild([file]);
        Assert.Same(first, coordinator.Current);

        coordinator.Overtaken = () => false;
        coordinator.Rebuild([file]);
        Assert.NotSame(first, coordinator.Current);
        var page = coordinator.Current.Find("jobs/frontend-engineer-northwind-labs/index.html");
        Assert.Contains("tools for vets", System.Text.Encoding.UTF8.GetString(page!.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_file_that_cannot_be_read_leaves_the_last_site_served_instead_of_stopping_the_server()
    {
        coordinator.BuildFirst();
        var first = coordinator.Current;
        var gone = temp.Combine("theme", "assets", "gone.css");
        File.CreateSymbolicLink(gone, temp.Combine("nowhere.css")); // listed, but reading it fails

        coordinator.Rebuild([gone]);
        Assert.Same(first, coordinator.Current);

        File.Delete(gone);
        coordinator.Rebuild([gone]);
        Assert.NotSame(first, coordinator.Current);
        Assert.Empty(coordinator.Errors);
    }
}
