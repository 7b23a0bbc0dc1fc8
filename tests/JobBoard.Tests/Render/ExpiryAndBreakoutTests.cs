using System.Text.Json;
using AngleSharp.Html.Parser;
using JobBoard.Pipeline;
using JobBoard.Site;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Render;

/// <summary>Expiry decided by --now / SOURCE_DATE_EPOCH, and values that try to break out of JSON-LD.</summary>
public sealed class ExpiryAndBreakoutTests
{
    private const string Expiring =
        "---\ntitle: Expiring Job\ncompany: Acme\ndatePosted: 2026-09-01\nvalidThrough: 2026-10-01\napplyUrl: https://acme.example.com/1\n---\n\nSoon gone.\n";

    private const string Other =
        "---\ntitle: Other Job\ncompany: Acme\ndatePosted: 2026-08-01\napplyUrl: https://acme.example.com/2\n---\n\nStays.\n";

    private static (TempFolder Temp, BuildResult Result) BuildBoard(DateOnly? now, params (string Name, string Text)[] postings)
    {
        var temp = new TempFolder();
        temp.Write("input/site.yml", "title: T\nbaseUrl: https://t.example.org/\n");
        foreach (var (name, text) in postings)
        {
            temp.Write("input/jobs/" + name, text);
        }

        var result = BuildPipeline.Build(new BuildOptions(temp.Combine("input"), RepoPaths.Theme, temp.Combine("out"), Now: now, StrictTemplates: true));
        return (temp, result);
    }

    [Theory]
    [InlineData(2026, 9, 15, false)]
    [InlineData(2026, 10, 1, false)]
    [InlineData(2026, 10, 2, true)]
    public void A_posting_is_closed_the_day_after_valid_through(int year, int month, int day, bool closed)
    {
        var (temp, result) = BuildBoard(new DateOnly(year, month, day), ("expiring.md", Expiring), ("other.md", Other));
        using (temp)
        {
            Assert.True(result.Published);
            var page = File.ReadAllText(temp.Combine("out", "jobs", "expiring-job-acme", "index.html"));
            Assert.Equal(closed, page.Contains("<meta name=\"robots\" content=\"noindex\">", StringComparison.Ordinal));
            Assert.Equal(!closed, page.Contains("application/ld+json", StringComparison.Ordinal));
            foreach (var list in new[] { "feed.xml", "jobs.json", "sitemap.xml", "index.html" })
            {
                Assert.Equal(!closed, File.ReadAllText(temp.Combine("out", list)).Contains("expiring-job-acme", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Without_now_the_newest_posting_date_decides_expiry_so_builds_are_reproducible()
    {
        var (temp, result) = BuildBoard(null, ("expiring.md", Expiring), ("later.md", Other.Replace("2026-08-01", "2026-12-01")));
        using (temp)
        {
            Assert.True(result.Published);
            Assert.DoesNotContain("expiring-job-acme", File.ReadAllText(temp.Combine("out", "jobs.json")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Source_date_epoch_sets_today_for_the_command_line()
    {
        using var temp = new TempFolder();
        temp.Write("input/jobs/expiring.md", Expiring);
        temp.Write("input/jobs/other.md", Other);
        var early = Cli.Run(["build", "--input", temp.Combine("input"), "--output", temp.Combine("a")],
            new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1789430400" }); // 2026-09-15, after both postings were posted
        var late = Cli.Run(["build", "--input", temp.Combine("input"), "--output", temp.Combine("b")],
            new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1798000000" }); // 2026-12-23
        Assert.Equal(0, early.ExitCode);
        Assert.Equal(0, late.ExitCode);
        Assert.Contains("expiring-job-acme", File.ReadAllText(temp.Combine("a", "jobs.json")), StringComparison.Ordinal);
        Assert.DoesNotContain("expiring-job-acme", File.ReadAllText(temp.Combine("b", "jobs.json")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("</script><script>window.__xss=1</script>")]
    [InlineData("<!--<script>")]
    [InlineData("\u2028</SCRIPT ><img src=x onerror=alert(1)>")]
    public void Values_cannot_break_out_of_the_json_ld_script(string payload)
    {
        var yamlPayload = JsonSerializer.Serialize(payload);
        var posting = $"---\ntitle: {yamlPayload}\ncompany: {yamlPayload}\nlocation: {yamlPayload}\ndatePosted: 2026-09-01\n" +
            $"applyUrl: https://a.example.com/\n---\n\nBody {payload} end.\n";
        var (temp, result) = BuildBoard(null, ("x.md", posting));
        using (temp)
        {
            Assert.True(result.Published, string.Join("\n", result.Diagnostics));
            var file = Directory.GetFiles(temp.Combine("out", "jobs"), "index.html", SearchOption.AllDirectories).Single();
            var document = new HtmlParser().ParseDocument(File.ReadAllText(file));
            Assert.Empty(document.QuerySelectorAll("script:not([type='application/ld+json'])"));
            Assert.Empty(document.QuerySelectorAll("img"));
            var script = Assert.Single(document.QuerySelectorAll("script[type='application/ld+json']"));
            using var json = JsonDocument.Parse(script.TextContent);
            Assert.Equal(payload.Trim(), json.RootElement.GetProperty("title").GetString());
            Assert.Equal(payload.Trim(), json.RootElement.GetProperty("hiringOrganization").GetProperty("name").GetString());
        }
    }

    [Fact]
    public void Control_characters_and_emoji_in_a_posting_still_give_well_formed_feeds()
    {
        var posting = "---\ntitle: \"Dev\\u0001 \\U0001F680 Rocket\"\ncompany: Acme\ndatePosted: 2026-09-01\n---\n\nBody \u0001\u0002 with \U0001F680 emoji.\n";
        var (temp, result) = BuildBoard(null, ("x.md", posting));
        using (temp)
        {
            Assert.True(result.Published, string.Join("\n", result.Diagnostics));
            var feed = System.Xml.Linq.XDocument.Parse(File.ReadAllText(temp.Combine("out", "feed.xml")));
            Assert.Contains("\U0001F680", feed.ToString(), StringComparison.Ordinal);
        }
    }
}
