using System.Text;
using JobBoard.Site;

namespace JobBoard.Output;

/// <summary>
/// Netlify's <c>_redirects</c>: every old URL a posting lists in <c>redirect_from</c> (set it when a
/// posting's slug is renamed) answers with a permanent redirect to the posting's page. Closed
/// postings keep their redirects, since their pages stay.
/// </summary>
public static class RedirectsWriter
{
    public const string FileName = "_redirects";

    public static OutputFile Write(SiteModel site)
    {
        var text = new StringBuilder("# Generated from the postings' redirect_from keys.\n");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Few postings have any: sorting every posting of a large board would cost more than the rest.
        foreach (var posting in site.All.Where(p => p.RedirectFrom.Length > 0).OrderBy(p => p.Slug, StringComparer.Ordinal))
        {
            var target = SiteModel.JobPath(posting);
            foreach (var from in posting.RedirectFrom.Select(Path).Where(f => f != target))
            {
                // The first posting in slug order keeps an old URL two postings claim.
                if (seen.Add(from))
                {
                    text.Append($"{from} {target} 301\n");
                }
            }
        }

        return OutputFile.Text(FileName, text.ToString());
    }

    /// <summary>A site path without spaces (one line is "from to status"); full URLs keep only their path.</summary>
    private static string Path(string from)
    {
        var path = from.Trim('/');
        if (Uri.TryCreate(path, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            path = uri.AbsolutePath.Trim('/');
        }

        return "/" + string.Concat(path.Select(c => char.IsWhiteSpace(c) || char.IsControl(c) ? "%20" : c.ToString())) + (path.Length > 0 ? "/" : "");
    }
}
