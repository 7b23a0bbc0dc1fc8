using System.Collections.Immutable;
using JobBoard.Site;

namespace JobBoard.Render;

// The flat views handed to the Handlebars templates in theme/. Templates read them with
// camelCase names (Handlebars.Net resolves members case-insensitively). Every string here is
// plain text that the templates HTML-encode; only BodyHtml is already-safe HTML.

/// <summary>Site-wide values every page can use.</summary>
/// <param name="Nav">The main navigation: site.yml's <c>nav:</c> list, then the pages with <c>nav: true</c>.</param>
/// <param name="Params">Every key of site.yml as written (<c>site.params.twitter</c>): text, lists and
/// mappings of text, to be HTML-encoded (<c>{{ }}</c>) like every other value.</param>
public sealed record SiteView(
    string Title, string Description, string BaseUrl, string Language, string Css, string Js,
    ImmutableArray<NavLink> Nav, ImmutableSortedDictionary<string, object> Params);

/// <summary>The head of one page: title, description, canonical URL, robots and feed links.</summary>
/// <param name="Feed">The list's own Atom feed (the home page's is the site's, which every page links).</param>
/// <param name="JsonFeed">The list's own JSON Feed, beside <paramref name="Feed"/>.</param>
/// <param name="Type">Open Graph type: <c>website</c>, or <c>article</c> for a job page.</param>
/// <param name="JsonLd">Structured data for the head, already safe to place in a script element (see
/// <see cref="JobPostingJsonLd.Build"/> for how long it lasts).</param>
public sealed record PageMeta(
    string Title, string Description, string Canonical, bool NoIndex, string? Feed = null, string? JsonFeed = null, string Type = "website",
    Markup? JsonLd = null);

/// <summary>A link with a label and, for tag/company/location indexes, a count of postings.
/// A null <see cref="Url"/> means there is no page to link to: show the name as text.</summary>
public sealed record LinkView(string Name, string? Url, int Count = 0);

/// <summary>Previous/next links of a paged list; null links at the ends.</summary>
public sealed record PagerView(int Page, int Pages, string? PrevUrl, string? NextUrl);

/// <summary>One posting, flattened for display.</summary>
/// <param name="BodyHtml">The description as safe HTML, in the thread's buffer it was rendered into (see
/// <see cref="RenderedBody"/>): a view is made with it for its page, and kept without it (null).</param>
/// <param name="BodyText">The description as plain text, in that thread's buffer too, and null as kept.</param>
/// <param name="EmploymentTypeUrl">The page of the jobs of its employment type (<c>/employment/full-time/</c>), when the site has it.</param>
public sealed record JobView(
    string Title,
    string Url,
    string? Company,
    string? CompanyUrl,
    string? CompanyWebsite,
    LogoView? Logo,
    ImmutableArray<LinkView> Locations,
    ImmutableArray<string> Workplace,
    string? EmploymentType,
    string? EmploymentTypeUrl,
    string? Experience,
    string? Salary,
    ImmutableArray<LinkView> Tags,
    string? DatePosted,
    string? DatePostedText,
    string? ValidThrough,
    bool Closed,
    string? ApplyUrl,
    string Summary,
    Markup? BodyHtml,
    Prose? BodyText,
    ImmutableSortedDictionary<string, string> Extra);

/// <summary>A company's logo as the page shows it: a local image, with its size so nothing moves while it loads.</summary>
public sealed record LogoView(string Url, int Width, int Height, string Alt)
{
    public static LogoView? Of(Site.CompanyProfile? profile, string name) =>
        profile?.Logo is { } logo ? new LogoView(logo.Url, logo.Width, logo.Height, $"{name} logo") : null;
}

/// <summary>A company's profile above its jobs (<c>input/companies/{slug}.md</c>).</summary>
/// <param name="AboutHtml">Already-safe HTML, rendered from the profile's Markdown as a posting's body is.</param>
/// <param name="Social">Its social links, named as the profile names them.</param>
public sealed record CompanyView(string Name, string? Website, string? Description, string AboutHtml, LogoView? Logo, ImmutableArray<LinkView> Social)
{
    public bool HasLinks => Website is not null || !Social.IsEmpty;
}

/// <summary>Links from a list's first page to the lists beside it (<see cref="RelatedLinks"/>): a tag's remote jobs,
/// a place's top tags, the two lists a tag pair narrows.</summary>
/// <param name="Label">What the links are, for the navigation's accessible name.</param>
public sealed record RelatedView(string Label, ImmutableArray<LinkView> Links);

public sealed record JobPage(SiteView Site, PageMeta Page, JobView Job);

/// <param name="Company">On the first page of a company's jobs, its profile when it has one.</param>
/// <param name="Related">On the first page, links to the lists beside it, when it has any.</param>
public sealed record ListPage(
    SiteView Site, PageMeta Page, string Heading, string? Intro, ImmutableArray<JobView> Jobs, PagerView? Pager, CompanyView? Company = null,
    RelatedView? Related = null);

public sealed record TermsPage(SiteView Site, PageMeta Page, string Heading, ImmutableArray<LinkView> Terms);

public sealed record NotFoundPage(SiteView Site, PageMeta Page);

/// <summary>A page of input/pages/ (theme/templates/page.hbs).</summary>
/// <param name="BodyHtml">The page's body, already safe HTML (rendered as a posting body is).</param>
public sealed record ContentPage(SiteView Site, PageMeta Page, string Heading, string BodyHtml);

/// <summary>The search page; search.js fills it from the index under /search/.</summary>
/// <param name="Query">The query the page answers without JavaScript (<see cref="Site.SiteModel.SearchForPath"/>), with the tag it names.</param>
public sealed record SearchPage(SiteView Site, PageMeta Page, string Heading, string? Query = null, LinkView? Tag = null);
