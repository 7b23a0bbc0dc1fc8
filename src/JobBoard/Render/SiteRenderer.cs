using System.Collections.Concurrent;
using System.Collections.Immutable;
using JobBoard.Model;
using JobBoard.Output;
using JobBoard.Site;

namespace JobBoard.Render;

/// <summary>
/// The render stage: every HTML page of the site from the <see cref="SiteModel"/>, through the
/// theme's templates. Job pages render in parallel; lists reuse the job views.
/// </summary>
public sealed class SiteRenderer(Theme theme)
{
    /// <summary>The view of every posting by slug, built in parallel (Markdown rendering is the costly part).</summary>
    public static IReadOnlyDictionary<string, JobView> BuildViews(SiteModel site, JobViewBuilder builder)
    {
        var views = new ConcurrentDictionary<string, JobView>(StringComparer.Ordinal);
        Parallel.ForEach(site.Open, posting => views[posting.Slug] = builder.Build(posting, closed: false));
        Parallel.ForEach(site.Closed, posting => views[posting.Slug] = builder.Build(posting, closed: true));
        return views;
    }

    public Outcome<ImmutableArray<OutputFile>> Render(SiteModel site, IReadOnlyDictionary<string, JobView> jobViews)
    {
        var siteView = new SiteView(site.Config.Title, site.Config.Description, site.Config.BaseUrl,
            site.Config.Language, theme.AssetUrls.GetValueOrDefault("style.css", ""), theme.AssetUrls.GetValueOrDefault("search.js", ""));

        var pages = new ConcurrentBag<(string Path, Outcome<string> Html)>();
        Parallel.ForEach(site.All, posting =>
        {
            var job = jobViews[posting.Slug];
            var meta = Meta(site, job.Company is null ? job.Title : $"{job.Title} at {job.Company}", job.Summary, job.Url, job.Closed) with
            {
                Type = "article",
                JsonLd = job.Closed ? null : JobPostingJsonLd.Build(posting, job.BodyHtml, site.Config),
            };
            pages.Add((Index(job.Url), theme.Render("job", new JobPage(siteView, meta, job))));
        });

        ImmutableArray<JobView> Views(IEnumerable<Posting> postings) => [.. postings.Select(p => jobViews[p.Slug])];

        AddList(pages, site, siteView, "/", "Latest jobs", site.Config.Title, site.Config.Description, Views(site.Open), hasFeed: true);
        AddList(pages, site, siteView, "/remote/", "Remote jobs", "Remote jobs",
            $"{site.Remote.Length} open remote positions.", Views(site.Remote), hasFeed: false);
        AddTaxonomy(pages, site, siteView, "/tags/", "Tags", "Jobs tagged {0}", site.Tags, Views, hasFeeds: true);
        AddTaxonomy(pages, site, siteView, "/companies/", "Companies", "Jobs at {0}", site.Companies, Views, hasFeeds: true);
        AddTaxonomy(pages, site, siteView, "/locations/", "Locations", "Jobs in {0}", site.Locations, Views, hasFeeds: false);
        pages.Add(("search/index.html", theme.Render("search", new SearchPage(siteView,
            Meta(site, "Search jobs", $"Search {site.Open.Length} open positions by skill, company and place.", "/search/"), "Search jobs"))));
        pages.Add(("404.html", theme.Render("404", new NotFoundPage(siteView,
            Meta(site, "Page not found", "This page does not exist.", "/404.html", noIndex: true)))));

        var diagnostics = pages.SelectMany(p => p.Html.Diagnostics.IsDefault ? [] : p.Html.Diagnostics)
            .Distinct().OrderBy(d => d.File, StringComparer.Ordinal).ToImmutableArray();
        var files = pages.Where(p => p.Html.Value is not null)
            .Select(p => OutputFile.Text(p.Path, p.Html.Value!))
            .OrderBy(f => f.Path, StringComparer.Ordinal);
        return new([.. files], diagnostics);
    }

    private void AddTaxonomy(
        ConcurrentBag<(string, Outcome<string>)> pages, SiteModel site, SiteView siteView, string root, string heading,
        string titleFormat, ImmutableArray<Listing> listings, Func<IEnumerable<Posting>, ImmutableArray<JobView>> views, bool hasFeeds)
    {
        var terms = listings.Select(l => new LinkView(l.Name, root + l.Slug + "/", l.Postings.Length))
            .OrderBy(l => l.Name, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Url, StringComparer.Ordinal);
        var description = $"{listings.Length} {heading.ToLowerInvariant()} with open positions.";
        pages.Add((Index(root), theme.Render("terms", new TermsPage(siteView, Meta(site, heading, description, root), heading, [.. terms]))));
        foreach (var listing in listings)
        {
            var title = string.Format(System.Globalization.CultureInfo.InvariantCulture, titleFormat, listing.Name);
            AddList(pages, site, siteView, root + listing.Slug + "/", title, title,
                $"{listing.Postings.Length} open positions.", views(listing.Postings), hasFeeds);
        }
    }

    /// <summary>A paged list: page 1 at <paramref name="root"/>, page N at <c>{root}page/N/</c>.</summary>
    private void AddList(
        ConcurrentBag<(string, Outcome<string>)> pages, SiteModel site, SiteView siteView, string root, string heading,
        string title, string description, ImmutableArray<JobView> jobs, bool hasFeed)
    {
        var size = site.Config.PageSize;
        var count = Math.Max(1, (jobs.Length + size - 1) / size);
        for (var page = 1; page <= count; page++)
        {
            var url = PageUrl(root, page);
            var pager = count == 1 ? null : new PagerView(page, count,
                page > 1 ? PageUrl(root, page - 1) : null, page < count ? PageUrl(root, page + 1) : null);
            var pageTitle = page == 1 ? title : $"{title} (page {page})";
            var meta = Meta(site, pageTitle, description, url) with { Feed = hasFeed ? AtomFeedWriter.FeedPath(root) : null };
            var model = new ListPage(siteView, meta, heading, page == 1 ? description : null,
                [.. jobs.Skip((page - 1) * size).Take(size)], pager);
            pages.Add((Index(url), theme.Render("list", model)));
        }
    }

    private static string PageUrl(string root, int page) => page == 1 ? root : $"{root}page/{page}/";

    /// <summary>Page titles end with the site's name, except the home page's, which is the name.</summary>
    private static PageMeta Meta(SiteModel site, string title, string description, string path, bool noIndex = false) =>
        new(title == site.Config.Title ? title : $"{title} · {site.Config.Title}", description, site.Config.Absolute(path), noIndex);

    private static string Index(string url) => url.TrimStart('/') + "index.html";
}
