extern alias cli;

using System.Text;
using cli::JobBoard.Cli.Serve;
using JobBoard.Site;
using JobBoard.Tests.Support;
using JobBoard.Pipeline;

namespace JobBoard.Tests.Serve;

public sealed class ReloadClientTests
{
    [Fact]
    public void The_script_goes_before_the_closing_body_tag()
    {
        var html = Encoding.UTF8.GetString(ReloadClient.Inject("<html><body><p>x</p></body></html>"u8.ToArray()));
        Assert.Equal($"<html><body><p>x</p><script src=\"{ReloadClient.ScriptPath}\" defer></script>\n</body></html>", html);
    }

    [Fact]
    public void A_page_without_body_end_gets_the_script_at_the_end() =>
        Assert.EndsWith("defer></script>\n", Encoding.UTF8.GetString(ReloadClient.Inject("<p>x"u8.ToArray())), StringComparison.Ordinal);

    [Fact]
    public void Build_output_never_contains_the_reload_client()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        var result = Cli.Run(["build", "--input", RepoPaths.Input, "--theme", RepoPaths.Theme, "--output", output]);
        Assert.Equal(0, result.ExitCode);
        var files = SiteTree.Files(output);
        Assert.Contains("index.html", files);
        foreach (var file in files)
        {
            Assert.DoesNotContain("__jobboard", File.ReadAllText(Path.Combine(output, file)), StringComparison.Ordinal);
        }

        var generated = BuildPipeline.Generate(new BuildOptions(RepoPaths.Input, RepoPaths.Theme), new BuildCache());
        Assert.All(generated.Files, f => Assert.False(ReloadClient.IsInjected(Encoding.UTF8.GetString(f.Content)), f.Path));
    }
}
