using JobBoard.Model;
using JobBoard.Normalize;
using JobBoard.Site;
using JobBoard.Tests.Normalize;

namespace JobBoard.Tests.Site;

/// <summary>
/// The site-wide rules on postings made in memory. The preview server assembles the same posting
/// objects on every rebuild, so each rule is also checked on a posting assembled again among others.
/// </summary>
public sealed class SiteAssemblerTests
{
    private static Posting Job(string file, string slug, string title, string company, params string[] locations) => new()
    {
        File = file,
        Format = PostingFormat.FrontMatterMarkdown,
        Slug = slug,
        Title = title,
        Company = new Company(company),
        CompanySlug = Slugger.Slugify(company),
        Locations = [.. locations.Select(l => new Place(l, l, null, null))],
        LocationSlugs = [.. locations.Select(Slugger.Slugify)],
        DatePosted = new DateOnly(2026, 10, 1),
        Body = "",
    };

    private static Outcome<SiteModel> Assemble(params Posting[] postings) =>
        SiteAssembler.Assemble(postings, SiteConfig.Default, Taxonomy.Empty, new DateOnly(2026, 11, 1));

    [Fact]
    public void A_taken_derived_slug_gets_a_suffix_that_the_file_name_warning_names()
    {
        var first = Job("jobs/nurse-acme.md", "nurse-acme", "Nurse", "Acme");
        var second = Job("jobs/other-nurse.md", "nurse-acme", "Nurse", "Acme", "Berlin");
        Assert.Equal("rename the file to nurse-acme.md", Assert.Single(Assemble(second).Diagnostics).Hint);

        var both = Assemble(first, second);
        Assert.Equal(["nurse-acme", "nurse-acme-2"], both.Value!.Open.Select(p => p.Slug).Order(StringComparer.Ordinal));
        Assert.Equal("rename the file to nurse-acme-2.md", Assert.Single(both.Diagnostics).Hint);

        Assert.Equal("rename the file to nurse-acme.md", Assert.Single(Assemble(second).Diagnostics).Hint);
    }

    [Fact]
    public void The_same_job_in_other_case_is_a_duplicate_only_while_the_first_is_there()
    {
        var first = Job("jobs/a.md", "a", "Night Nurse", "Acme", "Berlin");
        var again = Job("jobs/b.md", "b", "NIGHT NURSE", "acme", "berlin");
        var duplicate = Assert.Single(Assemble(first, again).Diagnostics);
        Assert.Equal((DiagnosticCodes.DuplicatePosting, "jobs/b.md"), (duplicate.Code, duplicate.File));
        Assert.Empty(Assemble(again).Diagnostics);
    }

    [Fact]
    public void Every_spelling_of_a_city_is_one_location_page()
    {
        var postings = new[] { "London", "London, UK", "London, England", "London, United Kingdom" }.Select((place, i) =>
            NormalizeHelper.Posting($"---\ntitle: Nurse {i}\ncompany: Acme\nlocation: {place}\ndatePosted: 2026-10-0{i + 1}\n---\nNights.\n"));
        var listing = Assert.Single(Assemble([.. postings]).Value!.Locations);
        Assert.Equal(("london-united-kingdom", "London, United Kingdom", 4), (listing.Slug, listing.Name, listing.Postings.Length));
    }

    [Fact]
    public void A_posting_with_two_places_of_one_slug_is_listed_once_under_the_first_name()
    {
        var site = Assemble(Job("jobs/a.md", "a", "Nurse", "Acme", "Zürich", "Zurich")).Value!;
        var place = Assert.Single(site.Locations);
        Assert.Equal(("zurich", "Zürich", 1), (place.Slug, place.Name, place.Postings.Length));
    }
}
