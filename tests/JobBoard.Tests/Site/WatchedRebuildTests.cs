using JobBoard.Pipeline;
using JobBoard.Site;

namespace JobBoard.Tests.Site;

/// <summary>
/// Rebuilds told which files changed, as the preview server's watcher tells them: once the reports
/// are trusted, only the files they name are read, and the site is still the one a cold build makes.
/// Anything a report leaves in doubt makes a build check every file by its size and time.
/// </summary>
public sealed class WatchedRebuildTests : IDisposable
{
    private readonly CachedBoard board = new();

    public void Dispose() => board.Dispose();

    /// <summary>
    /// Builds after a report, as the preview server does once its watcher runs, so the reports before
    /// the next builds are trusted. Every file is dated now, so a build that checks every file by its
    /// size and time reads each one again (<see cref="BuildCache.FilesRead"/> tells the two apart).
    /// </summary>
    private void Watch()
    {
        board.DateInputFiles(DateTime.UtcNow);
        board.Cache.MarkChanged([]);
        BuildPipeline.Generate(board.Options, board.Cache);
    }

    /// <summary>Reports input-relative paths as the watcher does, then builds as in <see cref="CachedBoard.AssertSameAsColdBuild"/>.</summary>
    private void Report(params string[] paths)
    {
        board.Cache.MarkChanged(paths.Select(p => board.Temp.Combine(["input", .. p.Split('/', StringSplitOptions.RemoveEmptyEntries)])));
        board.AssertSameAsColdBuild();
    }


    [Theory]
    [InlineData("companies/northwind-labs.md", "Scheduling tools", "Booking tools")]
    [InlineData("logos/northwind-labs.svg", "#2f5d8a", "#8a2f5d")]
    public void A_reported_company_profile_or_logo_renders_the_pages_again_without_reading_a_posting(string file, string from, string to)
    {
        Watch();
        var path = board.Temp.Combine(["input", .. file.Split('/')]);
        File.WriteAllText(path, File.ReadAllText(path).Replace(from, to, StringComparison.Ordinal));
        Report(file);
        Assert.Equal(0, board.Cache.FilesRead);
    }

    [Fact]
    public void Reported_edits_creations_saves_renames_and_deletions_read_only_those_files()
    {
        Watch();
        var posting = board.Temp.Combine("input", "jobs", "frontend-engineer.md");
        File.WriteAllText(posting, File.ReadAllText(posting).Replace("Frontend Engineer", "Frontend Developer"));
        Report("jobs/frontend-engineer.md");
        Assert.Equal(1, board.Cache.FilesRead);

        board.Temp.Write("input/jobs/nurse.md", "---\ntitle: Night Nurse\ncompany: Acme\ndatePosted: 2026-10-30\ntags: [go]\n---\nNights.\n");
        Report("jobs/nurse.md");
        Assert.Equal(1, board.Cache.FilesRead);

        // An editor's save: a hidden temporary file renamed over the posting.
        var saving = board.Temp.Write("input/jobs/.nurse.md.swp", "---\ntitle: Day Nurse\ncompany: Acme\ndatePosted: 2026-10-30\n---\nDays.\n");
        File.Move(saving, board.Temp.Combine("input", "jobs", "nurse.md"), overwrite: true);
        Report("jobs/.nurse.md.swp", "jobs/nurse.md");
        Assert.Equal(1, board.Cache.FilesRead);

        File.Move(board.Temp.Combine("input", "jobs", "nurse.md"), board.Temp.Combine("input", "jobs", "day-nurse.md"));
        Report("jobs/nurse.md", "jobs/day-nurse.md");
        Assert.Equal(1, board.Cache.FilesRead);

        File.Delete(board.Temp.Combine("input", "jobs", "data-analyst.txt"));
        Report("jobs/data-analyst.txt");
        Assert.Equal(0, board.Cache.FilesRead);
    }

    [Fact]
    public void A_reported_page_change_reads_no_posting_and_publishes_the_page()
    {
        Watch();
        var page = board.Temp.Combine("input", "pages", "about.md");
        File.WriteAllText(page, File.ReadAllText(page).Replace("snapshot tests", "watched tests"));
        Report("pages/about.md");
        Assert.Equal(0, board.Cache.FilesRead);
        Assert.Contains("watched tests", System.Text.Encoding.UTF8.GetString(
            Assert.Single(BuildPipeline.Generate(board.Options, board.Cache).Files, f => f.Path == "about/index.html").Content));
    }

    [Fact]
    public void A_reported_editor_backup_adds_no_posting()
    {
        // Emacs and Vim leave x.md~ beside x.md on a save; read as a posting it is a duplicate (JB0303).
        var postings = BuildPipeline.Generate(board.Options, board.Cache).PostingsRead;
        var backup = board.Temp.Combine("input", "jobs", "frontend-engineer.md~");
        File.Copy(board.Temp.Combine("input", "jobs", "frontend-engineer.md"), backup);

        // Reported before two builds in a row, as the watcher does: the first build discovers every file
        // itself, the second trusts the report and only asks whether the reported file is a posting.
        foreach (var build in new[] { "discovered", "reported" })
        {
            board.Cache.MarkChanged([backup]);
            var site = board.AssertSameAsColdBuild();
            Assert.True(postings == site.PostingsRead, $"the {build} build read {site.PostingsRead} postings, not {postings}");
            Assert.DoesNotContain(site.Site!.All, p => p.File.EndsWith('~'));
        }

        Assert.Equal(0, board.Cache.FilesRead);
    }

    [Fact]
    public void Reports_are_trusted_as_well_when_the_input_folder_is_named_with_a_trailing_slash()
    {
        var slashed = board.Options with { Input = board.Options.Input + Path.DirectorySeparatorChar };
        var own = new BuildCache();
        board.DateInputFiles(DateTime.UtcNow);
        own.MarkChanged([]);
        BuildPipeline.Generate(slashed, own);
        var posting = board.Temp.Combine("input", "jobs", "frontend-engineer.md");
        File.WriteAllText(posting, File.ReadAllText(posting).Replace("Frontend Engineer", "Frontend Developer"));
        own.MarkChanged([posting]);
        BuildPipeline.Generate(slashed, own);
        Assert.Equal(1, own.FilesRead);
    }

    [Fact]
    public void The_first_build_after_a_report_checks_every_file()
    {
        // The watcher may have started after the last build read a file that then changed.
        var unreported = board.Temp.Combine("input", "jobs", "frontend-engineer.md");
        File.WriteAllText(unreported, File.ReadAllText(unreported).Replace("Frontend Engineer", "Frontend Developer"));
        board.DateInputFiles(DateTime.UtcNow);
        Report("jobs/data-analyst.txt");
        Assert.Equal(board.PostingFiles, board.Cache.FilesRead);
    }

    [Fact]
    public void A_reported_folder_or_path_outside_the_input_and_theme_folders_makes_a_build_check_every_file()
    {
        Watch();
        // Every file is dated anew before each report (long ago, a minute apart): a build that checks every file by its
        // size and time reads each one again, and one that trusts the report would read only what it names. Files dated
        // now would settle after two seconds, which a slow run of these builds (the whole suite beside it) can take.
        var minutes = 0;
        void Redate() => board.DateInputFiles(new DateTime(2026, 1, 1, 0, ++minutes, 0, DateTimeKind.Utc));
        board.Temp.Write("input/jobs/nursing/nurse.md", "---\ntitle: Night Nurse\ncompany: Acme\ndatePosted: 2026-10-30\n---\nNights.\n");
        Redate();
        Report("jobs/nursing");
        Assert.Equal(board.PostingFiles, board.Cache.FilesRead);

        Directory.Delete(board.Temp.Combine("input", "jobs", "nursing"), recursive: true);
        Redate();
        Report("jobs/nursing");
        Assert.Equal(board.PostingFiles, board.Cache.FilesRead);

        // The watcher names its whole folder when it lost events.
        Redate();
        Report("");
        Assert.Equal(board.PostingFiles, board.Cache.FilesRead);

        Redate();
        board.Cache.MarkChanged([board.Temp.Write("notes.txt", "not the board's")]);
        board.AssertSameAsColdBuild();
        Assert.Equal(board.PostingFiles, board.Cache.FilesRead);
    }

    [Fact]
    public void A_reported_theme_change_reads_no_posting_file()
    {
        // The theme shapes pages only; the settings' fingerprint sees every file of it, its folder too
        // (the theme's watcher names it when it lost events).
        Watch();
        var stylesheet = board.Temp.Combine("theme", "assets", "style.css");
        File.AppendAllText(stylesheet, "\nmain { margin: 0; }\n");
        board.Cache.MarkChanged([stylesheet, board.Temp.Combine("theme")]);
        board.AssertSameAsColdBuild();
        Assert.Equal(0, board.Cache.FilesRead);
    }

    [Fact]
    public void A_reported_rename_that_changes_only_case_makes_a_build_check_every_file()
    {
        // On a case-insensitive disk both names are the same file, so neither can be trusted to be gone or new.
        Watch();
        File.Move(board.Temp.Combine("input", "jobs", "data-analyst.txt"), board.Temp.Combine("input", "jobs", "Data-analyst.txt"));
        Report("jobs/data-analyst.txt", "jobs/Data-analyst.txt");
        Assert.Equal(board.PostingFiles, board.Cache.FilesRead);
    }

    [Fact]
    public void A_reported_change_to_a_links_target_reads_the_link_again()
    {
        var draft = board.Temp.Write("input/drafts/nurse.md", "---\ntitle: Night Nurse\ncompany: Acme\ndatePosted: 2026-10-30\n---\nNights.\n");
        File.CreateSymbolicLink(board.Temp.Combine("input", "jobs", "nurse.md"), draft);
        Watch();
        File.WriteAllText(draft, File.ReadAllText(draft).Replace("Nights.", "Days and nights."));
        Report("drafts/nurse.md");
        Assert.Equal(1, board.Cache.FilesRead);
    }
}
