using System.Collections.Frozen;

namespace JobBoard.Site;

/// <summary>
/// The paths the site publishes or may publish as it grows: every file at the root (/feed.xml, /feed.json, /jobs.json...),
/// every section (/page/2/, /tags/..., /companies/..., /locations/..., /remote/..., /employment/..., /search/..., /assets/...), /jobs/
/// itself, each posting's page and each page of <c>input/pages/</c> (<c>/about/</c>). A <c>redirect_from</c> path may be none of them: a rule in _redirects would
/// take over a page of the site (a test builds the sample board and checks that every file it writes is here).
/// </summary>
internal static class PublishedPaths
{
    /// <summary>First segments the site owns whole; compared ignoring case, as URLs on a case-insensitive host are.</summary>
    private static readonly FrozenSet<string> Owned = new[]
    {
        "index.html", "404.html", "feed.xml", "feed.json", "jobs.json", "sitemap.xml", "robots.txt", "_redirects",
        "page", "tags", "companies", "locations", "remote", "employment", "search", "assets", "logos",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Slugs a page of <c>input/pages/</c> may not take besides the site's sections and files (<see cref="Contains"/>,
    /// <c>/jobs/</c> among them): names users expect to be the site's own.</summary>
    private static readonly FrozenSet<string> ReservedForPages = new[] { "feeds", "404" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <param name="path">A site path such as <c>/jobs/old-slug/</c>.</param>
    /// <param name="jobSlugs">The slugs of every posting on the site, open or closed.</param>
    /// <param name="pageSlugs">The slugs of the pages of <c>input/pages/</c>.</param>
    public static bool Contains(string path, IReadOnlySet<string> jobSlugs, IEnumerable<string>? pageSlugs = null)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length == 0
            || Owned.Contains(segments[0])
            || (pageSlugs ?? []).Contains(segments[0], StringComparer.OrdinalIgnoreCase)
            || (string.Equals(segments[0], "jobs", StringComparison.OrdinalIgnoreCase) && (segments.Length == 1 || jobSlugs.Contains(segments[1])));
    }

    /// <summary>Whether a page of <c>input/pages/</c> may not have this slug: a section or file of the site has it.</summary>
    public static bool IsReservedForPages(string slug) => ReservedForPages.Contains(slug) || Contains("/" + slug + "/", new HashSet<string>());
}
