using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using JobBoard.Site;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Render;

/// <summary>JSON-LD, feeds and jobs.json of the fixture board, checked against the specs' required shapes.</summary>
public sealed class StructuredDataTests : IClassFixture<PageSnapshotTests.FixtureSite>
{
    private static readonly string[] EmploymentTypes =
        ["FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"];

    private readonly PageSnapshotTests.FixtureSite site;

    public StructuredDataTests(PageSnapshotTests.FixtureSite site) => this.site = site;

    private IEnumerable<(string Path, JsonElement? JsonLd, bool NoIndex)> JobPages()
    {
        var parser = new HtmlParser();
        foreach (var file in SiteTree.Files(site.Output).Where(f => f.StartsWith("jobs/", StringComparison.Ordinal)))
        {
            var document = parser.ParseDocument(site.Page(file));
            var script = document.QuerySelectorAll("script[type='application/ld+json']").SingleOrDefault();
            var noIndex = document.QuerySelector("meta[name=robots]")?.GetAttribute("content") == "noindex";
            yield return (file, script is null ? null : JsonDocument.Parse(script.TextContent).RootElement, noIndex);
        }
    }

    [Fact]
    public void Every_open_job_page_has_a_valid_JobPosting()
    {
        var open = JobPages().Where(p => !p.NoIndex).ToList();
        Assert.NotEmpty(open);
        foreach (var (path, jsonLd, _) in open)
        {
            Assert.True(jsonLd.HasValue, $"{path} has no JSON-LD");
            var json = jsonLd.Value;
            Assert.Equal("JobPosting", json.GetProperty("@type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("title").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("description").GetString()));
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", json.GetProperty("datePosted").GetString());
            Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("hiringOrganization").GetProperty("name").GetString()));
            Assert.True(json.TryGetProperty("jobLocation", out _) || json.GetProperty("jobLocationType").GetString() == "TELECOMMUTE",
                $"{path} has neither jobLocation nor TELECOMMUTE");
            if (json.TryGetProperty("employmentType", out var type))
            {
                Assert.Contains(type.GetString(), EmploymentTypes);
            }

            if (json.TryGetProperty("baseSalary", out var salary))
            {
                Assert.Matches("^[A-Z]{3}$", salary.GetProperty("currency").GetString());
                Assert.Contains(salary.GetProperty("value").GetProperty("unitText").GetString(), new[] { "HOUR", "DAY", "WEEK", "MONTH", "YEAR" });
            }
        }
    }

    [Fact]
    public void Job_locations_name_their_country_by_its_ISO_code()
    {
        // Google for Jobs reads addressCountry as an ISO 3166-1 alpha-2 code ("Toronto, ON" is in CA).
        var addresses = JobPages().Where(p => !p.NoIndex && p.JsonLd!.Value.TryGetProperty("jobLocation", out _))
            .SelectMany(p => p.JsonLd!.Value.GetProperty("jobLocation").EnumerateArray())
            .Select(l => l.GetProperty("address")).ToList();
        Assert.NotEmpty(addresses);
        Assert.All(addresses, a => Assert.Matches("^[A-Z]{2}$", a.TryGetProperty("addressCountry", out var c) ? c.GetString() : "none"));
    }

    [Fact]
    public void Every_open_posting_says_until_when_and_every_remote_one_where_applicants_may_live()
    {
        var open = JobPages().Where(p => !p.NoIndex).Select(p => p.JsonLd!.Value).ToList();
        Assert.All(open, json => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", json.GetProperty("validThrough").GetString()));
        var remote = open.Where(json => json.TryGetProperty("jobLocationType", out _)).ToList();
        Assert.NotEmpty(remote);
        Assert.All(remote.SelectMany(json => json.GetProperty("applicantLocationRequirements").EnumerateArray()),
            r => Assert.Matches("^[A-Z]{2}$", r.GetProperty("name").GetString()));
    }

    [Fact]
    public void A_company_with_a_profile_has_its_local_logo_and_links_in_the_hiring_organization()
    {
        var organization = JobPages().Single(p => p.Path == "jobs/frontend-engineer-northwind-labs/index.html").JsonLd!.Value.GetProperty("hiringOrganization");
        Assert.Matches(@"^https://fixture\.example\.org/logos/northwind-labs\.[0-9a-f]{10}\.svg$", organization.GetProperty("logo").GetString());
        Assert.Equal(["https://northwind.example.com/", "https://github.com/northwind-example"],
            organization.GetProperty("sameAs").EnumerateArray().Select(u => u.GetString()!));
        var logo = new HtmlParser().ParseDocument(site.Page("jobs/frontend-engineer-northwind-labs/index.html")).QuerySelector("img.job-logo")!;
        Assert.True(File.Exists(Path.Combine(site.Output, logo.GetAttribute("src")!.TrimStart('/'))), "the logo is published where the page points");
        Assert.Equal(("48", "48", "Northwind Labs logo"), (logo.GetAttribute("width"), logo.GetAttribute("height"), logo.GetAttribute("alt")));
    }

    [Fact]
    public void Feeds_are_well_formed_atom_with_unique_entry_ids()
    {
        var feeds = SiteTree.Files(site.Output).Where(f => f.EndsWith("feed.xml", StringComparison.Ordinal)).ToList();
        Assert.Contains("feed.xml", feeds);
        Assert.Contains("tags/kubernetes/feed.xml", feeds);
        Assert.Contains("companies/northwind-labs/feed.xml", feeds);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        foreach (var feed in feeds)
        {
            var document = XDocument.Parse(site.Page(feed));
            Assert.Equal(atom + "feed", document.Root!.Name);
            var ids = document.Root.Elements(atom + "entry").Select(e => e.Element(atom + "id")!.Value).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.All(document.Root.Elements(atom + "entry"), e => Assert.NotNull(e.Element(atom + "updated")));
        }
    }

    [Fact]
    public void Jobs_json_lists_the_open_postings()
    {
        using var json = JsonDocument.Parse(site.Page("jobs.json"));
        var jobs = json.RootElement.GetProperty("jobs").EnumerateArray().ToList();
        Assert.Equal(4, jobs.Count);
        Assert.DoesNotContain(jobs, j => j.GetProperty("url").GetString()!.Contains("night-editor", StringComparison.Ordinal));
        Assert.All(jobs, j => Assert.StartsWith("https://fixture.example.org/jobs/", j.GetProperty("url").GetString()));
    }
}
