using System.Collections.Concurrent;
using System.Collections.Immutable;
using JobBoard.Model;
using JobBoard.Normalize;
using JobBoard.Site;

namespace JobBoard.Render;

/// <summary>
/// Flattens a <see cref="Posting"/> into the <see cref="JobView"/> the templates read. Tag,
/// company, location and employment type links are set only where the site has that page: a closed posting's
/// tag may have no open posting, so no page. The logo and a missing website come from the company's profile.
/// </summary>
public sealed class JobViewBuilder(MarkdownRenderer markdown, Taxonomy taxonomy, CompanyProfiles companies, SiteModel site, Translation text)
{
    private const int SummaryLength = 180;

    private readonly HashSet<string> tagPages = [.. site.Tags.Select(l => l.Slug)];
    private readonly HashSet<string> companyPages = [.. site.Companies.Select(l => l.Slug)];
    private readonly HashSet<string> locationPages = [.. site.Locations.Select(l => l.Slug)];
    private readonly HashSet<string> employmentPages = [.. site.Employment.Select(l => l.Slug)];

    // The links and dates many postings share are made once and shared by their views: a build holds every view
    // until its lists are made, and at 100,000 postings their copies were a tenth of that.
    private readonly ConcurrentDictionary<string, LinkView> tagLinks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Label, string Slug), LinkView> placeLinks = new();
    private readonly ConcurrentDictionary<string, string?> companyUrls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<DateOnly, (string Iso, string Text)> dates = new();

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
            CompanyUrl: company is null ? null : companyUrls.GetOrAdd(posting.CompanySlug!, slug => Link(companyPages, slug, SiteModel.CompanyPath)),
            CompanyWebsite: UrlPolicy.IsAllowed(company?.Website) ? company!.Website : profile?.Website,
            Logo: LogoView.Of(profile, company?.Name ?? ""),
            Locations: [.. posting.Locations.Select((l, i) => placeLinks.GetOrAdd((l.Label, posting.LocationSlugs[i]),
                key => new LinkView(key.Label, Link(locationPages, key.Slug, SiteModel.LocationPath))))],
            Workplace: [.. WorkplaceLabels(posting)],
            EmploymentType: posting.EmploymentType is { } type ? text.Text("type." + type.ToValue()) : null,
            EmploymentTypeUrl: posting.EmploymentType is { } typed ? Link(employmentPages, typed.ToValue(), SiteModel.EmploymentPath) : null,
            Experience: posting.Experience is { } e ? ExperienceLabel(e) : null,
            Salary: posting.Salary is { } s ? SalaryFormatter.Format(s, text) : null,
            Tags: [.. posting.Tags.Select(t => tagLinks.GetOrAdd(t, tag => new LinkView(taxonomy.DisplayName(tag), Link(tagPages, tag, SiteModel.TagPath))))],
            DatePosted: posting.DatePosted is { } posted ? Date(posted).Iso : null,
            DatePostedText: posting.DatePosted is { } shown ? Date(shown).Text : null,
            ValidThrough: posting.ValidThrough is { } until ? Date(until).Iso : null,
            Closed: closed,
            ApplyUrl: UrlPolicy.IsAllowed(posting.ApplyUrl) ? posting.ApplyUrl : null,
            Summary: Shorten(markdown.SummaryText(posting.Summary) is { } summary ? summary : body.Text.Span),
            // Null when empty, as an empty string was: {{#if job.bodyHtml}} reads the same.
            BodyHtml: body.Html.Utf8.IsEmpty ? null : body.Html,
            BodyText: body.Text.IsEmpty ? null : new Prose(body.Text),
            Extra: posting.Extra);
    }

    /// <summary>
    /// What a view depends on besides the posting, closed or not, and the settings: which of its
    /// company, employment type, location and tag pages exist (one character each).
    /// </summary>
    public string Links(Posting posting) =>
        string.Create(2 + posting.Locations.Length + posting.Tags.Length, (Builder: this, Posting: posting), static (links, state) =>
        {
            static char Bit(bool b) => b ? '1' : '0';
            var (builder, posting) = state;
            links[0] = Bit(posting.CompanySlug is { } company && builder.companyPages.Contains(company));
            links[1] = Bit(posting.EmploymentType is { } type && builder.employmentPages.Contains(type.ToValue()));
            var next = 2;
            foreach (var place in posting.LocationSlugs)
            {
                links[next++] = Bit(builder.locationPages.Contains(place));
            }

            foreach (var tag in posting.Tags)
            {
                links[next++] = Bit(builder.tagPages.Contains(tag));
            }
        });

    private (string Iso, string Text) Date(DateOnly date) => dates.GetOrAdd(date, d => (d.ToIsoDate(), text.Format.Date(d)));

    private static string? Link(HashSet<string> pages, string slug, Func<string, string> path) =>
        pages.Contains(slug) ? path(slug) : null;

    private string ExperienceLabel(Experience experience)
    {
        string Level(ExperienceLevel level) => text.Text("level." + level.ToString().ToLowerInvariant());
        return experience.From == experience.To
            ? Level(experience.From)
            : text.Text("level.range", ("from", Level(experience.From)), ("to", Level(experience.To)));
    }

    private IEnumerable<string> WorkplaceLabels(Posting posting)
    {
        foreach (var name in posting.Workplace.Names())
        {
            yield return name == "remote" && posting.RemoteRegion is { } region
                ? text.Text("workplace.remoteIn", ("region", region))
                : text.Text("workplace." + name);
        }
    }

    /// <summary>Text on one line, cut at a word to about <see cref="SummaryLength"/> characters: summaries, descriptions.</summary>
    internal static string Shorten(ReadOnlySpan<char> text)
    {
        // Only the first SummaryLength + 1 characters of the one-line text matter: the body can be long.
        Span<char> flat = stackalloc char[SummaryLength + 1];
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                flat[length++] = ' ';
                space = false;
                if (length == flat.Length)
                {
                    break;
                }
            }

            flat[length++] = c;
            if (length == flat.Length)
            {
                break;
            }
        }

        if (length <= SummaryLength)
        {
            return new string(flat[..length]);
        }

        var cut = flat.LastIndexOf(' ');
        return string.Concat(flat[..(cut > SummaryLength / 2 ? cut : SummaryLength)], "…");
    }
}
