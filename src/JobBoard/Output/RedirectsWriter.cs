using System.Text;
using JobBoard.Site;

namespace JobBoard.Output;

/// <summary>
/// Netlify's <c>_redirects</c>: every old URL a posting lists in <c>redirect_from</c> (set it when a
/// posting's slug is renamed) answers with a permanent redirect to the posting's page. Closed
/// postings keep their redirects, since their pages stay. The paths are plain by then (no Netlify
/// syntax, see <see cref="Normalize.RedirectNormalizer"/>) and none is a page of the site (the site model
/// holds no posting that names one).
/// Then a search that names a tag (<c>/search/?q=rust</c>, other parameters allowed) is served the search
/// page made for it (<see cref="SiteModel.SearchForPath"/>), which shows the query and links the tag's page
/// to a browser without JavaScript. Netlify matches a query value exactly and with case, so each tag gets
/// a rule per spelling a visitor types (slug, name, name in lower case) that needs no escaping in a URL.
/// </summary>
public static class RedirectsWriter
{
    public const string FileName = "_redirects";

    public static OutputFile Write(SiteModel site)
    {
        var text = new StringBuilder("# Generated from the postings' redirect_from keys and the tags.\n");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Few postings have any: sorting every posting of a large board would cost more than the rest.
        foreach (var posting in site.All.Where(p => p.RedirectFrom.Length > 0).OrderBy(p => p.Slug, StringComparer.Ordinal))
        {
            var target = SiteModel.JobPath(posting);
            foreach (var from in posting.RedirectFrom)
            {
                // The first posting in slug order keeps an old URL two postings claim.
                if (seen.Add(from))
                {
                    text.Append($"{from} {target} 301\n");
                }
            }
        }

        foreach (var tag in site.Tags)
        {
            foreach (var spelling in new[] { tag.Slug, tag.Name, tag.Name.ToLowerInvariant() }.Where(UrlSafe).Distinct(StringComparer.Ordinal))
            {
                text.Append($"/search/ q={spelling} {SiteModel.SearchForPath(tag)} 200!\n");
            }
        }

        return OutputFile.Text(FileName, text.ToString());
    }

    /// <summary>Letters, digits and <c>-._~</c>: what a browser sends in a query string as it is.</summary>
    private static bool UrlSafe(string value) => value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~');
}
