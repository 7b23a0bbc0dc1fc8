using JobBoard.Check;
using JobBoard.Pipeline;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Pipeline;

/// <summary>build and check run the same stages, so they report the same diagnostics in the same order.</summary>
public sealed class DiagnosticOrderTests
{
    [Fact]
    public void Build_and_check_list_the_missing_fields_of_a_posting_in_the_same_order()
    {
        using var temp = new TempFolder();
        temp.Write("input/site.yml", "title: Test\nrequired: [title, salary, tags, company]\n");
        temp.Write("input/jobs/only-a-title.md", "---\ntitle: Only a Title\ndatePosted: 2026-10-01\n---\n\nSome words.\n");
        var options = new BuildOptions(temp.Combine("input"), RepoPaths.Theme, Now: new DateOnly(2026, 11, 1));

        var built = BuildPipeline.Generate(options).Diagnostics.Select(d => d.ToString()).ToList();
        var checkedOnes = PostingChecker.Check(options.Input, CheckSelection.All, options.Now).Diagnostics.Select(d => d.ToString()).ToList();

        Assert.Equal(3, built.Count(d => d.Contains("missing required field", StringComparison.Ordinal)));
        Assert.Equal(checkedOnes, built);
    }
}
