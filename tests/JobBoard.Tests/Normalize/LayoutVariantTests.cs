using JobBoard.Model;

namespace JobBoard.Tests.Normalize;

/// <summary>Metadata written in the other places real postings put it.</summary>
public sealed class LayoutVariantTests
{
    [Fact]
    public void Nested_location_maps_become_places()
    {
        var p = NormalizeHelper.Posting("---\ntitle: Dev\nlocation:\n  city: Berlin\n  country: Germany\n---\nText\n");
        Assert.Equal(["Berlin, Germany"], p.Locations.Select(l => l.Label));
    }

    [Fact]
    public void Schema_org_job_location_and_type_markers()
    {
        var outcome = NormalizeHelper.Run("---\ntitle: Dev\nhiringOrganization:\n  \"@type\": Organization\n  name: Gopher Corp\n" +
            "jobLocation:\n  - \"@type\": Place\n    address:\n      addressLocality: Austin\n      addressRegion: TX\n" +
            "  - address:\n      addressLocality: Denver\n      addressRegion: CO\n---\nText\n");
        Assert.Equal("Gopher Corp", outcome.Value!.Company?.Name);
        Assert.Equal(["Austin, Texas, United States", "Denver, United States"], outcome.Value.Locations.Select(l => l.Label));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == DiagnosticCodes.UnknownKey);
    }

    [Fact]
    public void Bold_key_lines_under_the_title_are_metadata()
    {
        var p = NormalizeHelper.Posting("# Junior Frontend Developer\n\n**Company:** Pixel & Co\n**Location:** Amsterdam, Netherlands (Hybrid)\n" +
            "**Type:** Internship\n\nWe use React.\n");
        Assert.Equal("Pixel & Co", p.Company?.Name);
        Assert.Equal(["Amsterdam, Netherlands"], p.Locations.Select(l => l.Label));
        Assert.Equal(Workplace.Hybrid, p.Workplace);
        Assert.Equal(EmploymentType.Intern, p.EmploymentType);
        Assert.Null(p.Department);
        Assert.StartsWith("We use React.", p.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_that_is_a_department_stays_a_department()
    {
        var p = NormalizeHelper.Posting("---\ntitle: Dev\ntype: Engineering\n---\nText\n");
        Assert.Equal("Engineering", p.Department);
        Assert.Null(p.EmploymentType);
    }

    [Theory]
    [InlineData("Remote - US | Full-time", "remote", "US", EmploymentType.FullTime)]
    [InlineData("Austin, TX · Contract", null, null, EmploymentType.Contractor)]
    [InlineData("Engineering | Full-time", null, null, EmploymentType.FullTime)]
    public void A_subtitle_under_a_text_title_is_read_part_by_part(string subtitle, string? workplace, string? region, EmploymentType type)
    {
        var p = NormalizeHelper.Posting($"Staff Machine Learning Engineer\n{subtitle}\n\nZeta makes credit fair. We hire people.\n");
        Assert.Equal("Staff Machine Learning Engineer", p.Title);
        Assert.Equal(type, p.EmploymentType);
        Assert.Equal(workplace, p.Workplace == Workplace.None ? null : string.Join(",", p.Workplace.Names()));
        Assert.Equal(region, p.RemoteRegion);
        Assert.DoesNotContain(subtitle, p.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scraped_markdown_page_without_a_heading_takes_its_first_line_as_title()
    {
        var p = NormalizeHelper.Posting("Software Engineer II, Payments\nBrightline Bank · New York, NY (Hybrid)\n\n" +
            "## About the job\n\nBrightline Bank is a digital bank.\n\n- Build payment APIs in Java\n- Run them on AWS\n");
        Assert.Equal("Software Engineer II, Payments", p.Title);
        Assert.Equal("Brightline Bank", p.Company?.Name);
        Assert.Equal(["New York City, United States"], p.Locations.Select(l => l.Label));
        Assert.Equal(Workplace.Hybrid, p.Workplace);
        Assert.StartsWith("## About the job", p.Body, StringComparison.Ordinal);
    }
}
