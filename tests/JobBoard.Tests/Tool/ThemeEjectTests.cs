using JobBoard.Tests.Support;

namespace JobBoard.Tests.Tool;

/// <summary>A board without <c>theme/</c> is built with the built-in theme; <c>theme eject</c> copies that theme into <c>theme/</c>.</summary>
public sealed class ThemeEjectTests
{
    private static TempFolder Board()
    {
        var temp = new TempFolder();
        temp.CopyFrom(Path.Combine(RepoPaths.Fixtures, "basic"), "input");
        return temp;
    }

    [Fact]
    public void The_ejected_theme_is_the_built_in_one_and_builds_the_same_site()
    {
        using var temp = Board();
        var builtIn = Cli.Run(["build", "--output", "built-in"], workingDirectory: temp.Path);
        Assert.True(builtIn.ExitCode == 0, builtIn.Stdout + builtIn.Stderr);

        var eject = Cli.Run(["theme", "eject"], workingDirectory: temp.Path);
        Assert.True(eject.ExitCode == 0, eject.Stdout + eject.Stderr);
        Assert.Equal(SiteTree.Hash(RepoPaths.Theme), SiteTree.Hash(temp.Combine("theme")));

        var ejected = Cli.Run(["build", "--output", "ejected"], workingDirectory: temp.Path);
        Assert.True(ejected.ExitCode == 0, ejected.Stdout + ejected.Stderr);
        Assert.Contains("index.html", SiteTree.Files(temp.Combine("ejected")));
        Assert.Equal(SiteTree.Hash(temp.Combine("built-in")), SiteTree.Hash(temp.Combine("ejected")));
    }

    [Fact]
    public void An_existing_theme_is_kept_unless_forced_and_then_only_the_built_in_files_are_replaced()
    {
        using var temp = Board();
        temp.Write("theme/templates/job.hbs", "mine");
        temp.Write("theme/partials/extra.hbs", "mine too");

        var refused = Cli.Run(["theme", "eject"], workingDirectory: temp.Path);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(temp.Combine("theme", "templates", "job.hbs")));

        var forced = Cli.Run(["theme", "eject", "--force"], workingDirectory: temp.Path);
        Assert.True(forced.ExitCode == 0, forced.Stdout + forced.Stderr);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Theme, "templates", "job.hbs")), File.ReadAllText(temp.Combine("theme", "templates", "job.hbs")));
        Assert.Equal("mine too", File.ReadAllText(temp.Combine("theme", "partials", "extra.hbs")));
    }

    [Fact]
    public void A_theme_folder_given_by_option_that_is_missing_is_still_an_error()
    {
        using var temp = Board();

        var build = Cli.Run(["build", "--theme", "no-such-theme"], workingDirectory: temp.Path);

        Assert.Equal(1, build.ExitCode);
        Assert.Contains("theme folder not found", build.Stdout + build.Stderr, StringComparison.Ordinal);
    }
}
