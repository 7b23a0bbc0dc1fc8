using System.Collections.Concurrent;
using System.Collections.Immutable;
using JobBoard.Model;
using JobBoard.Output;
using JobBoard.Site;

namespace JobBoard.Render;

/// <summary>
/// The render stage: every HTML page of the site from the <see cref="SiteModel"/>, through the
/// theme's templates, handed to <paramref name="emit"/> as soon as it is made (so a big site never
/// waits in memory). Job pages come one by one, as their views are built; lists reuse the job
/// views. With a <see cref="RenderMemo"/>, a page whose inputs did not change since the last build
/// is reused. Safe to call from several threads.
/// </summary>
public sealed class SiteRenderer(Theme theme, SiteModel site, Action<OutputFile> emit, RenderMemo? memo = null)
{
    private readonly SiteView siteView = new(site.Config.Title, site.Config.Description, site.Config.BaseUrl,
        site.Config.Language, theme.AssetUrls.GetValueOrDefault("style.css", ""), theme.AssetUrls.GetValueOrDefault("search.js", ""));

    private readonly ConcurrentBag<Diagnostic> diagnostics = [];

    /// <summary>Template errors so far, sorted by file; any means some page is missing.</summary>
    public ImmutableArray<Diagnostic> Diagnostics =>
        [.. diagnostics.Distinct().OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Message, StringComparer.Ordinal)];

    /// <summary>A posting's own page.</summary>
    /// <param name="job">The full view, with the body.</param>
    /// <param name="viewKey">The view's memo key (<see cref="JobViews.Key"/>).</param>
    public void JobPage(Posting posting, JobView job, string? viewKey) =>
        Page(Index(job.Url), viewKey is null ? null : "job|" + viewKey, () =>
        {
            var meta = Meta(job.Company is null ? job.Title : $"{job.Title} at {job.Company}", job.Summary, job.Url, job.Closed) with
            {
                Type = "article",
                JsonLd = job.Closed ? null : JobPostingJsonLd.Build(posting, job.BodyHtml, site.Config),
            };
            return theme.Render("job", new JobPage(siteView, meta, job));
        });

    /// <summary>Every page but the job pages: home and remote lists, taxonomy indexes and lists, search, 404.</summary>
    public void Lists(JobViews jobViews)
    {
        ImmutableArray<JobView> Views(IEnumerable<Posting> postings) => [.. postings.Select(p => jobViews[p.Slug])];
        string? Keys(IEnumerable<Posting> postings)
        {
            var keys = postings.Select(p => jobViews.Key(p.Slug)).ToList();
            return keys.Any(k => k is null) ? null : string.Join(",", keys);
        }

        var lists = new List<Action>
        {
            () => AddList("/", "Latest jobs", site.Config.Title, site.Config.Description, site.Open, Views, Keys, hasFeed: true),
            () => AddList("/remote/", "Remote jobs", "Remote jobs",
                $"{site.Remote.Length} open remote positions.", site.Remote, Views, Keys, hasFeed: false),
        };
        lists.AddRange(Taxonomy("/tags/", "Tags", "Jobs tagged {0}", site.Tags, Views, Keys, hasFeeds: true));
        lists.AddRange(Taxonomy("/companies/", "Companies", "Jobs at {0}", site.Companies, Views, Keys, hasFeeds: true));
        lists.AddRange(Taxonomy("/locations/", "Locations", "Jobs in {0}", site.Locations, Views, Keys, hasFeeds: false));
        Parallel.ForEach(lists, add => add());
        Page("search/index.html", null, () => theme.Render("search", new SearchPage(siteView,
            Meta("Search jobs", $"Search {site.Open.Length} open positions by skill, company and place.", "/search/"), "Search jobs")));
        Page("404.html", null, () => theme.Render("404", new NotFoundPage(siteView,
            Meta("Page not found", "This page does not exist.", "/404.html", noIndex: true))));
    }

    /// <summary>One page, from the memo when its key (every input but the settings, the page's path
    /// included: a job page's view names its URL) was rendered before.</summary>
    private void Page(string path, string? key, Func<Outcome<string>> render)
    {
        Outcome<OutputFile> Make()
        {
            var html = render();
            return new(html.Value is null ? null : OutputFile.Text(path, html.Value), html.Diagnostics);
        }

        var page = memo is null || key is null ? Make() : memo.GetOrAdd(key, Make);
        foreach (var diagnostic in page.Diagnostics.IsDefault ? [] : page.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        if (page.Value is not null)
        {
            emit(page.Value);
        }
    }

    /// <summary>The index page of a taxonomy now, and one paged list per term to add later.</summary>
    private IEnumerable<Action> Taxonomy(
        string root, string heading,
        string titleFormat, ImmutableArray<Listing> listings, Func<IEnumerable<Posting>, ImmutableArray<JobView>> views,
        Func<IEnumerable<Posting>, string?> keys, bool hasFeeds)
    {
        var terms = listings.Select(l => new LinkView(l.Name, root + l.Slug + "/", l.Postings.Length))
            .OrderBy(l => l.Name, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Url, StringComparer.Ordinal).ToList();
        var description = $"{listings.Length} {heading.ToLowerInvariant()} with open positions.";
        var termsKey = memo is null ? null : $"terms|{root}|" + string.Join("\u001f", terms.Select(t => $"{t.Name}|{t.Url}|{t.Count}"));
        Page(Index(root), termsKey, () =>
            theme.Render("terms", new TermsPage(siteView, Meta(heading, description, root), heading, [.. terms])));
        return listings.Select<Listing, Action>(listing => () =>
        {
            var title = string.Format(System.Globalization.CultureInfo.InvariantCulture, titleFormat, listing.Name);
            AddList(root + listing.Slug + "/", title, title,
                $"{listing.Postings.Length} open positions.", listing.Postings, views, keys, hasFeeds);
        });
    }

    /// <summary>A paged list: page 1 at <paramref name="root"/>, page N at <c>{root}page/N/</c>.</summary>
    private void AddList(
        string root, string heading, string title, string description, ImmutableArray<Posting> postings, Func<IEnumerable<Posting>, ImmutableArray<JobView>> views,
        Func<IEnumerable<Posting>, string?> keys, bool hasFeed)
    {
        var size = site.Config.PageSize;
        var count = Math.Max(1, (postings.Length + size - 1) / size);
        for (var page = 1; page <= count; page++)
        {
            var url = PageUrl(root, page);
            var pager = count == 1 ? null : new PagerView(page, count,
                page > 1 ? PageUrl(root, page - 1) : null, page < count ? PageUrl(root, page + 1) : null);
            var pageTitle = page == 1 ? title : $"{title} (page {page})";
            var onPage = postings.Skip((page - 1) * size).Take(size).ToList();
            var key = keys(onPage) is { } jobKeys ? $"list|{url}|{heading}|{title}|{description}|{hasFeed}|{page}/{count}|{jobKeys}" : null;
            Page(Index(url), key, () =>
            {
                var meta = Meta(pageTitle, description, url) with { Feed = hasFeed ? AtomFeedWriter.FeedPath(root) : null };
                return theme.Render("list", new ListPage(siteView, meta, heading, page == 1 ? description : null, views(onPage), pager));
            });
        }
    }

    private static string PageUrl(string root, int page) => page == 1 ? root : $"{root}page/{page}/";

    /// <summary>Page titles end with the site's name, except the home page's, which is the name.</summary>
    private PageMeta Meta(string title, string description, string path, bool noIndex = false) =>
        new(title == site.Config.Title ? title : $"{title} · {site.Config.Title}", description, site.Config.Absolute(path), noIndex);

    private static string Index(string url) => url.TrimStart('/') + "index.html";
}
