using JobBoard.Pipeline;
using JobBoard.Site;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Site;

/// <summary>
/// A build with a <see cref="BuildCache"/> gives exactly the site a cold build gives (pages, feeds,
/// jobs.json, sitemap, search index), re-reading only what changed.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly CachedBoard board = new();

    public void Dispose() => board.Dispose();

    [Fact]
    public void An_unchanged_board_reads_no_posting_again()
    {
        board.AssertSameAsColdBuild();
        Assert.Equal(0, board.Cache.PostingsReparsed);
    }

    [Fact]
    public void An_edited_posting_is_the_only_one_read_again()
    {
        var file = board.Temp.Combine("input", "jobs", "frontend-engineer.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("Frontend Engineer", "Frontend Developer").Replace("k8s]", "k8s, rust]"));
        board.AssertSameAsColdBuild();
        Assert.Equal(1, board.Cache.PostingsReparsed);
    }

    [Fact]
    public void Added_deleted_and_renamed_postings_match_a_cold_build()
    {
        board.Temp.Write("input/jobs/new.md", "---\ntitle: Night Nurse\ncompany: Acme\ndatePosted: 2026-10-30\ntags: [go]\n---\nNights.\n");
        board.AssertSameAsColdBuild();
        File.Delete(board.Temp.Combine("input", "jobs", "data-analyst.txt"));
        board.AssertSameAsColdBuild();
        File.Move(board.Temp.Combine("input", "jobs", "new.md"), board.Temp.Combine("input", "jobs", "renamed.md"));
        board.AssertSameAsColdBuild();
    }

    [Fact]
    public void Theme_and_settings_changes_match_a_cold_build()
    {
        File.AppendAllText(board.Temp.Combine("theme", "assets", "style.css"), "\nbody { color: red; }\n");
        board.AssertSameAsColdBuild();
        var layout = board.Temp.Combine("theme", "layouts", "base.hbs");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("Skip to content", "Skip to the jobs"));
        board.AssertSameAsColdBuild();
        File.AppendAllText(board.Temp.Combine("input", "taxonomy.yml"), "\n");
        var site = board.Temp.Combine("input", "site.yml");
        File.WriteAllText(site, File.ReadAllText(site).Replace("pageSize: 2", "pageSize: 1"));
        board.AssertSameAsColdBuild();
    }

    [Theory]
    [InlineData("theme/layouts/base.hbs", "class=\"skip-link\"", "class=\"skip-link jump\"")]
    [InlineData("theme/i18n/en.yml", "Skip to content", "Skip to the jobs")]
    [InlineData("theme/assets/style.css", "light and dark", "light and dark, restyled")]
    [InlineData("input/site.yml", "pageSize: 2", "pageSize: 1")]
    [InlineData("input/companies/northwind-labs.md", "Scheduling tools", "Booking tools")]
    [InlineData("input/logos/northwind-labs.svg", "#2f5d8a", "#8a2f5d")]
    public void A_template_stylesheet_or_site_yml_change_renders_every_page_again_without_reading_a_posting(string file, string from, string to)
    {
        Settle();
        BuildPipeline.Generate(board.Options, board.Cache);
        Edit(file, from, to);
        board.AssertSameAsColdBuild();
        Assert.Equal(0, board.Cache.FilesRead);
        Assert.Equal(0, board.Cache.PostingsReparsed);
    }

    [Theory]
    [InlineData("input/companies/northwind-labs.md", "Scheduling tools", "Booking tools", "companies/northwind-labs/index.html")]
    [InlineData("input/logos/northwind-labs.svg", "#2f5d8a", "#8a2f5d", "jobs/frontend-engineer-northwind-labs/index.html")]
    public void A_company_profile_or_logo_change_reaches_the_pages_that_show_it(string file, string from, string to, string page)
    {
        var before = Page(BuildPipeline.Generate(board.Options, board.Cache), page);
        Edit(file, from, to);
        Assert.NotEqual(before, Page(board.AssertSameAsColdBuild(), page));
    }

    private static string Page(GeneratedSite site, string path) =>
        System.Text.Encoding.UTF8.GetString(site.Files.Single(f => f.Path == path).Content);

    [Fact]
    public void An_edited_added_or_deleted_page_is_published_again_without_reading_a_posting()
    {
        // A page's file is part of the settings: its text, and the navigation every page shows.
        Settle();
        BuildPipeline.Generate(board.Options, board.Cache);
        Edit("input/pages/about.md", "snapshot tests", "page tests");
        var edited = board.AssertSameAsColdBuild();
        Assert.Contains("page tests", Text(edited, "about/index.html"));

        board.Temp.Write("input/pages/privacy.md", "---\ntitle: Privacy\nnav: true\n---\nNo cookies.\n");
        var added = board.AssertSameAsColdBuild();
        Assert.Contains("<a href=\"/privacy/\">Privacy</a>", Text(added, "jobs/data-analyst-quill-ink/index.html"));

        File.Delete(board.Temp.Combine("input", "pages", "privacy.md"));
        var deleted = board.AssertSameAsColdBuild();
        Assert.DoesNotContain(deleted.Files, f => f.Path.StartsWith("privacy/", StringComparison.Ordinal));
        Assert.DoesNotContain("/privacy/", Text(deleted, "index.html"));
        Assert.Equal(0, board.Cache.PostingsReparsed);
    }

    [Fact]
    public void A_taxonomy_change_reads_every_posting_again()
    {
        // The taxonomy decides a posting's tags: frontend-engineer.md's k8s becomes /tags/orchestration/.
        Settle();
        BuildPipeline.Generate(board.Options, board.Cache);
        Edit("input/taxonomy.yml", "kubernetes:", "orchestration:");
        board.AssertSameAsColdBuild();
        Assert.Equal(board.PostingFiles, board.Cache.PostingsReparsed);
    }

    [Fact]
    public void A_posting_that_moves_to_the_top_matches_a_cold_build()
    {
        // A new date reorders the postings: feeds, jobs.json and the search index's document numbers all change.
        var file = board.Temp.Combine("input", "jobs", "frontend-engineer.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("datePosted: 2026-10-02", "datePosted: 2026-10-31"));
        board.AssertSameAsColdBuild();
    }

    [Fact]
    public void Editing_back_and_forth_matches_a_cold_build_each_time()
    {
        var file = board.Temp.Combine("input", "jobs", "frontend-engineer.md");
        var original = File.ReadAllText(file);
        var edited = original.Replace("Frontend Engineer", "Frontend Developer");
        foreach (var text in new[] { edited, original, original, edited, edited, original })
        {
            File.WriteAllText(file, text);
            board.AssertSameAsColdBuild();
        }
    }

    [Fact]
    public void Files_whose_size_and_time_settled_are_not_read_again()
    {
        Settle();
        BuildPipeline.Generate(board.Options, board.Cache);
        board.AssertSameAsColdBuild();
        Assert.Equal(0, board.Cache.FilesRead);
    }

    [Fact]
    public void A_marked_change_is_read_again_even_with_the_same_size_and_time()
    {
        Settle();
        BuildPipeline.Generate(board.Options, board.Cache);
        var file = board.Temp.Combine("input", "jobs", "frontend-engineer.md");
        var time = File.GetLastWriteTimeUtc(file);
        File.WriteAllText(file, File.ReadAllText(file).Replace("Frontend Engineer", "Frontend Engineex"));
        File.SetLastWriteTimeUtc(file, time);
        board.Cache.MarkChanged([file]);
        board.AssertSameAsColdBuild();
        Assert.Equal(1, board.Cache.FilesRead);
        Assert.Equal(1, board.Cache.PostingsReparsed);
    }

    [Fact]
    public void A_file_written_just_before_it_was_read_is_read_again()
    {
        // Its time may not change on a second write within the file system's timestamp resolution.
        var file = board.Temp.Combine("input", "jobs", "frontend-engineer.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("Frontend Engineer", "Frontend Developer"));
        BuildPipeline.Generate(board.Options, board.Cache);
        var time = File.GetLastWriteTimeUtc(file);
        File.WriteAllText(file, File.ReadAllText(file).Replace("Frontend Developer", "Frontend Developex"));
        File.SetLastWriteTimeUtc(file, time);
        board.AssertSameAsColdBuild();
    }

    [Fact]
    public void A_rebuild_with_nothing_changed_gives_the_last_site()
    {
        var first = BuildPipeline.Generate(board.Options, board.Cache);
        Assert.Same(first, BuildPipeline.Generate(board.Options, board.Cache));
        board.AssertSameAsColdBuild();
    }

    [Fact]
    public void A_link_to_a_file_outside_the_input_is_refused_as_in_a_cold_build()
    {
        var secret = board.Temp.Write("secret.md", "---\ntitle: Secret\ncompany: Acme\n---\nNot for the site.\n");
        File.CreateSymbolicLink(board.Temp.Combine("input", "jobs", "link.md"), secret);
        board.AssertSameAsColdBuild();
    }

    [Fact]
    public void A_link_is_read_again_when_its_target_changed_without_its_own_size_and_time()
    {
        var draft = board.Temp.Write("input/drafts/nurse.md", "---\ntitle: Night Nurse\ncompany: Acme\ndatePosted: 2026-10-30\n---\nNights.\n");
        File.CreateSymbolicLink(board.Temp.Combine("input", "jobs", "nurse.md"), draft);
        Settle();
        BuildPipeline.Generate(board.Options, board.Cache);
        File.WriteAllText(draft, File.ReadAllText(draft).Replace("Nights.", "Days and nights."));
        File.SetLastWriteTimeUtc(draft, DateTime.UtcNow.AddHours(-1));
        board.AssertSameAsColdBuild();
    }

    /// <summary>Dates every input file an hour back, as on a board nobody is editing.</summary>
    private void Settle() => board.DateInputFiles(DateTime.UtcNow.AddHours(-1));


    private static string Text(GeneratedSite site, string path) => SmallBoard.Text(site, path);

    /// <summary>Replaces text in a file of the board, given by its path under the board's folder.</summary>
    private void Edit(string file, string from, string to)
    {
        var path = board.Temp.Combine(file.Split('/'));
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }

    [Fact]
    public void A_text_edited_into_a_likely_copy_and_back_matches_a_cold_build()
    {
        // Only the text changes, so the rebuild patches the last site (SiteReassembler) instead of assembling it again.
        var description = LikelyDuplicatesTests.Text(LikelyDuplicatesTests.Sentences);
        board.Temp.Write("input/jobs/ward-nurse.md", $"---\ntitle: Ward Nurse\ncompany: Acme\ndatePosted: 2026-10-01\n---\n{description}\n");
        board.Temp.Write("input/jobs/night-nurse.md", "---\ntitle: Night Nurse\ncompany: Acme\ndatePosted: 2026-10-20\n---\nNights.\n");
        Assert.DoesNotContain(board.AssertSameAsColdBuild().Diagnostics, d => d.Code == "JB0312");

        Edit("input/jobs/night-nurse.md", "Nights.", description);
        Assert.Contains(board.AssertSameAsColdBuild().Diagnostics, d => (d.Code, d.File) == ("JB0312", "jobs/night-nurse.md"));

        Edit("input/jobs/night-nurse.md", description, "Nights.");
        Assert.DoesNotContain(board.AssertSameAsColdBuild().Diagnostics, d => d.Code == "JB0312");
    }

    [Fact]
    public void A_broken_posting_and_its_fix_match_a_cold_build()
    {
        var file = board.Temp.Combine("input", "jobs", "frontend-engineer.md");
        var good = File.ReadAllText(file);
        File.WriteAllText(file, "---\ntitle: [unclosed\n---\n");
        board.AssertSameAsColdBuild();
        File.WriteAllText(file, good);
        board.AssertSameAsColdBuild();
    }
}
