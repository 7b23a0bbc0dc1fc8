using JobBoard.Tests.Support;
using Tomlyn;
using Tomlyn.Model;
using YamlDotNet.RepresentationModel;

namespace JobBoard.Tests.Deploy;

/// <summary>netlify.toml and the GitHub workflow parse, and say what the deployment relies on.</summary>
public sealed class DeployConfigTests
{
    private static TomlTable Netlify() =>
        TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml")))!;

    private static Dictionary<string, string> HeadersFor(string path) =>
        ((TomlTableArray)Netlify()["headers"]).Where(h => (string)h["for"] == path)
            .SelectMany(h => (TomlTable)h["values"]).ToDictionary(kv => kv.Key, kv => (string)kv.Value!);

    [Fact]
    public void Netlify_builds_with_the_repository_script_and_publishes_output()
    {
        var build = (TomlTable)Netlify()["build"];
        Assert.Equal("output", build["publish"]);
        Assert.Equal("bash scripts/netlify-build.sh", build["command"]);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "scripts", "netlify-build.sh")));
        var script = File.ReadAllText(Path.Combine(RepoPaths.Root, "scripts", "netlify-build.sh"));
        Assert.Contains("dotnet-install.sh", script, StringComparison.Ordinal);
        Assert.Contains("DEPLOY_PRIME_URL", script, StringComparison.Ordinal);
        Assert.Contains("deploy-preview", ((TomlTable)Netlify()["context"]).Keys);
    }

    [Fact]
    public void Fingerprinted_assets_are_immutable_and_pages_revalidate()
    {
        Assert.Equal("public, max-age=31536000, immutable", HeadersFor("/assets/*")["Cache-Control"]);
        foreach (var page in new[] { "/", "/jobs/*", "/tags/*", "/companies/*", "/*.html" })
        {
            Assert.Equal("public, max-age=0, must-revalidate", HeadersFor(page)["Cache-Control"]);
        }

        // Netlify joins equal header names of overlapping rules: the catch-all must not set one.
        Assert.False(HeadersFor("/*").ContainsKey("Cache-Control"));
    }

    [Fact]
    public void Json_feeds_are_served_as_json_feeds_and_revalidate()
    {
        Assert.Equal("application/feed+json; charset=utf-8", HeadersFor("/feed.json")["Content-Type"]);
        Assert.Equal("application/feed+json; charset=utf-8", HeadersFor("/*/feed.json")["Content-Type"]);
        Assert.Equal("public, max-age=0, must-revalidate", HeadersFor("/feed.json")["Cache-Control"]);
    }

    [Fact]
    public void Every_response_carries_the_security_headers()
    {
        var headers = HeadersFor("/*");
        var csp = headers["Content-Security-Policy"];
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.Equal("strict-origin-when-cross-origin", headers["Referrer-Policy"]);
        Assert.Contains("camera=()", headers["Permissions-Policy"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_workflow_checks_builds_and_tests_on_pull_requests_and_main()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", "ci.yml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var on = (YamlMappingNode)root["on"];
        Assert.Contains(on.Children.Keys, k => k.ToString() == "pull_request");
        Assert.Equal("main", ((YamlSequenceNode)((YamlMappingNode)on["push"])["branches"]).Children.Single().ToString());

        var steps = ((YamlMappingNode)root["jobs"]).Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>()).ToList();
        var uses = steps.Where(s => s.Children.ContainsKey("uses")).ToDictionary(s => s["uses"].ToString().Split('@')[0], s => s);
        Assert.StartsWith("10.", ((YamlMappingNode)uses["actions/setup-dotnet"]["with"])["dotnet-version"].ToString(), StringComparison.Ordinal);
        var runs = string.Join("\n", steps.Where(s => s.Children.ContainsKey("run")).Select(s => s["run"].ToString()));
        Assert.Contains("check --format github --changed-since origin/${{ github.base_ref }}", runs, StringComparison.Ordinal);
        Assert.Contains("build --strict", runs, StringComparison.Ordinal);
        Assert.Contains("dotnet test", runs, StringComparison.Ordinal);
    }

    [Fact]
    public void Contributors_find_the_template_and_the_guide()
    {
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, ".github", "PULL_REQUEST_TEMPLATE.md")));
        var guide = File.ReadAllText(Path.Combine(RepoPaths.Root, "CONTRIBUTING.md"));
        Assert.Contains(" new ", guide, StringComparison.Ordinal);
        Assert.Contains(" check ", guide, StringComparison.Ordinal);
    }
}
