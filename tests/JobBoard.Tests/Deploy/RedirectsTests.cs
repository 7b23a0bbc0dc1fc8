using System.Text;
using JobBoard.Pipeline;
using JobBoard.Site;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Deploy;

/// <summary>The generated <c>_redirects</c>: old URLs from <c>redirect_from</c> point at the posting's page.</summary>
public sealed class RedirectsTests
{
    [Fact]
    public void Redirect_from_becomes_permanent_redirects_to_the_posting()
    {
        using var temp = new TempFolder();
        temp.Write("input/jobs/backend-engineer-acme.md",
            "---\ntitle: Backend Engineer\ncompany: Acme\nredirect_from: [/jobs/backend-dev-acme/, jobs/old_name]\n---\n\nA job.\n");
        temp.Write("input/jobs/data-analyst-acme.md",
            "---\ntitle: Data Analyst\ncompany: Acme\nredirect_from: https://old.example.org/careers/42\n---\n\nA job.\n");
        var site = BuildPipeline.Generate(new BuildOptions(temp.Combine("input"), RepoPaths.Theme));

        var redirects = Encoding.UTF8.GetString(site.Files.Single(f => f.Path == "_redirects").Content);
        Assert.Equal(
            "# Generated from the postings' redirect_from keys and the tags.\n"
            + "/jobs/backend-dev-acme/ /jobs/backend-engineer-acme/ 301\n"
            + "/jobs/old_name/ /jobs/backend-engineer-acme/ 301\n"
            + "/careers/42/ /jobs/data-analyst-acme/ 301\n",
            redirects);
    }

    [Fact]
    public void The_sample_site_has_a_redirects_file()
    {
        var site = BuildPipeline.Generate(new BuildOptions(RepoPaths.Input, RepoPaths.Theme));
        Assert.Contains(site.Files, f => f.Path == "_redirects");
    }
}
