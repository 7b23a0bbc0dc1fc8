using System.Reflection;
using System.Text;
using JobBoard.Model;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Check;

/// <summary>
/// One broken board per diagnostic code under <c>Fixtures/invalid/&lt;case&gt;/</c>: its <c>input/</c>,
/// optional <c>args.txt</c> (extra arguments, one a line) and the exact expected output of
/// <c>check</c> in each format (<c>expected.txt</c>, <c>expected.github.txt</c>, <c>expected.json</c>).
/// JOBBOARD_ACCEPT=1 rewrites the expectations (never under CI).
/// </summary>
public sealed class CheckFixtureTests
{
    private static readonly string Root = Path.Combine(RepoPaths.Fixtures, "invalid");

    /// <summary>Codes that no input folder can produce through <c>check</c>, each tested elsewhere.</summary>
    private static readonly Dictionary<string, string> NotFixtures = new()
    {
        [DiagnosticCodes.FileTooLarge] = nameof(A_file_over_the_size_limit_is_refused),
        [DiagnosticCodes.TemplateError] = "theme problems: build only, check never loads the theme",
        [DiagnosticCodes.MissingInput] = nameof(A_missing_input_folder_is_a_usage_error),
        [DiagnosticCodes.LinkOutsideInput] = "a symbolic link made by HostileFileTests, since a committed link depends on the checkout's place",
        [DiagnosticCodes.NotRegularFile] = "a named pipe made by HostileTreeTests: git cannot store one",
        [DiagnosticCodes.OverBudget] = "build only, check writes no site: " + nameof(Site.BudgetTests),
        [DiagnosticCodes.InvalidBudget] = nameof(Site.BudgetTests.A_bad_budget_is_an_error_at_its_line_of_site_yml),
        [DiagnosticCodes.UnknownLanguage] = nameof(Render.GermanBoardTests.A_language_the_theme_lacks_is_english_with_a_warning_at_its_line_in_site_yml),
        [DiagnosticCodes.InvalidTranslation] = nameof(Render.TranslationTests.A_broken_or_missing_language_file_stops_the_build_naming_the_file),
        [DiagnosticCodes.MissingTranslation] = nameof(Render.TranslationTests.An_english_file_without_a_text_the_generator_writes_stops_the_build),
        [DiagnosticCodes.PossiblyFilled] = "check --links requests a server each test starts: " + nameof(ApplyLinkCheckTests),
        [DiagnosticCodes.ApplyLinkBroken] = nameof(ApplyLinkCheckTests.Each_open_posting_is_reported_at_its_apply_link_by_what_the_link_answers),
        [DiagnosticCodes.ApplyLinkMoved] = nameof(ApplyLinkCheckTests.Each_open_posting_is_reported_at_its_apply_link_by_what_the_link_answers),
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in Directory.GetDirectories(Root).Order(StringComparer.Ordinal))
        {
            foreach (var format in new[] { "text", "github", "json" })
            {
                data.Add(Path.GetFileName(folder), format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_reports_the_broken_posting_exactly(string name, string format)
    {
        var folder = Path.Combine(Root, name);
        var args = File.Exists(Path.Combine(folder, "args.txt"))
            ? File.ReadAllLines(Path.Combine(folder, "args.txt")).Where(l => l.Length > 0).ToArray()
            : [];
        var result = Cli.Run(["check", "--input", "input", "--format", format, .. args],
            new Dictionary<string, string> { ["NO_COLOR"] = "1" }, workingDirectory: folder);

        var expectedFile = Path.Combine(folder, format switch { "text" => "expected.txt", "github" => "expected.github.txt", _ => "expected.json" });
        Expect(expectedFile, result.Stdout);
        var json = File.ReadAllText(Path.Combine(folder, "expected.json"));
        var hasErrors = json.Contains("\"severity\": \"error\"", StringComparison.Ordinal);
        Assert.True(result.ExitCode == (hasErrors ? 1 : 0), $"exit {result.ExitCode}: {result.Stderr}");
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void Every_diagnostic_code_has_a_fixture_named_after_it()
    {
        var cases = Directory.GetDirectories(Root).Select(Path.GetFileName).ToList();
        foreach (var code in AllCodes().Where(c => !NotFixtures.ContainsKey(c)))
        {
            var folder = cases.SingleOrDefault(c => c!.StartsWith(code.ToLowerInvariant() + "-", StringComparison.Ordinal));
            Assert.True(folder is not null, $"no fixture folder invalid/{code.ToLowerInvariant()}-<case>/");
            Assert.Contains($"[{code}]", File.ReadAllText(Path.Combine(Root, folder!, "expected.txt")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_diagnostic_code_is_explained_in_the_docs()
    {
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md"));
        foreach (var code in AllCodes())
        {
            Assert.Contains($"| {code} |", docs, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused()
    {
        using var temp = new TempFolder();
        temp.Write("input/jobs/huge.md", "---\ntitle: Huge\n---\n" + new string('x', 2 * 1024 * 1024 + 10));
        var result = Cli.Run(["check", "--input", temp.Combine("input"), "--format", "json"]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("\"code\": \"JB0106\"", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void The_line_a_warning_shows_is_found_whatever_ends_the_lines(string lineBreak)
    {
        using var temp = new TempFolder();
        temp.Write("input/jobs/backend-engineer-acme.md", string.Join(lineBreak,
            "---", "title: Backend Engineer", "company: Acme", "aplyUrl: https://acme.example.com/jobs/1", "---", "", "Body."));
        var result = Cli.Run(["check", "--input", temp.Combine("input")]);
        Assert.Contains("backend-engineer-acme.md:4:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(" 4 | aplyUrl: https://acme.example.com/jobs/1\n", result.Stdout.Replace("\r\n", "\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8", false)]
    [InlineData("utf-8", true)]
    [InlineData("utf-16LE", true)]
    [InlineData("utf-16BE", true)]
    public void The_line_a_warning_shows_is_decoded_as_the_posting_was(string encoding, bool byteOrderMark)
    {
        using var temp = new TempFolder();
        var text = string.Join("\n", "---", "title: Backend Engineer", "company: Zürich Bank", "aplyUrl: https://bank.example.com/jobs/1 # für Zürich", "---", "", "Body.");
        var e = Encoding.GetEncoding(encoding);
        byte[] bytes = [.. byteOrderMark ? e.Preamble : [], .. e.GetBytes(text)];
        File.WriteAllBytes(temp.Write("input/jobs/backend-engineer-zurich-bank.md", ""), bytes);
        var result = Cli.Run(["check", "--input", temp.Combine("input")]);
        Assert.Contains(" 4 | aplyUrl: https://bank.example.com/jobs/1 # für Zürich\n", result.Stdout.Replace("\r\n", "\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_folder_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(["check", "--input", temp.Combine("nope")]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not found", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var result = Cli.Run(["check", "--format", "xml"]);
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Strict_turns_warnings_into_a_failing_exit_code()
    {
        var folder = Path.Combine(Root, "jb0204-unknown-key");
        Assert.Equal(0, Cli.Run(["check", "--input", "input"], workingDirectory: folder).ExitCode);
        Assert.Equal(1, Cli.Run(["check", "--input", "input", "--strict"], workingDirectory: folder).ExitCode);
    }

    [Fact]
    public void The_sample_board_is_clean_even_with_strict()
    {
        var result = Cli.Run(["check", "--strict"]);
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.EndsWith("0 errors, 0 warnings\n", result.Stdout.Replace("\r\n", "\n"), StringComparison.Ordinal);
    }

    private static IEnumerable<string> AllCodes() =>
        typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    private static void Expect(string file, string actual)
    {
        actual = actual.Replace("\r\n", "\n");
        var ci = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        if (!ci && Environment.GetEnvironmentVariable("JOBBOARD_ACCEPT") == "1")
        {
            File.WriteAllText(file, actual);
            return;
        }

        Assert.True(File.Exists(file), $"missing {file}; review the output and run with JOBBOARD_ACCEPT=1:\n{actual}");
        var expected = File.ReadAllText(file).Replace("\r\n", "\n");
        Assert.True(expected == actual, $"{file} differs:\n{Snapshot.Diff(expected, actual)}");
    }
}
