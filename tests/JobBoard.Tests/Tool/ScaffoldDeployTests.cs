using JobBoard.Tests.Support;
using Tomlyn;
using Tomlyn.Model;
using YamlDotNet.RepresentationModel;

namespace JobBoard.Tests.Tool;

/// <summary>The new board's Netlify file, scripts and GitHub workflow parse and run the installed tool.</summary>
public sealed class ScaffoldDeployTests
{
    private static string Scaffold(params string[] parts) => Path.Combine([RepoPaths.Scaffold, .. parts]);

    [Fact]
    public void Netlify_installs_the_tool_builds_with_preview_urls_and_publishes_output()
    {
        var netlify = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Scaffold("netlify.toml")))!;
        var build = (TomlTable)netlify["build"];
        Assert.Equal("output", build["publish"]);
        Assert.Equal("bash scripts/netlify-build.sh", build["command"]);

        var script = File.ReadAllText(Scaffold("scripts", "netlify-build.sh"));
        Assert.Contains("source scripts/install-jobboard.sh", script, StringComparison.Ordinal);
        Assert.Contains("DEPLOY_PRIME_URL", script, StringComparison.Ordinal);
        Assert.Contains(".jobboard-tool/jobboard build", script, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install JobBoard.Cli --tool-path .jobboard-tool",
            File.ReadAllText(Scaffold("scripts", "install-jobboard.sh")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("install-jobboard.sh")]
    [InlineData("netlify-build.sh")]
    public void The_scripts_are_valid_bash(string script)
    {
        var result = Cli.RunProgram("bash", ["-n", Scaffold("scripts", script)]);

        Assert.True(result.ExitCode == 0, result.Stderr);
    }

    [Fact]
    public void The_workflow_checks_the_changed_postings_and_builds_on_pull_requests()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Scaffold(".github", "workflows", "board.yml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.Contains(new YamlScalarNode("pull_request"), ((YamlMappingNode)root["on"]).Children.Keys);

        var runs = ((YamlMappingNode)root["jobs"]).Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>())
            .Where(step => step.Children.ContainsKey("run")).Select(step => step["run"].ToString()).ToList();
        Assert.Contains(runs, run => run.Contains("bash scripts/install-jobboard.sh", StringComparison.Ordinal));
        Assert.Contains(runs, run => run.StartsWith("jobboard check --format github --changed-since origin/", StringComparison.Ordinal));
        Assert.Contains("jobboard build --strict", runs);
    }
}
