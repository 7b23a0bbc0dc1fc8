using JobBoard.Output;
using JobBoard.Pipeline;
using JobBoard.Tests.Support;
using Xunit.Abstractions;

namespace JobBoard.Tests.Site;

/// <summary>Same input, byte-identical site, whatever the culture or time zone.</summary>
public sealed class DeterminismTests(ITestOutputHelper output)
{
    [Fact]
    public void Builds_under_different_cultures_and_time_zones_are_byte_identical()
    {
        using var temp = new TempFolder();
        var runs = new[]
        {
            ("en-US", "America/Los_Angeles"),
            ("tr-TR", "Europe/Istanbul"),
            ("ar-SA", "Asia/Kolkata"),
        };
        var hashes = new List<string>();
        foreach (var (culture, zone) in runs)
        {
            var target = temp.Combine($"out-{culture}");
            var result = Cli.Run(["build", "--input", RepoPaths.Input, "--theme", RepoPaths.Theme, "--output", target],
                new Dictionary<string, string> { ["LANG"] = culture.Replace('-', '_') + ".UTF-8", ["LC_ALL"] = culture.Replace('-', '_') + ".UTF-8", ["TZ"] = zone, ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0" });
            Assert.True(result.ExitCode == 0, result.Stderr + result.Stdout);
            var hash = SiteTree.Hash(target);
            output.WriteLine($"{culture} {zone}: tree hash {hash}");
            hashes.Add(hash);
        }

        Assert.Single(hashes.Distinct());
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var temp = new TempFolder();
        var first = Cli.Run(["build", "--input", RepoPaths.Input, "--output", temp.Combine("a")]);
        var second = Cli.Run(["build", "--input", RepoPaths.Input, "--output", temp.Combine("b")]);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(SiteTree.Files(temp.Combine("a")), SiteTree.Files(temp.Combine("b")));
        Assert.Equal(SiteTree.Hash(temp.Combine("a")), SiteTree.Hash(temp.Combine("b")));
    }

    [Fact]
    public void A_build_writes_the_files_a_build_in_memory_makes()
    {
        // The build writes each page from a pooled buffer and gives it back; serve and diff keep every file.
        using var temp = new TempFolder();
        var output = temp.Combine("out");
        var options = new BuildOptions(RepoPaths.Input, RepoPaths.Theme, output);
        Assert.True(BuildPipeline.Build(options).Published);
        var inMemory = BuildPipeline.Generate(options).Files;

        Assert.Equal(inMemory.Select(f => f.Path).Append(OutputFolderGuard.MarkerName).Order(StringComparer.Ordinal), SiteTree.Files(output));
        Assert.All(inMemory, file => Assert.True(file.Content.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, file.Path))), file.Path));
    }
}
