using JobBoard.Tests.Support;

namespace JobBoard.Tests.Check;

/// <summary><c>diff --base</c>: the pages a change adds, changes and removes, as Markdown.</summary>
public sealed class DiffCommandTests
{
    private static string Posting(string title, string company, string tags) =>
        $"---\ntitle: {title}\ncompany: {company}\ntags: [{tags}]\ndatePosted: 2026-11-01\napplyUrl: https://example.com/jobs/1\n---\n\nA job.\n";

    private static void Board(Func<string, string, string> write, string root, bool changed)
    {
        write($"{root}/site.yml", "title: Test\nbaseUrl: https://jobs.example.org/\n");
        write($"{root}/taxonomy.yml", "go: { name: Go }\nrust: { name: Rust }\npython: { name: Python }\n");
        write($"{root}/jobs/stays-acme.md", Posting("Stays", "Acme", "go"));
        if (changed)
        {
            write($"{root}/jobs/added-globex.md", Posting("Added", "Globex", "rust"));
            write($"{root}/jobs/edited-acme.md", Posting("Edited", "Acme", "go").Replace("A job.", "A better job."));
        }
        else
        {
            write($"{root}/jobs/removed-initech.md", Posting("Removed", "Initech", "python"));
            write($"{root}/jobs/edited-acme.md", Posting("Edited", "Acme", "go"));
        }
    }

    [Fact]
    public void Folders_are_compared_page_by_page()
    {
        using var temp = new TempFolder();
        Board(temp.Write, "base", changed: false);
        Board(temp.Write, "head", changed: true);
        var result = Cli.Run(["diff", "--base", temp.Combine("base"), "--input", temp.Combine("head"), "--theme", RepoPaths.Theme,
            "--base-url", "https://deploy-preview-7--jobs.netlify.app/"]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        var markdown = result.Stdout.Replace("\r\n", "\n");
        Assert.Contains("**Job pages:** 1 added, 1 changed, 1 removed", markdown, StringComparison.Ordinal);
        Assert.Contains("- added: Added at Globex [`/jobs/added-globex/`](https://deploy-preview-7--jobs.netlify.app/jobs/added-globex/)", markdown, StringComparison.Ordinal);
        Assert.Contains("- changed: Edited at Acme", markdown, StringComparison.Ordinal);
        Assert.Contains("- removed: Removed at Initech `/jobs/removed-initech/`", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Stays at Acme", markdown, StringComparison.Ordinal);
        Assert.Contains("**Tag pages affected:**", markdown, StringComparison.Ordinal);
        Assert.Contains("Python `/tags/python/` (removed)", markdown, StringComparison.Ordinal);
        Assert.Contains("Globex [`/companies/globex/`](https://deploy-preview-7--jobs.netlify.app/companies/globex/) (added)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_git_ref_is_compared_with_the_working_tree()
    {
        using var repo = new GitRepo();
        Board(repo.Write, "input", changed: false);
        repo.Commit("base");
        File.Delete(Path.Combine(repo.Path, "input", "jobs", "removed-initech.md"));
        Board(repo.Write, "input", changed: true);

        var result = Cli.Run(["diff", "--base", "main", "--input", "input", "--theme", RepoPaths.Theme], workingDirectory: repo.Path);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("**Job pages:** 1 added, 1 changed, 1 removed", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("`/jobs/added-globex/`", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void No_change_says_so()
    {
        using var temp = new TempFolder();
        Board(temp.Write, "a", changed: false);
        var result = Cli.Run(["diff", "--base", temp.Combine("a"), "--input", temp.Combine("a"), "--theme", RepoPaths.Theme]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No job, tag or company page changes.", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_base_is_a_usage_error()
    {
        using var repo = new GitRepo();
        Board(repo.Write, "input", changed: false);
        repo.Commit("base");
        var result = Cli.Run(["diff", "--base", "nope", "--input", "input", "--theme", RepoPaths.Theme], workingDirectory: repo.Path);
        Assert.Equal(2, result.ExitCode);
    }
}
