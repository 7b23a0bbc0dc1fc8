using System.Text.Json;
using JobBoard.Model;
using JobBoard.Render;
using JobBoard.Site;

namespace JobBoard.Tests.Render;

/// <summary>The JobPosting structured data of one posting, field by field, as Google for Jobs asks for it.</summary>
public sealed class JobPostingJsonLdTests
{
    private static readonly SiteConfig Config = SiteConfig.Default with { BaseUrl = "https://jobs.example.org/" };

    private static Posting Job(string? posted = "2026-03-01", string? until = null, Workplace workplace = Workplace.None, string? region = null) => new()
    {
        File = "jobs/dev.md",
        Format = PostingFormat.FrontMatterMarkdown,
        Slug = "dev",
        Title = "Developer",
        Body = "The job.",
        Company = new Company("Acme"),
        DatePosted = posted is null ? null : DateOnly.Parse(posted, System.Globalization.CultureInfo.InvariantCulture),
        ValidThrough = until is null ? null : DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture),
        Workplace = workplace,
        RemoteRegion = region,
    };

    private static JsonElement JsonLd(Posting posting, SiteConfig? config = null) =>
        JsonDocument.Parse(JobPostingJsonLd.Build(posting, new Markup("<p>The job.</p>"u8.ToArray()), config ?? Config).ToString()).RootElement;

    [Theory]
    [InlineData("<p>Tom & Jerry's \"café\" <b>x</b></p>")]
    [InlineData("<p>\U0001F600 \u2028 \u00a0 </script><!-- --></p>")]
    public void The_description_is_escaped_from_the_bodys_UTF8_as_it_was_from_its_text(string html)
    {
        var json = JobPostingJsonLd.Build(Job(), new Markup(System.Text.Encoding.UTF8.GetBytes(html)), Config).ToString();
        var fromText = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(fromText))
        {
            writer.WriteStringValue(html);
        }

        Assert.Contains("\"description\":" + System.Text.Encoding.UTF8.GetString(fromText.WrittenSpan) + ",", json, StringComparison.Ordinal);
        Assert.Equal(html, JsonDocument.Parse(json).RootElement.GetProperty("description").GetString());
    }

    private static string? ValidThrough(JsonElement json) => json.TryGetProperty("validThrough", out var v) ? v.GetString() : null;

    [Theory]
    [InlineData("2026-03-01", "2026-04-15", 60, "2026-04-15")] // the posting's own date wins
    [InlineData("2026-03-01", null, 60, "2026-04-30")] // validDays after datePosted; 60 unless site.yml says
    [InlineData("2026-03-01", null, 30, "2026-03-31")]
    [InlineData(null, "2026-04-15", 60, "2026-04-15")]
    [InlineData(null, null, 60, null)] // nothing to count from: a date counted from the build would move every day
    public void ValidThrough_is_the_postings_own_or_validDays_after_datePosted(string? posted, string? until, int validDays, string? expected) =>
        Assert.Equal(expected, ValidThrough(JsonLd(Job(posted, until), Config with { ValidDays = validDays })));

    [Theory]
    [InlineData("US", "US")]
    [InlineData("UK", "GB")]
    [InlineData("Canada", "CA")]
    [InlineData("DACH", "AT CH DE")]
    [InlineData("North America", "CA MX US")]
    [InlineData("Portugal", "PT")] // a region kept as written, when it names one country
    public void A_remote_region_becomes_its_countries_ISO_codes(string region, string countries)
    {
        var json = JsonLd(Job(workplace: Workplace.Remote, region: region));
        Assert.Equal("TELECOMMUTE", json.GetProperty("jobLocationType").GetString());
        var required = json.GetProperty("applicantLocationRequirements").EnumerateArray().ToList();
        Assert.All(required, r => Assert.Equal("Country", r.GetProperty("@type").GetString()));
        Assert.Equal(countries, string.Join(' ', required.Select(r => r.GetProperty("name").GetString())));
    }

    [Theory]
    [InlineData("EU", 27, "DE", "GB")]
    [InlineData("Europe", 46, "GB", "TR")]
    [InlineData("EMEA", 115, "ZA", "BR")]
    [InlineData("APAC", 29, "SG", "US")]
    [InlineData("LATAM", 19, "BR", "US")]
    public void A_continental_region_is_its_member_countries_never_a_country_named_after_it(string region, int count, string member, string outsider)
    {
        var names = JsonLd(Job(workplace: Workplace.Remote, region: region)).GetProperty("applicantLocationRequirements")
            .EnumerateArray().Select(r => r.GetProperty("name").GetString()).ToList();
        Assert.Equal(count, names.Count);
        Assert.All(names, n => Assert.Matches("^[A-Z]{2}$", n));
        Assert.Contains(member, names);
        Assert.DoesNotContain(outsider, names);
        Assert.DoesNotContain(region, names);
    }

    [Fact]
    public void A_region_that_names_no_one_country_is_an_administrative_area_as_written()
    {
        // "Remote (CA)": Canada or California, so not a guess.
        var required = Assert.Single(JsonLd(Job(workplace: Workplace.Remote, region: "CA")).GetProperty("applicantLocationRequirements").EnumerateArray());
        Assert.Equal("AdministrativeArea", required.GetProperty("@type").GetString());
        Assert.Equal("CA", required.GetProperty("name").GetString());
    }

    [Fact]
    public void A_remote_posting_without_a_region_is_not_marked_telecommute()
    {
        var json = JsonLd(Job(workplace: Workplace.Remote | Workplace.Onsite));
        Assert.False(json.TryGetProperty("jobLocationType", out _));
        Assert.False(json.TryGetProperty("applicantLocationRequirements", out _));
    }
}
