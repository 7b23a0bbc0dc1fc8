using System.Text.Json;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Security;

/// <summary>
/// A posting whose file name holds a line break and a GitHub workflow command, and whose text holds
/// terminal escape sequences: every command prints them escaped, so nothing reaches the terminal raw
/// and no line of output (a diagnostic, an annotation, a workflow command) can be forged.
/// </summary>
public sealed class TerminalInjectionTests : IDisposable
{
    private const string FileName = "x\n::warning title=forged::pwned.md";

    private readonly TempFolder temp = new();

    public TerminalInjectionTests()
    {
        temp.Write("input/site.yml", "title: Test\n");
        temp.Write("input/jobs/" + FileName,
            "# Engineer \u001b]0;pwned\u0007\u001b[2J\n\nA job.\n\n**Company:** Acme\n**Salary Range:** \u001b[2J 90k-zz\n**Location:** Remote (EU)\n");
    }

    private Cli.Result Run(params string[] args) => Cli.Run(args, workingDirectory: temp.Path);

    [Fact]
    public void Check_text_shows_the_file_name_and_values_escaped()
    {
        var result = Run("check");

        AssertPrintable(result.Stdout);
        Assert.Contains("input/jobs/x\\n::warning title=forged::pwned.md: warning:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("'\\x1b[2J 90k-zz'", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(" | **Salary Range:** \\x1b[2J 90k-zz\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_github_prints_one_annotation_line_per_diagnostic()
    {
        var result = Run("check", "--format", "github");

        AssertPrintable(result.Stdout);
        var lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("::warning file=input/jobs/x\\n%3A%3Awarning title=forged%3A%3Apwned.md,", l, StringComparison.Ordinal));
        Assert.Contains("'\\x1b[2J 90k-zz'%0Ahint: ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_json_keeps_the_exact_name_with_control_characters_escaped_by_json()
    {
        var result = Run("check", "--format", "json");

        AssertPrintable(result.Stdout);
        var files = JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray().Select(d => d.GetProperty("file").GetString());
        Assert.All(files, f => Assert.Equal("input/jobs/" + FileName, f));
    }

    [Fact]
    public void Build_diagnostics_and_summary_are_escaped()
    {
        var result = Run("build", "--theme", RepoPaths.Theme, "--output", "site\u001b[2J");

        Assert.True(result.ExitCode == 0, result.Stderr);
        AssertPrintable(result.Stdout);
        AssertPrintable(result.Stderr);
        Assert.Contains("-> site\\x1b[2J", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("input/jobs/x\\n::warning title=forged::pwned.md", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_text_is_escaped()
    {
        var result = Run("inspect", "input/jobs/" + FileName);

        AssertPrintable(result.Stdout);
        Assert.StartsWith("input/jobs/x\\n::warning title=forged::pwned.md (", result.Stdout, StringComparison.Ordinal);
    }

    /// <summary>No control character but the line ends, and no line that the CI runner would take for a workflow command.</summary>
    private static void AssertPrintable(string output)
    {
        Assert.DoesNotContain(output, c => char.IsControl(c) && c != '\n');
        Assert.DoesNotContain(output.Split('\n'), l => l.StartsWith("::", StringComparison.Ordinal) && !l.StartsWith("::warning file=input/jobs/x\\n", StringComparison.Ordinal));
    }

    public void Dispose() => temp.Dispose();
}
