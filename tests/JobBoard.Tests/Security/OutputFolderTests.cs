using JobBoard.Pipeline;
using JobBoard.Site;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Security;

/// <summary>
/// <c>build</c> replaces its output folder whole, so it refuses one whose loss would hurt (the project,
/// its input or theme, the home folder, <c>/</c>) even with <c>--force</c>, and replaces a non-empty
/// folder only when it holds the marker file an earlier build wrote, or with <c>--force</c>.
/// </summary>
public sealed class OutputFolderTests
{
    /// <summary>The marker's name is part of the contract (README, docs/security.md): written out here, not taken from the code.</summary>
    private const string Marker = ".jobboard-output";

    /// <summary>A project as a clone holds it, at <c>outer/project/</c> in a temp folder (so that <c>..</c>
    /// is the test's too): input/, theme/ and, unless not asked for, .git/.</summary>
    private static string Project(TempFolder temp, bool git = true)
    {
        var project = temp.Combine("outer", "project");
        temp.CopyFrom(RepoPaths.Input, Path.Combine("outer", "project", "input"));
        temp.CopyFrom(RepoPaths.Theme, Path.Combine("outer", "project", "theme"));
        if (git)
        {
            Directory.CreateDirectory(Path.Combine(project, ".git"));
        }

        return project;
    }

    private static Cli.Result Build(string project, params string[] args) =>
        Cli.Run(["build", "--now", "2026-12-01", .. args], workingDirectory: project);

    /// <summary>Each an output folder that is, contains or lies inside a folder the project cannot lose.</summary>
    public static TheoryData<string> ProjectFolders => new()
    {
        ".",                    // the repository root, where CI and Netlify run the build
        "./",
        "../project",
        "..",                   // contains the repository
        "input",
        "input/",
        "input/../input",
        "INPUT",                // the input folder on a case-insensitive file system
        "input/jobs",
        "input/site",           // would be read as input by the next build
        "theme",
        "theme/assets/site",
        ".git",
        "/",
        "",
    };

    [Theory]
    [MemberData(nameof(ProjectFolders))]
    public void Build_refuses_an_output_that_would_replace_part_of_the_project_even_with_force(string output)
    {
        using var temp = new TempFolder();
        var project = Project(temp);
        var before = SiteTree.Hash(temp.Path);

        foreach (var force in new[] { false, true })
        {
            AssertRefused(Build(project, ["--output", output, .. force ? new[] { "--force" } : []]));
            Assert.Equal(before, SiteTree.Hash(temp.Path));
        }
    }

    [Fact]
    public void Build_refuses_an_output_that_is_the_input_through_a_symbolic_link()
    {
        using var temp = new TempFolder();
        var project = Project(temp);
        Directory.CreateSymbolicLink(Path.Combine(project, "site"), "input");
        Directory.CreateSymbolicLink(temp.Combine("outer", "elsewhere"), project);

        AssertRefused(Build(project, "--output", "site"));
        AssertRefused(Build(project, "--output", "../elsewhere"));
        AssertRefused(Build(project, "--output", "site/jobs"));
        Assert.True(File.Exists(Path.Combine(project, "input", "site.yml")));
    }

    [Fact]
    public void Build_refuses_the_current_folder_when_it_holds_the_input_outside_a_repository()
    {
        using var temp = new TempFolder();
        var project = Project(temp, git: false);

        AssertRefused(Build(project, "--output", "."));
        Assert.True(File.Exists(Path.Combine(project, "input", "site.yml")));
    }

    [Fact]
    public void Build_refuses_the_home_folder()
    {
        using var temp = new TempFolder();
        var project = Project(temp);
        var home = temp.Combine("outer", "home");
        Directory.CreateDirectory(home);

        AssertRefused(Cli.Run(["build", "--output", home], new Dictionary<string, string> { ["HOME"] = home }, project));
        Assert.False(File.Exists(Path.Combine(home, "index.html")));
    }

    [Fact]
    public void Build_refuses_an_output_that_is_a_file()
    {
        using var temp = new TempFolder();
        var project = Project(temp);
        File.WriteAllText(Path.Combine(project, "site"), "mine");

        AssertRefused(Build(project, "--output", "site"));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(project, "site")));
    }

    /// <summary>Refused as a usage error by a rule that <c>--force</c> does not lift (the marker rule's message names <c>--force</c>).</summary>
    private static void AssertRefused(Cli.Result result)
    {
        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}: {result.Stderr}");
        Assert.StartsWith("jobboard build: --output ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("--force", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_build_did_not_write_is_replaced_only_with_force()
    {
        using var temp = new TempFolder();
        var project = Project(temp);
        var notes = temp.Write("outer/project/site/notes.txt", "mine");

        var refused = Build(project, "--output", "site");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(notes));

        Assert.Equal(0, Build(project, "--output", "site", "--force").ExitCode);
        Assert.False(File.Exists(notes));
        Assert.True(File.Exists(Path.Combine(project, "site", Marker)));
    }

    [Fact]
    public void A_site_build_wrote_is_replaced_but_one_without_the_marker_is_not()
    {
        using var temp = new TempFolder();
        var project = Project(temp);
        Assert.Equal(0, Build(project).ExitCode);
        Assert.Equal(0, Build(project).ExitCode);

        // A site built before builds wrote the marker looks the same without it.
        File.Delete(Path.Combine(project, "output", Marker));
        var refused = Build(project);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("delete it, or pass --force", refused.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(project, "output", "index.html")));
    }

    [Fact]
    public void An_empty_folder_is_used()
    {
        using var temp = new TempFolder();
        var project = Project(temp);
        Directory.CreateDirectory(Path.Combine(project, "site"));

        Assert.Equal(0, Build(project, "--output", "site").ExitCode);
        Assert.True(File.Exists(Path.Combine(project, "site", "index.html")));
    }

    [Fact]
    public void The_marker_is_hidden_names_no_path_and_stays_out_of_serve()
    {
        using var temp = new TempFolder();
        var project = Project(temp);
        Assert.Equal(0, Build(project).ExitCode);

        var marker = File.ReadAllText(Path.Combine(project, "output", Marker));
        Assert.DoesNotContain(temp.Path, marker, StringComparison.Ordinal);

        var served = BuildPipeline.Generate(new BuildOptions(Path.Combine(project, "input"), Path.Combine(project, "theme")));
        Assert.DoesNotContain(served.Files, f => f.Path == Marker);
    }
}
