using JobBoard.Tests.Support;

namespace JobBoard.Tests.Check;

/// <summary><c>check --changed-since REF</c> in a pull request: only the postings it changed, plus the site-wide rules.</summary>
public sealed class ChangedSinceTests
{
    private static string Posting(string title, string extra = "") =>
        $"---\ntitle: {title}\ncompany: Acme\napplyUrl: https://acme.example.com/jobs/1\n{extra}---\n\nA job.\n";

    /// <summary>main has one clean posting and one with a warning; the branch "pr" starts from it.</summary>
    private static GitRepo Board()
    {
        var repo = new GitRepo();
        repo.Write("input/site.yml", "title: Test\nrequired: [title, company, applyUrl]\n");
        repo.Write("input/jobs/clean-job-acme.md", Posting("Clean Job"));
        repo.Write("input/jobs/old-job-acme.md", Posting("Old Job", "compnay: Acme\n"));
        repo.Write("README.md", "board\n");
        repo.Commit("main");
        repo.Git("switch", "-q", "-c", "pr");
        return repo;
    }

    private static Cli.Result Check(GitRepo repo, params string[] extra) =>
        Cli.Run(["check", "--input", "input", "--format", "json", "--changed-since", "main", .. extra], workingDirectory: repo.Path);

    [Fact]
    public void Only_added_and_modified_postings_are_reported()
    {
        using var repo = Board();
        repo.Write("input/jobs/new-job-acme.md", Posting("New Job", "aplyUrl: x\n"));
        repo.Write("input/jobs/clean-job-acme.md", Posting("Clean Job", "salaryMin: -50000\nsalaryCurrency: EUR\n"));
        repo.Write("README.md", "changed, not a posting\n");
        repo.Commit("pr");

        var result = Check(repo);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/jobs/new-job-acme.md", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"code\": \"JB0213\"", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("old-job-acme", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_company_profile_and_its_logo_are_no_misplaced_postings_and_their_problems_are_reported()
    {
        using var repo = Board();
        repo.Write("input/logos/acme.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"/>");
        repo.Write("input/companies/acme.yml", "name: Acme\nlogo: acme.svg\nwebsite: ftp://acme.example.com/\n");
        repo.Commit("pr");

        var result = Check(repo);
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("\"code\": \"JB0110\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"code\": \"JB0223\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_changed_is_clean_even_when_old_postings_have_warnings()
    {
        using var repo = Board();
        var result = Check(repo, "--strict");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("[]\n", result.Stdout.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Untracked_files_count_as_changed()
    {
        using var repo = Board();
        repo.Write("input/jobs/draft-acme.md", "---\ntitle: Draft\ncompany: Acme\n---\n\nNo apply link yet.\n");
        var result = Check(repo);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("\"code\": \"JB0301\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_renamed_posting_is_checked_under_its_new_name()
    {
        using var repo = Board();
        repo.Git("mv", "input/jobs/old-job-acme.md", "input/jobs/renamed.md");
        repo.Commit("rename");
        var result = Check(repo);
        Assert.Contains("input/jobs/renamed.md", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"code\": \"JB0306\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_wide_duplicate_is_reported_even_when_it_lands_on_an_unchanged_file()
    {
        using var repo = Board();
        // "another" sorts before "clean", so the duplicate error is reported on the old file.
        repo.Write("input/jobs/another-clean-job.md", Posting("Clean Job"));
        repo.Commit("copy");
        var result = Check(repo);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("\"code\": \"JB0303\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_posting_added_outside_jobs_is_an_error()
    {
        using var repo = Board();
        repo.Write("input/my-job.md", Posting("My Job"));
        repo.Commit("misplaced");
        var result = Cli.Run(["check", "--input", "input", "--format", "github", "--changed-since", "main"], workingDirectory: repo.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("::error file=input/my-job.md,title=JB0110::", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Untracked_editor_leftovers_are_no_change()
    {
        // Left by an editor still open on the files; build never reads them either.
        using var repo = Board();
        repo.Write("input/jobs/clean-job-acme.md~", Posting("Clean Job"));
        repo.Write("input/site.yml~", "title: Test\n");
        var result = Check(repo, "--strict");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("[]\n", result.Stdout.Replace("\r\n", "\n"));
    }

    [Fact]
    public void A_changed_taxonomy_checks_every_posting()
    {
        using var repo = Board();
        repo.Write("input/taxonomy.yml", "go: { name: Go }\n");
        repo.Commit("taxonomy");
        var result = Check(repo);
        Assert.Contains("old-job-acme", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_ref_is_a_usage_error()
    {
        using var repo = Board();
        var result = Cli.Run(["check", "--input", "input", "--changed-since", "no-such-branch"], workingDirectory: repo.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such-branch", result.Stderr, StringComparison.Ordinal);
    }
}
