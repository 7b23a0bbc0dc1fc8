using System.Text.RegularExpressions;
using JobBoard.Site;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Site;

/// <summary>
/// <c>build</c> measures the site against the budgets of site.yml (README "Budgets"): it prints what it measured,
/// warns when a budget is exceeded and, with <c>--strict</c>, publishes nothing. Built through the real command line.
/// </summary>
public sealed class BudgetTests
{
    private sealed class Board : IDisposable
    {
        public Board(string budgets = "")
        {
            Temp.Write("input/site.yml", "title: Board\nbaseUrl: https://board.example.org/\n" + budgets);
            Temp.Write("input/jobs/night-nurse-acme.md",
                "---\ntitle: Night Nurse\ncompany: Acme\ndatePosted: 2026-11-01\napplyUrl: https://acme.example.com/jobs\n---\n\nNights.\n");
        }

        public TempFolder Temp { get; } = new();

        public Cli.Result Build(params string[] args) =>
            Cli.Run(["build", "--input", "input", "--theme", RepoPaths.Theme, "--output", "out", "--now", "2026-11-02", .. args], workingDirectory: Temp.Path);

        public bool Published => File.Exists(Temp.Combine("out", "index.html"));

        public void Dispose() => Temp.Dispose();
    }

    [Fact]
    public void The_build_summary_shows_each_budget_measured_against_its_default()
    {
        using var board = new Board();

        var build = board.Build("--strict");

        Assert.True(build.ExitCode == 0, build.Stdout + build.Stderr);
        Assert.Matches(new Regex(@"^Budgets: first search \d+(\.\d)? KB of 150 KB, \d+ files of 200000, largest page \d+(\.\d)? KB of 1 MB, total \d+(\.\d)? (KB|MB) of 2 GB$",
            RegexOptions.Multiline), build.Stdout);
        Assert.DoesNotContain("JB0225", build.Stdout + build.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_budget_exceeded_is_a_warning_at_its_line_of_site_yml()
    {
        using var board = new Board("budgets:\n  files: 5000\n  largestPage: 1KB\n");

        var build = board.Build();

        Assert.True(build.ExitCode == 0, build.Stdout + build.Stderr);
        Assert.True(board.Published);
        Assert.Matches(@"input/site\.yml:5:1: warning: largest page: \d+(\.\d)? KB is over the budget of 1 KB \[JB0225\]", build.Stdout + build.Stderr);
        Assert.Contains("largest page ", build.Stdout, StringComparison.Ordinal);
        Assert.Contains(" of 1 KB,", build.Stdout, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(build.Stdout + build.Stderr, "JB0225"));
    }

    [Fact]
    public void A_budget_exceeded_fails_a_strict_build_and_publishes_nothing()
    {
        using var board = new Board("budgets:\n  firstSearch: 1KB\n");

        var build = board.Build("--strict");

        Assert.Equal(1, build.ExitCode);
        Assert.False(board.Published);
        Assert.Matches(@"input/site\.yml:4:1: warning: first search: \d+(\.\d)? KB is over the budget of 1 KB \[JB0225\]", build.Stdout + build.Stderr);
    }

    [Theory]
    [InlineData("budgets:\n  firstSearch: lots\n", 4, "budget 'firstSearch' is not a size: 'lots'")]
    [InlineData("budgets:\n  files: 10KB\n", 4, "budget 'files' is not a whole number of files: '10KB'")]
    [InlineData("budgets:\n  largestPage: 1MB\n  firstSerch: 90KB\n", 5, "'firstSerch' is not a budget")]
    [InlineData("budgets: 150KB\n", 3, "budgets must be a mapping")]
    public void A_bad_budget_is_an_error_at_its_line_of_site_yml(string budgets, int line, string message)
    {
        using var board = new Board(budgets);

        var build = board.Build();

        Assert.Equal(1, build.ExitCode);
        Assert.False(board.Published);
        Assert.Contains($"input/site.yml:{line}:", build.Stdout + build.Stderr, StringComparison.Ordinal);
        Assert.Contains(message, build.Stdout + build.Stderr, StringComparison.Ordinal);
        Assert.Contains("[JB0226]", build.Stdout + build.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_lists_every_budget_with_its_default()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("\n## Budgets\n", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        var rows = Regex.Matches(section, @"^\| `(\w+)` \| ([^|]+) \|", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim(), StringComparer.Ordinal);

        Assert.All(Budget.All, budget =>
        {
            Assert.True(rows.TryGetValue(budget.Key, out var written), $"README has no row for `{budget.Key}`");
            Assert.Equal(budget.Default, budget.Parse(written!));
        });
    }
}
