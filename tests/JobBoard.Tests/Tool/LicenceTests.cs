using System.Text.RegularExpressions;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Tool;

/// <summary>The code is MIT-licensed; every vendored data file has its source, licence and attribution beside it.</summary>
public sealed partial class LicenceTests
{
    private static readonly string Data = Path.Combine(RepoPaths.Root, "src", "JobBoard", "Normalize", "Data");

    [Fact]
    public void The_repository_is_under_the_MIT_licence_of_its_contributors()
    {
        var licence = File.ReadAllText(Path.Combine(RepoPaths.Root, "LICENSE"));

        Assert.StartsWith("MIT License", licence, StringComparison.Ordinal);
        Assert.Contains("JobBoard contributors", licence, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_vendored_data_file_is_named_in_the_attribution_beside_it_and_its_linked_licences_exist()
    {
        var attribution = File.ReadAllText(Path.Combine(Data, "ATTRIBUTION.md"));

        foreach (var table in Directory.EnumerateFiles(Data, "*.tsv").Select(Path.GetFileName))
        {
            Assert.Contains($"`{table}`", attribution, StringComparison.Ordinal);
        }

        var linked = LocalLinks().Matches(attribution).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("LICENSE-UNICODE.txt", linked);
        Assert.All(linked, file => Assert.True(File.Exists(Path.Combine(Data, file)), file));
    }

    [GeneratedRegex(@"\]\(([^):/]+)\)")]
    private static partial Regex LocalLinks();
}
