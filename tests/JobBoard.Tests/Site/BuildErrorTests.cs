using JobBoard.Tests.Support;

namespace JobBoard.Tests.Site;

/// <summary>What build does with bad input: a located message, and the previous site left alone.</summary>
public sealed class BuildErrorTests
{
    private const string Good = "---\ntitle: Good Job\ncompany: Acme\napplyUrl: https://acme.example.com/jobs/1\n---\n\nA fine job.\n";

    private static TempFolder BoardWith(string badName, string badContent)
    {
        var temp = new TempFolder();
        temp.Write("input/site.yml", "title: Test\nbaseUrl: https://test.example.org/\nrequired: [title, company]\n");
        temp.Write("input/jobs/good.md", Good);
        temp.Write("input/jobs/" + badName, badContent);
        temp.Write("output/marker.txt", "previous site");
        temp.Write("output/.jobboard-output", "a site an earlier build wrote, so the next build may replace it\n");
        return temp;
    }

    private static Cli.Result Build(TempFolder temp, params string[] extra) =>
        Cli.Run(["build", "--input", temp.Combine("input"), "--theme", RepoPaths.Theme, "--output", temp.Combine("output"), .. extra]);

    [Theory]
    [InlineData("---\ntitle: Never closed\ncompany: Acme\n\nBody text.\n", "jobs/bad.md:1:1: error:", "JB0102")]
    [InlineData("---\ntitle: [unclosed\ncompany: Acme\n---\nBody\n", "jobs/bad.md:2:", "JB0103")]
    public void Broken_front_matter_is_reported_with_file_and_line_and_the_previous_output_stays(string content, string location, string code)
    {
        using var temp = BoardWith("bad.md", content);
        var result = Build(temp);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(location, result.Stderr, StringComparison.Ordinal);
        Assert.Contains(code, result.Stderr, StringComparison.Ordinal);
        Assert.Equal("previous site", File.ReadAllText(temp.Combine("output", "marker.txt")));
        Assert.False(File.Exists(temp.Combine("output", "index.html")));
    }

    [Fact]
    public void Keep_going_publishes_the_good_postings_and_skips_the_bad_one()
    {
        using var temp = BoardWith("bad.md", "---\ntitle: Never closed\n");
        var result = Build(temp, "--keep-going");
        Assert.Contains("JB0102", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(temp.Combine("output", "jobs", "good-job-acme", "index.html")));
        Assert.False(File.Exists(temp.Combine("output", "marker.txt")));
        Assert.Single(Directory.GetDirectories(temp.Combine("output", "jobs")));
    }

    [Fact]
    public void A_clean_build_replaces_the_previous_output_completely()
    {
        using var temp = BoardWith("other.md", Good.Replace("Good Job", "Other Job"));
        var result = Build(temp);
        Assert.Equal(0, result.ExitCode);
        Assert.False(File.Exists(temp.Combine("output", "marker.txt")));
        Assert.Contains("Built 2 postings", result.Stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(temp.Path, ".output.*-*")); // no staging or retired folder left
    }

    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        var result = Cli.Run(["build", "--no-such-option"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--no-such-option", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_input_folder_is_a_one_line_usage_error()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(["build", "--input", temp.Combine("nope"), "--output", temp.Combine("out")]);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.Trim().Split('\n'));
        Assert.Contains("not found", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_file_that_cannot_be_read_is_an_error_naming_the_theme_and_the_previous_output_stays()
    {
        using var temp = BoardWith("good-too.md", Good.Replace("Good Job", "Other Job", StringComparison.Ordinal));
        var theme = temp.CopyFrom(RepoPaths.Theme, "theme");
        File.CreateSymbolicLink(Path.Combine(theme, "partials", "gone.hbs"), "nowhere.hbs"); // listed, but reading it fails

        var result = Cli.Run(["build", "--input", temp.Combine("input"), "--theme", theme, "--output", temp.Combine("output")]);
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"theme/partials/gone\.hbs: error: [^\n]*\[JB0101\]", result.Stderr);
        Assert.Equal("previous site", File.ReadAllText(temp.Combine("output", "marker.txt")));
    }
}
