using JobBoard.Tests.Support;

namespace JobBoard.Tests.Check;

/// <summary><c>new</c> writes a posting that <c>check</c> finds clean, and never overwrites.</summary>
public sealed class NewCommandTests
{
    private static TempFolder Board()
    {
        var temp = new TempFolder();
        temp.Write("input/site.yml", File.ReadAllText(Path.Combine(RepoPaths.Input, "site.yml")));
        temp.Write("input/taxonomy.yml", File.ReadAllText(Path.Combine(RepoPaths.Input, "taxonomy.yml")));
        return temp;
    }

    private static readonly string[] Options =
    [
        "--title", "Senior \"Platform\" Engineer: Payments", "--company", "Acme & Co",
        "--location", "Berlin, Germany (Hybrid)", "--apply-url", "https://acme.example.com/jobs/42",
        "--employment-type", "Full-time", "--salary", "€70k–90k", "--tag", "go", "--tag", "kubernetes",
        "--date", "2026-11-20", "--valid-through", "2026-12-31",
    ];

    [Fact]
    public void A_new_posting_passes_check_with_strict()
    {
        using var temp = Board();
        var created = Cli.Run(["new", "--input", "input", .. Options], workingDirectory: temp.Path);
        Assert.True(created.ExitCode == 0, created.Stderr);
        var path = created.Stdout.Trim();
        Assert.StartsWith("input/jobs/", path, StringComparison.Ordinal);
        Assert.EndsWith(".md", path, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Combine(path)));

        var check = Cli.Run(["check", "--input", "input", "--strict", "--now", "2026-11-25"], workingDirectory: temp.Path);
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
        Assert.Equal("Checked 1 posting: 0 errors, 0 warnings\n", check.Stdout.Replace("\r\n", "\n"));
    }

    [Fact]
    public void The_scaffold_lists_the_optional_keys_commented_out()
    {
        using var temp = Board();
        var created = Cli.Run(["new", "--input", "input", "--title", "Data Analyst", "--company", "Acme",
            "--apply-url", "mailto:jobs@acme.example.com", "--date", "2026-11-20"], workingDirectory: temp.Path);
        Assert.Equal(0, created.ExitCode);
        var text = File.ReadAllText(temp.Combine(created.Stdout.Trim()));
        foreach (var key in new[] { "# salary:", "# tags:", "# employmentType:", "# validThrough:", "# redirect_from:", "# archived:" })
        {
            Assert.Contains(key, text, StringComparison.Ordinal);
        }

        var check = Cli.Run(["check", "--input", "input", "--strict"], workingDirectory: temp.Path);
        Assert.True(check.ExitCode == 0, check.Stdout);
    }

    [Fact]
    public void An_existing_file_is_never_overwritten()
    {
        using var temp = Board();
        var first = Cli.Run(["new", "--input", "input", .. Options], workingDirectory: temp.Path);
        var path = temp.Combine(first.Stdout.Trim());
        File.AppendAllText(path, "\nEdited by hand.\n");
        var before = File.ReadAllText(path);

        var second = Cli.Run(["new", "--input", "input", .. Options], workingDirectory: temp.Path);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("already exists", second.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(path));
    }

    [Fact]
    public void Title_and_company_are_required()
    {
        using var temp = Board();
        Assert.Equal(2, Cli.Run(["new", "--input", "input", "--title", "Only a title"], workingDirectory: temp.Path).ExitCode);
    }
}
