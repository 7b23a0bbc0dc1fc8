namespace JobBoard.Tests.Security;

/// <summary>
/// Names that become folders and values that become figures: Windows device names never become folders,
/// every slug folds Latin letters the same way, salaries are never negative or non-finite without an error,
/// a heading keeps its title whatever white space ends it, and a location list keeps whole places. Built
/// through the real command line (docs/security.md, "Names and values").
/// </summary>
public sealed class NamesAndValuesTests
{
    private static string Posting(string title, string lines) =>
        $"---\ntitle: {title}\ncompany: Acme\n{lines}\n---\n\nA job.\n";

    [Fact]
    public void Windows_device_names_get_a_suffix_instead_of_a_folder()
    {
        using var board = new CliBoard(("con-1.md", "---\ntitle: Device\nslug: con\ncompany: Aux\nlocation: COM1\ntags: [nul, LPT9]\n---\n\nA job.\n"));

        var result = board.Build([]);

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        foreach (var folder in new[] { "jobs/con-1", "companies/aux-1", "locations/com1-1", "tags/nul-1", "tags/lpt9-1" })
        {
            Assert.True(Directory.Exists(board.Output(folder)), folder);
        }

        var reserved = new HashSet<string>(["con", "prn", "aux", "nul", .. Enumerable.Range(0, 10).SelectMany(n => new[] { $"com{n}", $"lpt{n}" })],
            StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(board.Output(), "*", SearchOption.AllDirectories),
            path => reserved.Contains(Path.GetFileNameWithoutExtension(path)));
    }

    [Fact]
    public void Every_slug_folds_the_Turkish_capital_dotted_I_to_i()
    {
        using var board = new CliBoard(("istanbul.md", "---\ntitle: İstanbul Engineer\ncompany: İstanbul Yazılım\nlocation: İstanbul\ntags: [İstanbul]\n---\n\nA job.\n"));

        var result = board.Build([]);

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        foreach (var folder in new[] { "jobs/istanbul-engineer-istanbul-yazilim", "tags/istanbul", "companies/istanbul-yazilim", "locations/istanbul-turkey" })
        {
            Assert.True(Directory.Exists(board.Output(folder)), folder);
        }
    }

    [Theory]
    [InlineData("salary: \"-50000 USD\"")]
    [InlineData("salary: \"$-50,000 - $60,000\"")]
    [InlineData("salaryMin: -50000\nsalaryMax: 60000\ncurrency: USD")]
    public void A_negative_salary_is_an_error_not_a_positive_one(string lines)
    {
        using var board = new CliBoard(("negative-acme.md", Posting("Negative", lines)));

        var result = board.Build(["--keep-going"]);

        Assert.Matches(@"negative-acme\.md:4:[0-9]+: error: salary figure -50000 USD is negative", result.Stderr);
        Assert.Contains("[JB0213]", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(board.Output("jobs", "negative-acme")));
    }

    [Theory]
    [InlineData("salaryMin: .nan", "salaryMin '.nan'")]
    [InlineData("salaryMin: .inf", "salaryMin '.inf'")]
    [InlineData("salaryMin: 1e309", "salaryMin '1e309'")]
    public void A_salary_figure_that_is_not_a_finite_number_says_so(string line, string named)
    {
        using var board = new CliBoard(("nan-acme.md", Posting("Nan", line + "\ncurrency: USD")));

        var result = board.Build([]);

        Assert.Contains($"nan-acme.md:4:12: warning: {named} is not a finite number", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("[JB0214]", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("currency", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_ending_in_a_line_separator_keeps_its_title()
    {
        using var board = new CliBoard(("backend-engineer.md", "# Backend Engineer\u2028\n\nWe build things.\n\n**Company:** Acme\n"));

        var result = board.Build([]);

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Contains("<h1>Backend Engineer</h1>", board.Read("jobs", "backend-engineer-acme", "index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_location_list_too_long_keeps_whole_places_and_warns()
    {
        var places = string.Join("; ", Enumerable.Range(1, 80).Select(n => $"Springfield Town {n}"));
        using var board = new CliBoard(("many-places-acme.md", Posting("Many Places", $"location: \"{places}\"")));

        var result = board.Build([]);

        Assert.Contains("many-places-acme.md:4:11: warning: the location is longer than 1000 characters; only its first 48 places are kept",
            result.Stderr, StringComparison.Ordinal);
        Assert.Contains("[JB0215]", result.Stderr, StringComparison.Ordinal);
        var folders = Directory.GetDirectories(board.Output("locations")).Select(Path.GetFileName).ToList();
        Assert.Equal(48, folders.Count);
        Assert.All(folders, folder => Assert.Matches("^springfield-town-[0-9]+$", folder));
    }
}
