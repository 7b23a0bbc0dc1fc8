using JobBoard.Site;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Site;

/// <summary>
/// A build with a <see cref="BuildCache"/> gives exactly the site a cold build gives (pages, feeds,
/// jobs.json, sitemap, search index), re-reading only what changed.
/// </summary>
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
    public void A_posting_that_moves_to_the_top_matches_a_cold_build()
    {
        // A new date reorders the postings: feeds, jobs.json and the search index's document numbers all change.
        var file = temp.Combine("input", "jobs", "frontend-engineer.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("datePosted: 2026-10-02", "datePosted: 2026-10-31"));
        AssertSameAsColdBuild();
    }

    [Fact]
    public void Editing_back_and_forth_matches_a_cold_build_each_time()
    {
        var file = temp.Combine("input", "jobs", "frontend-engineer.md");
        var original = File.ReadAllText(file);
        var edited = original.Replace("Frontend Engineer", "Frontend Developer");
        foreach (var text in new[] { edited, original, original, edited, edited, original })
        {
            File.WriteAllText(file, text);
            AssertSameAsColdBuild();
        }
    }

    [Fact]
    public void Files_whose_size_and_time_settled_are_not_read_again()
    {
        Settle();
        SiteBuilder.Generate(options, cache);
        AssertSameAsColdBuild();
        Assert.Equal(0, cache.FilesRead);
    }

    [Fact]
    public void A_marked_change_is_read_again_even_with_the_same_size_and_time()
    {
        Settle();
        SiteBuilder.Generate(options, cache);
        var file = temp.Combine("input", "jobs", "frontend-engineer.md");
        var time = File.GetLastWriteTimeUtc(file);
        File.WriteAllText(file, File.ReadAllText(file).Replace("Frontend Engineer", "Frontend Engineex"));
        File.SetLastWriteTimeUtc(file, time);
        cache.MarkChanged([file]);
        AssertSameAsColdBuild();
        Assert.Equal(1, cache.FilesRead);
        Assert.Equal(1, cache.PostingsReparsed);
    }

    [Fact]
    public void A_file_written_just_before_it_was_read_is_read_again()
    {
        // Its time may not change on a second write within the file system's timestamp resolution.
        var file = temp.Combine("input", "jobs", "frontend-engineer.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("Frontend Engineer", "Frontend Developer"));
        SiteBuilder.Generate(options, cache);
        var time = File.GetLastWriteTimeUtc(file);
        File.WriteAllText(file, File.ReadAllText(file).Replace("Frontend Developer", "Frontend Developex"));
        File.SetLastWriteTimeUtc(file, time);
        AssertSameAsColdBuild();
    }

    [Fact]
    public void A_rebuild_with_nothing_changed_gives_the_last_site()
    {
        var first = SiteBuilder.Generate(options, cache);
        Assert.Same(first, SiteBuilder.Generate(options, cache));
        AssertSameAsColdBuild();
    }

    [Fact]
    public void A_link_to_a_file_outside_the_input_is_refused_as_in_a_cold_build()
    {
        var secret = temp.Write("secret.md", "---\ntitle: Secret\ncompany: Acme\n---\nNot for the site.\n");
        File.CreateSymbolicLink(temp.Combine("input", "jobs", "link.md"), secret);
        AssertSameAsColdBuild();
    }

    [Fact]
    public void A_link_is_read_again_when_its_target_changed_without_its_own_size_and_time()
    {
        var draft = temp.Write("input/drafts/nurse.md", "---\ntitle: Night Nurse\ncompany: Acme\ndatePosted: 2026-10-30\n---\nNights.\n");
        File.CreateSymbolicLink(temp.Combine("input", "jobs", "nurse.md"), draft);
        Settle();
        SiteBuilder.Generate(options, cache);
        File.WriteAllText(draft, File.ReadAllText(draft).Replace("Nights.", "Days and nights."));
        File.SetLastWriteTimeUtc(draft, DateTime.UtcNow.AddHours(-1));
        AssertSameAsColdBuild();
    }

    /// <summary>Dates every input file an hour back, as on a board nobody is editing.</summary>
    private void Settle() => DateInputFiles(DateTime.UtcNow.AddHours(-1));

    private void DateInputFiles(DateTime time)
    {
        foreach (var file in Directory.EnumerateFiles(temp.Combine("input"), "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, time);
        }
    }

    /// <summary>
    /// Builds after a report, as the preview server does once its watcher runs, so the reports before
    /// the next builds are trusted. Every file is dated now, so a build that checks every file by its
    /// size and time reads each one again (<see cref="BuildCache.FilesRead"/> tells the two apart).
    /// </summary>
    private void Watch()
    {
        DateInputFiles(DateTime.UtcNow);
        cache.MarkChanged([]);
        SiteBuilder.Generate(options, cache);
    }

    /// <summary>Reports input-relative paths as the watcher does, then builds as in <see cref="AssertSameAsColdBuild"/>.</summary>
    private void Report(params string[] paths)
    {
        cache.MarkChanged(paths.Select(p => temp.Combine(["input", .. p.Split('/', StringSplitOptions.RemoveEmptyEntries)])));
        AssertSameAsColdBuild();
    }

    private int PostingFiles => Directory.GetFiles(temp.Combine("input", "jobs"), "*", SearchOption.AllDirectories).Length;

    [Fact]
    public void Reported_edits_creations_saves_renames_and_deletions_read_only_those_files()
    {
        Watch();
        var posting = temp.Combine("input", "jobs", "frontend-engineer.md");
        File.WriteAllText(posting, File.ReadAllText(posting).Replace("Frontend Engineer", "Frontend Developer"));
        Report("jobs/frontend-engineer.md");
        Assert.Equal(1, cache.FilesRead);

        temp.Write("input/jobs/nurse.md", "---\ntitle: Night Nurse\ncompany: Acme\ndatePosted: 2026-10-30\ntags: [go]\n---\nNights.\n");
        Report("jobs/nurse.md");
        Assert.Equal(1, cache.FilesRead);

        // An editor's save: a hidden temporary file renamed over the posting.
        var saving = temp.Write("input/jobs/.nurse.md.swp", "---\ntitle: Day Nurse\ncompany: Acme\ndatePosted: 2026-10-30\n---\nDays.\n");
        File.Move(saving, temp.Combine("input", "jobs", "nurse.md"), overwrite: true);
        Report("jobs/.nurse.md.swp", "jobs/nurse.md");
        Assert.Equal(1, cache.FilesRead);

        File.Move(temp.Combine("input", "jobs", "nurse.md"), temp.Combine("input", "jobs", "day-nurse.md"));
        Report("jobs/nurse.md", "jobs/day-nurse.md");
        Assert.Equal(1, cache.FilesRead);

        File.Delete(temp.Combine("input", "jobs", "data-analyst.txt"));
        Report("jobs/data-analyst.txt");
        Assert.Equal(0, cache.FilesRead);
    }

    [Fact]
    public void Reports_are_trusted_as_well_when_the_input_folder_is_named_with_a_trailing_slash()
    {
        var slashed = options with { Input = options.Input + Path.DirectorySeparatorChar };
        var own = new BuildCache();
        DateInputFiles(DateTime.UtcNow);
        own.MarkChanged([]);
        SiteBuilder.Generate(slashed, own);
        var posting = temp.Combine("input", "jobs", "frontend-engineer.md");
        File.WriteAllText(posting, File.ReadAllText(posting).Replace("Frontend Engineer", "Frontend Developer"));
        own.MarkChanged([posting]);
        SiteBuilder.Generate(slashed, own);
        Assert.Equal(1, own.FilesRead);
    }

    [Fact]
    public void The_first_build_after_a_report_checks_every_file()
    {
        // The watcher may have started after the last build read a file that then changed.
        var unreported = temp.Combine("input", "jobs", "frontend-engineer.md");
        File.WriteAllText(unreported, File.ReadAllText(unreported).Replace("Frontend Engineer", "Frontend Developer"));
        DateInputFiles(DateTime.UtcNow);
        Report("jobs/data-analyst.txt");
        Assert.Equal(PostingFiles, cache.FilesRead);
    }

    [Fact]
    public void A_reported_folder_or_path_outside_the_input_folder_makes_a_build_check_every_file()
    {
        Watch();
        temp.Write("input/jobs/nursing/nurse.md", "---\ntitle: Night Nurse\ncompany: Acme\ndatePosted: 2026-10-30\n---\nNights.\n");
        Report("jobs/nursing");
        Assert.Equal(PostingFiles, cache.FilesRead);

        Directory.Delete(temp.Combine("input", "jobs", "nursing"), recursive: true);
        Report("jobs/nursing");
        Assert.Equal(PostingFiles, cache.FilesRead);

        // The watcher names its whole folder when it lost events.
        Report("");
        Assert.Equal(PostingFiles, cache.FilesRead);

        cache.MarkChanged([temp.Combine("theme", "assets", "style.css")]);
        AssertSameAsColdBuild();
        Assert.Equal(PostingFiles, cache.FilesRead);
    }

    [Fact]
    public void A_reported_rename_that_changes_only_case_makes_a_build_check_every_file()
    {
        // On a case-insensitive disk both names are the same file, so neither can be trusted to be gone or new.
        Watch();
        File.Move(temp.Combine("input", "jobs", "data-analyst.txt"), temp.Combine("input", "jobs", "Data-analyst.txt"));
        Report("jobs/data-analyst.txt", "jobs/Data-analyst.txt");
        Assert.Equal(PostingFiles, cache.FilesRead);
    }

    [Fact]
    public void A_reported_change_to_a_links_target_reads_the_link_again()
    {
        var draft = temp.Write("input/drafts/nurse.md", "---\ntitle: Night Nurse\ncompany: Acme\ndatePosted: 2026-10-30\n---\nNights.\n");
        File.CreateSymbolicLink(temp.Combine("input", "jobs", "nurse.md"), draft);
        Watch();
        File.WriteAllText(draft, File.ReadAllText(draft).Replace("Nights.", "Days and nights."));
        Report("drafts/nurse.md");
        Assert.Equal(1, cache.FilesRead);
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
