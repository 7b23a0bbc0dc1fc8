using System.Collections.Concurrent;
using System.Collections.Immutable;
using JobBoard.Model;
using JobBoard.Site;

namespace JobBoard.Render;

/// <summary>
/// The render stage: every HTML page of the site from the <see cref="SiteModel"/>, through the
/// theme's templates, handed to <paramref name="emit"/> as soon as it is made (so a big site never
/// waits in memory). Job pages come one by one, as their views are built; the other pages are
/// declared with their inputs (<see cref="Pages"/>) and made from the job views. Safe to call from
/// several threads. Company profiles are settings: a change of one changes every page's key.
/// </summary>
/// <param name="pooled"><paramref name="emit"/> writes each page before it returns and keeps none (a build without a
/// cache): pages are encoded into buffers from the pool, given back once emitted.</param>
public sealed class SiteRenderer(Theme theme, CompanyProfiles companies, SiteModel site, Action<OutputFile> emit, bool pooled)
{
    private readonly SiteView siteView = new(site.Config.Title, site.Config.Description, site.Config.BaseUrl,
        site.Config.Language, theme.AssetUrls.GetValueOrDefault("style.css", ""), theme.AssetUrls.GetValueOrDefault("search.js", ""),
        [.. site.Config.Navigation(DefaultNav(theme.Translation))], site.Config.Params);

    private readonly ConcurrentBag<Diagnostic> diagnostics = [];

    /// <summary>The navigation of a board whose site.yml has no <c>nav:</c>: its own lists, named in its language.</summary>
    private static IEnumerable<NavLink> DefaultNav(Translation text) =>
        new[] { ("jobs", "/"), ("remote", "/remote/"), ("tags", "/tags/"), ("companies", "/companies/"), ("locations", "/locations/") }
            .Select(link => new NavLink(text.Text("nav." + link.Item1), link.Item2));

    private readonly Translation text = theme.Translation;

    /// <summary>Template errors so far, sorted by file; any means some page is missing.</summary>
    public ImmutableArray<Diagnostic> Diagnostics =>
        [.. diagnostics.Distinct().OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Message, StringComparer.Ordinal)];

    /// <summary>A posting's own page, not yet emitted (see <see cref="Emit"/>).</summary>
    /// <param name="job">The full view, with the body.</param>
    public Outcome<OutputFile> JobPage(Posting posting, JobView job)
    {
        var meta = Meta(job.Company is null ? job.Title : text.Text("job.title", ("title", job.Title), ("company", job.Company)), job.Summary, job.Url, job.Closed) with
        {
            Type = "article",
            JsonLd = job.Closed ? null : JobPostingJsonLd.Build(posting, job.BodyHtml, site.Config, companies.Of(posting.Company?.Name)),
        };
        return MakePage(Index(job.Url), "job", new JobPage(siteView, meta, job));
    }

    /// <summary>
    /// A page besides the job pages, and the inputs it declares: its path, its own text (titles, pager,
    /// counts, terms) and the postings it lists. <see cref="Make"/> reads nothing else but these, the
    /// postings' views and the settings.
    /// </summary>
    public sealed record ListedPage(string Path, string Text, ImmutableArray<Posting> Jobs, Func<JobViews, Outcome<OutputFile>> Make);

    /// <summary>Every page but the job pages: home and remote lists, taxonomy indexes and lists, search, 404, and the pages of input/pages/.</summary>
    public IEnumerable<ListedPage> Pages()
    {
        var pages = new List<ListedPage>();
        // The home page's feed is the site's, which every page links already: one link per feed.
        pages.AddRange(List("/", text.Text("list.latest"), site.Config.Title, site.Config.Description, site.Open, hasFeed: false));
        var related = new RelatedLinks(site, text);
        var remote = text.Text("remote.heading");
        pages.AddRange(List(SiteModel.RemotePath, remote, remote, text.Text("remote.description", ("count", site.Remote.Length)), site.Remote, hasFeed: true,
            related: related.OfRemote()));
        pages.AddRange(Taxonomy("/tags/", "tags", site.Tags, related: related.OfTag));
        pages.AddRange(Taxonomy("/companies/", "companies", site.Companies, Profile));
        pages.AddRange(Taxonomy("/locations/", "locations", site.Locations, related: related.OfPlace));
        pages.AddRange(Taxonomy("/employment/", "employment", [.. site.Employment.Select(type => type with { Name = text.Text("type." + type.Slug) })]));
        foreach (var pair in site.Pairs)
        {
            var title = PairTitle(pair, text);
            pages.AddRange(List(pair.Path, title, title, text.Text("list.openPositions", ("count", pair.Tag.Postings.Length)), pair.Tag.Postings, hasFeed: true,
                related: related.OfPair(pair)));
        }

        var searchDescription = text.Text("search.description", ("count", site.Open.Length));
        var search = text.Text("search.heading");
        pages.Add(new ListedPage("search/index.html", searchDescription, [], _ => MakePage("search/index.html", "search",
            new SearchPage(siteView, Meta(search, searchDescription, "/search/"), search))));
        // What /search/?q=rust shows without JavaScript: _redirects serves it there (RedirectsWriter).
        pages.AddRange(site.Tags.Select(tag => new ListedPage(Index(SiteModel.SearchForPath(tag)), $"{searchDescription}|{tag.Name}|{tag.Postings.Length}", [],
            _ => MakePage(Index(SiteModel.SearchForPath(tag)), "search", new SearchPage(siteView,
                Meta(search, searchDescription, "/search/", noIndex: true), search, tag.Name, new LinkView(tag.Name, "/tags/" + tag.Slug + "/", tag.Postings.Length))))));
        pages.Add(new ListedPage("404.html", "", [], _ => MakePage("404.html", "404", new NotFoundPage(siteView,
            Meta(text.Text("notFound.heading"), text.Text("notFound.description"), "/404.html", noIndex: true)))));
        pages.AddRange(site.Config.Pages.Select(page => new ListedPage(Index(page.Path), string.Join("\u001f", page.Title, page.Description, page.Html), [],
            _ => MakePage(Index(page.Path), "page",
                new ContentPage(siteView, Meta(page.Title, page.Description, page.Path), page.Title, page.Html)))));
        return pages;
    }

    private Outcome<OutputFile> MakePage(string path, string template, object model) =>
        theme.Render(template, model, utf8 => OutputFile.Copy(path, utf8, pooled));

    /// <summary>Hands a page to the output and keeps its template errors.</summary>
    public void Emit(Outcome<OutputFile> page)
    {
        foreach (var diagnostic in page.Diagnostics.IsDefault ? [] : page.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        if (page.Value is not null)
        {
            emit(page.Value);
            page.Value.Release();
        }
    }

    /// <summary>The index page of a taxonomy and the paged list of each term, with its feeds.</summary>
    /// <param name="kind">The taxonomy's texts in the theme: <c>{kind}.heading</c>, <c>{kind}.description</c>, <c>{kind}.title</c>.</param>
    /// <param name="about">What a term's first page shows above its jobs (a company's profile).</param>
    /// <param name="related">The links a term's first page shows to the lists beside it.</param>
    private IEnumerable<ListedPage> Taxonomy(string root, string kind, ImmutableArray<Listing> listings,
        Func<Listing, CompanyView?>? about = null, Func<Listing, RelatedView?>? related = null)
    {
        var heading = text.Text(kind + ".heading");
        var terms = listings.Select(l => new LinkView(l.Name, root + l.Slug + "/", l.Postings.Length))
            .OrderBy(l => l.Name, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Url, StringComparer.Ordinal).ToList();
        var description = text.Text(kind + ".description", ("count", listings.Length));
        yield return new ListedPage(Index(root), description + "\u001f" + string.Join("\u001f", terms.Select(t => $"{t.Name}|{t.Url}|{t.Count}")), [],
            _ => MakePage(Index(root), "terms", new TermsPage(siteView, Meta(heading, description, root), heading, [.. terms])));
        foreach (var listing in listings)
        {
            var title = text.Text(kind + ".title", ("name", listing.Name));
            foreach (var page in List(root + listing.Slug + "/", title, title, text.Text("list.openPositions", ("count", listing.Postings.Length)), listing.Postings,
                hasFeed: true, about?.Invoke(listing), related?.Invoke(listing)))
            {
                yield return page;
            }
        }
    }

    /// <summary>A paged list: page 1 at <paramref name="root"/>, page N at <c>{root}page/N/</c>.</summary>
    /// <param name="related">Shown on page 1; part of that page's text, as the links change with other lists than this one.</param>
    private IEnumerable<ListedPage> List(string root, string heading, string title, string description, ImmutableArray<Posting> postings, bool hasFeed,
        CompanyView? about = null, RelatedView? related = null)
    {
        var relatedText = related is null ? "" : related.Label + "|" + string.Join("|", related.Links.Select(l => $"{l.Name}|{l.Url}|{l.Count}"));
        var size = site.Config.PageSize;
        var count = Math.Max(1, (postings.Length + size - 1) / size);
        for (var page = 1; page <= count; page++)
        {
            var url = PageUrl(root, page);
            var pageTitle = page == 1 ? title : text.Text("list.pageTitle", ("title", title), ("page", page));
            var onPage = postings.Slice((page - 1) * size, Math.Min(size, postings.Length - (page - 1) * size));
            var current = page;
            yield return new ListedPage(Index(url), $"{heading}|{pageTitle}|{description}|{hasFeed}|{page}/{count}|{(page == 1 ? relatedText : "")}", onPage, views =>
            {
                var pager = count == 1 ? null : new PagerView(current, count,
                    current > 1 ? PageUrl(root, current - 1) : null, current < count ? PageUrl(root, current + 1) : null);
                var meta = Meta(pageTitle, description, url) with
                {
                    Feed = hasFeed ? SiteModel.FeedPath(root) : null,
                    JsonFeed = hasFeed ? SiteModel.JsonFeedPath(root) : null,
                };
                return MakePage(Index(url), "list", new ListPage(siteView, meta, heading, current == 1 ? description : null,
                    [.. onPage.Select(p => views[p.Slug])], pager, current == 1 ? about : null, current == 1 ? related : null));
            });
        }
    }

    /// <summary>"Remote Go jobs", "Go jobs in Berlin": the title of a pair's page and feed.</summary>
    public static string PairTitle(TagPair pair, Translation text) => pair.PlaceName is { } place
        ? text.Text("pairs.placeTitle", ("name", pair.Tag.Name), ("place", place))
        : text.Text("pairs.remoteTitle", ("name", pair.Tag.Name));

    private CompanyView? Profile(Listing company)
    {
        if (companies.BySlug.GetValueOrDefault(company.Slug) is not { } profile)
        {
            return null;
        }

        var name = profile.Name ?? company.Name;
        return new CompanyView(name, profile.Website, profile.Description, profile.AboutHtml, LogoView.Of(profile, name),
            [.. profile.Social.Select(s => new LinkView(s.Name, s.Url))]);
    }

    private static string PageUrl(string root, int page) => page == 1 ? root : $"{root}page/{page}/";

    /// <summary>Page titles end with the site's name, except the home page's, which is the name.</summary>
    private PageMeta Meta(string title, string description, string path, bool noIndex = false) =>
        new(title == site.Config.Title ? title : $"{title} · {site.Config.Title}", description, site.Config.Absolute(path), noIndex);

    private static string Index(string url) => url.TrimStart('/') + "index.html";
}
