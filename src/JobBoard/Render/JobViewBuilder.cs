using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using JobBoard.Model;
using JobBoard.Normalize;
using JobBoard.Site;

namespace JobBoard.Render;

/// <summary>
/// Flattens a <see cref="Posting"/> into the <see cref="JobView"/> the templates read. Tag,
/// company and location links are set only where the site has that page: a closed posting's
/// tag may have no open posting, so no page. The logo and a missing website come from the company's profile.
/// </summary>
public sealed class JobViewBuilder(MarkdownRenderer markdown, Taxonomy taxonomy, CompanyProfiles companies, SiteModel site)
{
    private const int SummaryLength = 180;

    private readonly HashSet<string> tagPages = [.. site.Tags.Select(l => l.Slug)];
    private readonly HashSet<string> companyPages = [.. site.Companies.Select(l => l.Slug)];
    private readonly HashSet<string> locationPages = [.. site.Locations.Select(l => l.Slug)];
    private readonly ConcurrentDictionary<string, string> slugs = new(StringComparer.Ordinal);

    /// <param name="closed">Archived or expired: the page says so.</param>
    public JobView Build(Posting posting, bool closed)
    {
        var company = posting.Company;
        var profile = companies.Of(company?.Name);
        var body = markdown.Render(posting.Body);
        return new JobView(
            Title: posting.Title ?? posting.Slug,
            Url: SiteModel.JobPath(posting),
            Company: company?.Name,
            CompanyUrl: company is null ? null : Link(companyPages, Slug(company.Name), SiteModel.CompanyPath),
            CompanyWebsite: UrlPolicy.IsAllowed(company?.Website) ? company!.Website : profile?.Website,
            Logo: LogoView.Of(profile, company?.Name ?? ""),
            Locations: [.. posting.Locations.Select(l => new LinkView(l.Label, Link(locationPages, Slug(l.Label), SiteModel.LocationPath)))],
            Workplace: [.. WorkplaceLabels(posting)],
            EmploymentType: posting.EmploymentType?.ToLabel(),
            Experience: posting.Experience is { } e ? Capitalize(e.ToString()) : null,
            Salary: posting.Salary is { } s ? SalaryFormatter.Format(s) : null,
            Tags: [.. posting.Tags.Select(t => new LinkView(taxonomy.DisplayName(t), Link(tagPages, t, SiteModel.TagPath)))],
            DatePosted: posting.DatePosted?.ToIsoDate(),
            DatePostedText: posting.DatePosted?.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
            ValidThrough: posting.ValidThrough?.ToIsoDate(),
            Closed: closed,
            ApplyUrl: UrlPolicy.IsAllowed(posting.ApplyUrl) ? posting.ApplyUrl : null,
            Summary: Truncate(markdown.SummaryText(posting.Summary) ?? body.Text),
            BodyHtml: body.Html,
            BodyText: body.Text,
            Extra: posting.Extra);
    }

    /// <summary>
    /// What a view depends on besides the posting, closed or not, and the settings: which of its
    /// company, location and tag pages exist (one character each).
    /// </summary>
    public string Links(Posting posting) =>
        string.Create(1 + posting.Locations.Length + posting.Tags.Length, (Builder: this, Posting: posting), static (links, state) =>
        {
            static char Bit(bool b) => b ? '1' : '0';
            var (builder, posting) = state;
            var (company, places) = SiteAssembler.Slugs(posting); // worked out once per posting, not once per build
            links[0] = Bit(company is not null && builder.companyPages.Contains(company));
            var next = 1;
            foreach (var place in places)
            {
                links[next++] = Bit(builder.locationPages.Contains(place));
            }

            foreach (var tag in posting.Tags)
            {
                links[next++] = Bit(builder.tagPages.Contains(tag));
            }
        });

    /// <summary>A company or place name's slug: ten thousand postings share a few thousand names.</summary>
    private string Slug(string name) => slugs.GetOrAdd(name, Slugger.Slugify);

    private static string? Link(HashSet<string> pages, string slug, Func<string, string> path) =>
        pages.Contains(slug) ? path(slug) : null;

    private static IEnumerable<string> WorkplaceLabels(Posting posting)
    {
        foreach (var name in posting.Workplace.Names())
        {
            yield return name == "remote" && posting.RemoteRegion is { } region
                ? $"Remote ({region})"
                : Capitalize(name == "onsite" ? "on-site" : name);
        }
    }

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Truncate(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= SummaryLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', SummaryLength);
        return flat[..(cut > SummaryLength / 2 ? cut : SummaryLength)] + "…";
    }
}
