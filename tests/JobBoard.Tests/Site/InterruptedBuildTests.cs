using System.Diagnostics;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Site;

/// <summary>A build killed at any moment leaves the previous site intact; the next build succeeds.</summary>
public sealed class InterruptedBuildTests
{
    [Theory]
    [InlineData(300)]
    [InlineData(1200)]
    public void Killing_a_build_midway_leaves_the_previous_output_complete(int killAfterMilliseconds)
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        temp.Write("input/site.yml", "title: Big\nbaseUrl: https://big.example.org/\n");
        for (var i = 0; i < 800; i++)
        {
            temp.Write($"input/jobs/job-{i:0000}.md",
                $"---\ntitle: Engineer {i}\ncompany: Company {i % 40}\nlocation: City {i % 25}\ntags: [go, kafka, tag-{i % 60}]\ndatePosted: 2026-{1 + i % 12:00}-{1 + i % 28:00}\n---\n\n" +
                string.Concat(Enumerable.Repeat("Build reliable systems with a small team. ", 40)));
        }

        var output = temp.Combine("out");
        var first = Cli.Run(["build", "--input", input, "--output", output]);
        Assert.True(first.ExitCode == 0, first.Stderr);
        var before = SiteTree.Hash(output);

        temp.Write("input/jobs/job-0000.md", "---\ntitle: Changed\ncompany: Company 0\n---\n\nNew text.\n");
        using (var build = Process.Start(new ProcessStartInfo("dotnet", $"{Cli.Executable} build --input {input} --output {output}")
               { RedirectStandardOutput = true, RedirectStandardError = true })!)
        {
            Thread.Sleep(killAfterMilliseconds);
            build.Kill(entireProcessTree: true);
            build.WaitForExit();
        }

        // Either the killed build had not swapped yet (old site) or had finished (new site):
        // never anything in between.
        var after = SiteTree.Hash(output);
        var second = Cli.Run(["build", "--input", input, "--output", temp.Combine("reference")]);
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.True(after == before || after == SiteTree.Hash(temp.Combine("reference")), "the output is neither the old nor the new site");

        var third = Cli.Run(["build", "--input", input, "--output", output]);
        Assert.True(third.ExitCode == 0, third.Stderr);
        Assert.Equal(SiteTree.Hash(temp.Combine("reference")), SiteTree.Hash(output));
        Assert.Empty(Directory.GetDirectories(temp.Path, ".out.*-*")); // no staging or retired folder; .out.previous is kept
        Assert.True(Directory.Exists(temp.Combine(".out.previous")));
    }
}
