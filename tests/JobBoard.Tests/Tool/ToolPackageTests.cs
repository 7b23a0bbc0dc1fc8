using System.IO.Compression;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Tool;

/// <summary><c>dotnet pack</c> gives a .NET tool that works anywhere: it carries the default theme and the new-board files.</summary>
public sealed class ToolPackageTests(InstalledTool tool) : IClassFixture<InstalledTool>
{
    [Fact]
    public void The_installed_tool_builds_a_board_without_a_theme_folder_as_the_repository_theme_does()
    {
        using var temp = new TempFolder();
        temp.CopyFrom(Path.Combine(RepoPaths.Fixtures, "basic"), "input");

        var installed = tool.Run(["build"], temp.Path);
        Assert.True(installed.ExitCode == 0, installed.Stdout + installed.Stderr);
        var repository = Cli.Run(["build", "--theme", RepoPaths.Theme, "--output", "with-repository-theme"], workingDirectory: temp.Path);
        Assert.True(repository.ExitCode == 0, repository.Stdout + repository.Stderr);

        Assert.Contains("jobs/frontend-engineer-northwind-labs/index.html", SiteTree.Files(temp.Combine("output")));
        Assert.Equal(SiteTree.Files(temp.Combine("with-repository-theme")), SiteTree.Files(temp.Combine("output")));
        Assert.Equal(SiteTree.Hash(temp.Combine("with-repository-theme")), SiteTree.Hash(temp.Combine("output")));
    }

    [Fact]
    public void The_installed_tool_writes_every_new_board_file_dot_files_included_and_the_board_builds()
    {
        using var temp = new TempFolder();

        var init = tool.Run(["init", "board"], temp.Path);
        Assert.True(init.ExitCode == 0, init.Stdout + init.Stderr);
        Assert.Equal(SiteTree.Files(RepoPaths.Scaffold), SiteTree.Files(temp.Combine("board")));
        Assert.Contains(".gitignore", SiteTree.Files(temp.Combine("board")));

        var build = tool.Run(["build", "--strict"], temp.Combine("board"));
        Assert.True(build.ExitCode == 0, build.Stdout + build.Stderr);
    }

    [Fact]
    public void The_package_carries_the_licence_and_the_place_data_notices()
    {
        using var package = ZipFile.OpenRead(tool.Package);
        var entries = package.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("LICENSE", entries);
        Assert.Contains("notices/ATTRIBUTION.md", entries);
        Assert.Contains("notices/LICENSE-UNICODE.txt", entries);
    }
}
