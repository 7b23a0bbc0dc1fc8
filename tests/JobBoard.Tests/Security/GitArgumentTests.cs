using JobBoard.Tests.Support;

namespace JobBoard.Tests.Security;

/// <summary>
/// A ref given to <c>check --changed-since</c> or <c>diff --base</c> reaches git only as the commit
/// hash it names: a value that looks like an option (<c>--output=FILE</c> makes <c>git diff</c> write
/// a file) is a ref that does not resolve, a usage error, and git writes nothing.
/// </summary>
public sealed class GitArgumentTests
{
    private const string SiteYml = "title: Test\nrequired: [title, company, applyUrl]\n";

    private static GitRepo Board()
    {
        var repo = new GitRepo();
        repo.Write("input/site.yml", SiteYml);
        repo.Write("input/jobs/a-job-acme.md", "---\ntitle: A Job\ncompany: Acme\napplyUrl: https://acme.example.com/1\n---\n\nA job.\n");
        repo.Commit("main");
        return repo;
    }

    public static TheoryData<string> OptionsAsRefs => new()
    {
        "--output=input/site.yml",
        "--output=../pwned",
    };

    [Theory]
    [MemberData(nameof(OptionsAsRefs))]
    public void Changed_since_an_option_is_a_usage_error_and_writes_nothing(string gitRef)
    {
        using var repo = Board();
        var (value, outside) = Unique(repo, gitRef);
        var result = Cli.Run(["check", "--input", "input", "--changed-since", value], workingDirectory: repo.Path);

        AssertNothingWritten(repo, outside);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not a git ref", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(OptionsAsRefs))]
    public void Diff_base_an_option_is_a_usage_error_and_writes_nothing(string gitRef)
    {
        using var repo = Board();
        var (value, outside) = Unique(repo, gitRef);
        var result = Cli.Run(["diff", "--base", value, "--input", "input", "--theme", RepoPaths.Theme], workingDirectory: repo.Path);

        AssertNothingWritten(repo, outside);
        Assert.Equal(2, result.ExitCode);
    }

    /// <summary>The ref with a file name of its own for <c>../pwned</c>, and where that file would land:
    /// beside the repository, in the folder every test's temp folder shares.</summary>
    private static (string Ref, string Outside) Unique(GitRepo repo, string gitRef)
    {
        var name = "pwned-" + Guid.NewGuid().ToString("N");
        return (gitRef.Replace("pwned", name, StringComparison.Ordinal), Path.Combine(Path.GetDirectoryName(repo.Path)!, name));
    }

    /// <summary>Checks (and removes) the file outside first, so that a failing run leaves nothing behind.</summary>
    private static void AssertNothingWritten(GitRepo repo, string outside)
    {
        var wroteOutside = File.Exists(outside);
        File.Delete(outside);
        Assert.False(wroteOutside, "git wrote a file outside the repository");
        Assert.Equal(SiteYml, File.ReadAllText(Path.Combine(repo.Path, "input", "site.yml")));
        Assert.Equal("", repo.Git("status", "--porcelain"));
    }

    [Fact]
    public void Changed_since_a_ref_expression_still_works()
    {
        using var repo = Board();
        repo.Write("input/jobs/b-job-acme.md", "---\ntitle: B Job\ncompany: Acme\n---\n\nNo apply link.\n");
        repo.Commit("second");
        var result = Cli.Run(["check", "--input", "input", "--format", "json", "--changed-since", "HEAD~1"], workingDirectory: repo.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/jobs/b-job-acme.md", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("a-job-acme", result.Stdout, StringComparison.Ordinal);
    }
}
