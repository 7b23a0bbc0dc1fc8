using JobBoard.Tests.Support;

namespace JobBoard.Tests.Tool;

/// <summary><c>init DIR</c> writes a board that builds and checks clean at once, and writes nothing it should not.</summary>
public sealed class InitCommandTests
{
    [Fact]
    public void A_new_board_builds_and_checks_clean_at_once()
    {
        using var temp = new TempFolder();

        var init = Cli.Run(["init", "board"], workingDirectory: temp.Path);
        Assert.True(init.ExitCode == 0, init.Stdout + init.Stderr);
        var board = temp.Combine("board");
        Assert.Equal(SiteTree.Hash(RepoPaths.Scaffold), SiteTree.Hash(board));

        var build = Cli.Run(["build", "--strict"], workingDirectory: board);
        Assert.True(build.ExitCode == 0, build.Stdout + build.Stderr);
        var check = Cli.Run(["check", "--strict", "--format", "github"], workingDirectory: board);
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
        Assert.Single(Directory.GetDirectories(Path.Combine(board, "output", "jobs")));
    }

    [Fact]
    public void A_non_empty_folder_is_refused_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        temp.Write("README.md", "mine");

        var init = Cli.Run(["init", temp.Path]);

        Assert.Equal(2, init.ExitCode);
        Assert.Contains("is not empty", init.Stderr, StringComparison.Ordinal);
        Assert.Contains("--force", init.Stderr, StringComparison.Ordinal);
        Assert.Equal(["README.md"], SiteTree.Files(temp.Path));
    }

    [Fact]
    public void With_force_the_board_is_written_beside_the_files_already_there()
    {
        using var temp = new TempFolder();
        temp.Write("README.md", "mine");
        temp.Write("netlify.toml", "# old");

        var init = Cli.Run(["init", temp.Path, "--force"]);

        Assert.True(init.ExitCode == 0, init.Stdout + init.Stderr);
        Assert.Equal("mine", File.ReadAllText(temp.Combine("README.md")));
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Scaffold, "netlify.toml")), File.ReadAllText(temp.Combine("netlify.toml")));
        Assert.True(File.Exists(temp.Combine("input", "jobs", "backend-engineer-example-company.md")));
    }

    [Theory]
    [InlineData("input")] // a linked folder on the way to a file
    [InlineData("netlify.toml")] // a link where a file goes
    public void With_force_a_link_in_the_way_is_refused_and_nothing_is_written(string linked)
    {
        using var temp = new TempFolder();
        var outside = temp.Combine("outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "netlify.toml"), "outside");
        var board = temp.Combine("board");
        Directory.CreateDirectory(board);
        File.CreateSymbolicLink(Path.Combine(board, linked), linked == "input" ? outside : Path.Combine(outside, "netlify.toml"));

        var init = Cli.Run(["init", board, "--force"]);

        Assert.Equal(2, init.ExitCode);
        Assert.Contains("is a link", init.Stderr, StringComparison.Ordinal);
        Assert.Equal([linked], Directory.EnumerateFileSystemEntries(board).Select(Path.GetFileName));
        Assert.Equal(["netlify.toml"], SiteTree.Files(outside));
        Assert.Equal("outside", File.ReadAllText(Path.Combine(outside, "netlify.toml")));
    }
}
