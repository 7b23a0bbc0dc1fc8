using System.Text.Json;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Normalize;

/// <summary>The <c>inspect --format json</c> output is a contract other tools read.</summary>
public sealed class InspectCommandTests
{
    private static readonly string[] ContractKeys =
    [
        "file", "format", "title", "company", "locations", "workplace", "remoteRegion", "employmentType",
        "experienceLevel", "salary", "datePosted", "applyUrl", "archived", "tags", "slug", "sources", "diagnostics",
    ];

    [Fact]
    public void Json_output_has_exactly_the_contract_keys_for_every_file()
    {
        using var temp = new TempFolder();
        var good = temp.Write("a.md", "---\ntitle: Dev\ncompanyName: Acme\nsalary: \"$100k - $120k\"\ntimestamp: 1611705600000\n---\nText\n");
        var text = temp.Write("b.txt", "Plain words without any structure at all, about nothing in particular\n");
        var broken = temp.Write("c.md", "---\ntitle: never closed\n");
        var result = Cli.Run(["inspect", "--format", "json", good, text, broken]);

        using var json = JsonDocument.Parse(result.Stdout);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        foreach (var item in items)
        {
            Assert.Equal(ContractKeys, item.EnumerateObject().Select(p => p.Name).ToArray());
        }

        var first = items[0];
        Assert.Equal("frontmatter-md", first.GetProperty("format").GetString());
        Assert.Equal("Acme", first.GetProperty("company").GetString());
        Assert.Equal("2021-01-27", first.GetProperty("datePosted").GetString());
        Assert.Equal(100000, first.GetProperty("salary").GetProperty("min").GetDecimal());
        Assert.Equal("USD", first.GetProperty("salary").GetProperty("currency").GetString());
        Assert.Equal("YEAR", first.GetProperty("salary").GetProperty("period").GetString());
        Assert.StartsWith("front matter `companyName`", first.GetProperty("sources").GetProperty("company").GetString());
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("company").ValueKind);
        Assert.Equal(JsonValueKind.Null, items[2].GetProperty("title").ValueKind);
        Assert.Contains(items[2].GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("severity").GetString() == "error");
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Text_output_shows_each_value_with_its_source()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.md", "# Platform Engineer\n\nWe run things.\n\n---\n\n**Company:** Acme\n**Location:** Remote (EU)\n");
        var result = Cli.Run(["inspect", file]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("title           Platform Engineer   <- heading (line 1)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("<- footer line `Company` (line 7)", result.Stdout, StringComparison.Ordinal);
    }
}
