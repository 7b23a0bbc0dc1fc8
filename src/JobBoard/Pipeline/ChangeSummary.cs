using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using JobBoard.Model;
using JobBoard.Site;

namespace JobBoard.Pipeline;

public enum ChangeKind
{
    Added,
    Changed,
    Removed,
}

/// <summary>One page of the site that a change adds, alters or removes.</summary>
/// <param name="SitePath">The page's URL path, e.g. <c>/jobs/x/</c>.</param>
public sealed record PageChange(string SitePath, string Name, ChangeKind Kind);

/// <summary>
/// What a pull request changes on the published site: job pages added, changed and removed, and
/// the tag and company pages whose content moves with them. Compares two generated sites file by
/// file, so anything that shows on a page counts (a new salary, an expiry), and nothing else does.
/// </summary>
public sealed record ChangeSummary(ImmutableArray<PageChange> Jobs, ImmutableArray<PageChange> Tags, ImmutableArray<PageChange> Companies)
{
    public bool IsEmpty => Jobs.IsEmpty && Tags.IsEmpty && Companies.IsEmpty;

    public static ChangeSummary Compare(GeneratedSite before, GeneratedSite after)
    {
        string JobName(SiteModel? site, string slug) =>
            site?.All.FirstOrDefault(p => p.Slug == slug) is { } p ? $"{p.Title}{(p.Company is { } c ? $" at {c.Name}" : "")}" : slug;

        string ListingName(Func<SiteModel, ImmutableArray<Listing>> listings, string slug) =>
            new[] { after.Site, before.Site }.Where(s => s is not null)
                .SelectMany(s => listings(s!)).FirstOrDefault(l => l.Slug == slug)?.Name ?? slug;

        return new ChangeSummary(
            Changes(before, after, "jobs", slug => JobName(after.Site, slug) is var n && n != slug ? n : JobName(before.Site, slug)),
            Changes(before, after, "tags", slug => ListingName(s => s.Tags, slug)),
            Changes(before, after, "companies", slug => ListingName(s => s.Companies, slug)));
    }

    /// <summary>Pages under <c>/{section}/{slug}/</c> (all their files: pages 2+, feeds) compared by content hash.</summary>
    private static ImmutableArray<PageChange> Changes(GeneratedSite before, GeneratedSite after, string section, Func<string, string> name)
    {
        var old = Fingerprints(before, section);
        var now = Fingerprints(after, section);
        var changes = new List<PageChange>();
        foreach (var slug in old.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
        {
            ChangeKind? kind = (old.TryGetValue(slug, out var a), now.TryGetValue(slug, out var b)) switch
            {
                (false, true) => ChangeKind.Added,
                (true, false) => ChangeKind.Removed,
                _ when a != b => ChangeKind.Changed,
                _ => null,
            };
            if (kind is { } k)
            {
                changes.Add(new PageChange($"/{section}/{slug}/", name(slug), k));
            }
        }

        return [.. changes];
    }

    private static Dictionary<string, string> Fingerprints(GeneratedSite site, string section)
    {
        var prefix = section + "/";
        return site.Files
            .Where(f => f.Path.StartsWith(prefix, StringComparison.Ordinal) && f.Path.IndexOf('/', prefix.Length) > 0)
            .GroupBy(f => f.Path[prefix.Length..f.Path.IndexOf('/', prefix.Length)], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g =>
            {
                using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                foreach (var file in g.OrderBy(f => f.Path, StringComparer.Ordinal))
                {
                    sha.AppendData(Encoding.UTF8.GetBytes(file.Path + "\n"));
                    sha.AppendData(file.Content);
                }

                return Convert.ToHexString(sha.GetHashAndReset());
            }, StringComparer.Ordinal);
    }

    /// <summary>Markdown for a pull-request comment; links are absolute when <paramref name="baseUrl"/> is given (a deploy preview).</summary>
    public string ToMarkdown(string? baseUrl)
    {
        var text = new StringBuilder("### Changes to the site\n\n");
        if (IsEmpty)
        {
            return text.Append("No job, tag or company page changes.\n").ToString();
        }

        string Link(PageChange page) => page.Kind == ChangeKind.Removed || baseUrl is null
            ? $"`{page.SitePath}`"
            : $"[`{page.SitePath}`]({baseUrl.TrimEnd('/')}{page.SitePath})";

        if (!Jobs.IsEmpty)
        {
            text.Append($"**Job pages:** {Count(Jobs, ChangeKind.Added)} added, {Count(Jobs, ChangeKind.Changed)} changed, {Count(Jobs, ChangeKind.Removed)} removed\n\n");
            foreach (var job in Jobs.OrderBy(j => j.Kind).ThenBy(j => j.SitePath, StringComparer.Ordinal))
            {
                text.Append($"- {Word(job.Kind)}: {Escape(job.Name)} {Link(job)}\n");
            }

            text.Append('\n');
        }

        foreach (var (title, pages) in new[] { ("Tag pages affected", Tags), ("Company pages affected", Companies) })
        {
            if (!pages.IsEmpty)
            {
                text.Append($"**{title}:** ")
                    .Append(string.Join(", ", pages.Select(p => $"{Escape(p.Name)} {Link(p)}{(p.Kind == ChangeKind.Changed ? "" : $" ({Word(p.Kind)})")}")))
                    .Append("\n\n");
            }
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static int Count(ImmutableArray<PageChange> pages, ChangeKind kind) => pages.Count(p => p.Kind == kind);

    private static string Word(ChangeKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Posting titles are untrusted: keep them from becoming Markdown links, images or HTML.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text)
        {
            if ("\\`*_[]()<>#!|".Contains(c))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
