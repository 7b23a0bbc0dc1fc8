using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using JobBoard.Model;
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

    /// <summary>A posting's own page, not yet emitted (see <see cref="Emit"/>).</summary>
    /// <param name="job">The full view, with the body.</param>
    public Outcome<OutputFile> JobPage(Posting posting, JobView job) =>
        MakePage(Index(job.Url), () =>
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
        // A list page is reused when its own text and its jobs' views are the last build's: on a big board
        // thousands of list pages are checked on every rebuild, too many to build a string key for each.
        var kept = memo?.GetOrAdd("lists|last", () => new StrongBox<ConcurrentDictionary<string, ListMade>?>());
        var lists = new ListBuild(jobViews, kept?.Value, kept is null ? null : new ConcurrentDictionary<string, ListMade>(StringComparer.Ordinal));
        if (kept is not null)
        {
            kept.Value = null; // a build that fails halfway must not leave pages behind that do not go with the views
        }

        var adds = new List<Action>
        {
            () => AddList(lists, "/", "Latest jobs", site.Config.Title, site.Config.Description, site.Open, hasFeed: true),
            () => AddList(lists, "/remote/", "Remote jobs", "Remote jobs",
                $"{site.Remote.Length} open remote positions.", site.Remote, hasFeed: false),
        };
        adds.AddRange(Taxonomy(lists, "/tags/", "Tags", "Jobs tagged {0}", site.Tags, hasFeeds: true));
        adds.AddRange(Taxonomy(lists, "/companies/", "Companies", "Jobs at {0}", site.Companies, hasFeeds: true));
        adds.AddRange(Taxonomy(lists, "/locations/", "Locations", "Jobs in {0}", site.Locations, hasFeeds: false));
        Parallel.ForEach(adds, add => add());
        if (kept is not null)
        {
            kept.Value = lists.Made;
        }

        var searchDescription = $"Search {site.Open.Length} open positions by skill, company and place.";
        Page("search/index.html", "search|" + searchDescription, () => theme.Render("search", new SearchPage(siteView,
            Meta("Search jobs", searchDescription, "/search/"), "Search jobs")));
        Page("404.html", "404", () => theme.Render("404", new NotFoundPage(siteView,
            Meta("Page not found", "This page does not exist.", "/404.html", noIndex: true))));
    }

    /// <summary>A list page as a build made it: its own text (titles, pager), its jobs, the page.</summary>
    private sealed record ListMade(string Text, JobViews.Shown Jobs, Outcome<OutputFile> Page);

    /// <summary>What the list pages of one build read: the job views, and with a memo the last build's
    /// list pages by URL and this build's.</summary>
    private sealed record ListBuild(JobViews Views, ConcurrentDictionary<string, ListMade>? Last, ConcurrentDictionary<string, ListMade>? Made);

    /// <summary>One page, from the memo when its key (every input but the settings, the page's path
    /// included) was rendered before.</summary>
    private void Page(string path, string? key, Func<Outcome<string>> render) =>
        Emit(memo is null || key is null ? MakePage(path, render) : memo.GetOrAdd(key, () => MakePage(path, render)));

    private static Outcome<OutputFile> MakePage(string path, Func<Outcome<string>> render)
    {
        var html = render();
        return new(html.Value is null ? null : OutputFile.Text(path, html.Value), html.Diagnostics);
    }

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
        }
    }

    /// <summary>The index page of a taxonomy now, and one paged list per term to add later.</summary>
    private IEnumerable<Action> Taxonomy(
        ListBuild lists, string root, string heading, string titleFormat, ImmutableArray<Listing> listings, bool hasFeeds)
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
            AddList(lists, root + listing.Slug + "/", title, title, $"{listing.Postings.Length} open positions.", listing.Postings, hasFeeds);
        });
    }

    /// <summary>A paged list: page 1 at <paramref name="root"/>, page N at <c>{root}page/N/</c>.</summary>
    private void AddList(ListBuild lists, string root, string heading, string title, string description, ImmutableArray<Posting> postings, bool hasFeed)
    {
        var size = site.Config.PageSize;
        var count = Math.Max(1, (postings.Length + size - 1) / size);
        for (var page = 1; page <= count; page++)
        {
            var url = PageUrl(root, page);
            var pageTitle = page == 1 ? title : $"{title} (page {page})";
            var onPage = postings.Slice((page - 1) * size, Math.Min(size, postings.Length - (page - 1) * size));
            var current = page;
            Outcome<string> RenderList()
            {
                var pager = count == 1 ? null : new PagerView(current, count,
                    current > 1 ? PageUrl(root, current - 1) : null, current < count ? PageUrl(root, current + 1) : null);
                var meta = Meta(pageTitle, description, url) with { Feed = hasFeed ? SiteModel.FeedPath(root) : null };
                return theme.Render("list", new ListPage(siteView, meta, heading, current == 1 ? description : null,
                    [.. onPage.Select(p => lists.Views[p.Slug])], pager));
            }

            if (lists.Made is null)
            {
                Emit(MakePage(Index(url), RenderList));
                continue;
            }

            var text = $"{heading}|{pageTitle}|{description}|{hasFeed}|{page}/{count}";
            var last = lists.Last?.GetValueOrDefault(url) is { } before && before.Text == text ? before : null;
            var (jobs, same) = lists.Views.Show(onPage, last?.Jobs);
            var made = same ? last! with { Jobs = jobs } : new ListMade(text, jobs, MakePage(Index(url), RenderList));
            lists.Made[url] = made;
            Emit(made.Page);
        }
    }

    private static string PageUrl(string root, int page) => page == 1 ? root : $"{root}page/{page}/";

    /// <summary>Page titles end with the site's name, except the home page's, which is the name.</summary>
    private PageMeta Meta(string title, string description, string path, bool noIndex = false) =>
        new(title == site.Config.Title ? title : $"{title} · {site.Config.Title}", description, site.Config.Absolute(path), noIndex);

    private static string Index(string url) => url.TrimStart('/') + "index.html";
}
