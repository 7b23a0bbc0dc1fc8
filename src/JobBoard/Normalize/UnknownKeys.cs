using System.Collections.Frozen;
using JobBoard.Model;

namespace JobBoard.Normalize;

/// <summary>
/// Keys that are not posting fields. Those ordinary in boards' schemas (Jekyll's <c>layout</c> and
/// <c>permalink</c>, Staticman's <c>_id</c>, pythonjobs' <c>contact.*</c>, Hugo's <c>weight</c>, a
/// scraper's <c>meta.*</c>) are kept for templates without a word. Any other unknown key is kept
/// too: a run names them once, in one summary line, instead of warning in every file; only a key
/// close to a known spelling (a typo) is warned about where it is written.
/// </summary>
public static class UnknownKeys
{
    /// <summary>First segments of keys that boards' templates use; matched ignoring case.</summary>
    private static readonly FrozenSet<string> TemplateKeys = new[]
    {
        "layout", "permalink", "_id", "id", "uuid", "shortId", "draft", "weight", "categories", "category_slug",
        "author", "authors", "thumbnail", "image", "images", "lang", "language", "translationKey", "leverId",
        "contact", "contacts", "meta", "sitemap", "menu", "comments", "published_by", "github_handle", "license",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many keys the summary names before "and N more".</summary>
    private const int MaxShown = 12;

    /// <summary>Whether a key belongs to a board's schema for templates (<c>layout</c>, <c>contact.name</c>).</summary>
    public static bool IsTemplateKey(string key)
    {
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        return TemplateKeys.Contains(dot < 0 ? key : key[..dot]);
    }

    /// <summary>
    /// One line naming the unknown keys of some postings, most used first, e.g. "unknown keys kept for
    /// templates: thumbnail (15 postings), contrat (1 posting)"; null when there are none.
    /// </summary>
    public static string? Summary(IEnumerable<Posting> postings)
    {
        var counts = postings
            .SelectMany(p => p.Extra.Keys)
            .GroupBy(k => k, StringComparer.Ordinal)
            .Where(g => !IsTemplateKey(g.Key) && KeyAliases.Suggest(g.Key) is null) // once per key, not per posting
            .Select(g => (Key: g.Key, Count: g.Count()))
            .OrderByDescending(k => k.Count).ThenBy(k => k.Key, StringComparer.Ordinal)
            .ToList();
        if (counts.Count == 0)
        {
            return null;
        }

        var shown = string.Join(", ", counts.Take(MaxShown).Select(k => $"{k.Key} ({k.Count} {(k.Count == 1 ? "posting" : "postings")})"));
        var more = counts.Count > MaxShown ? $" and {counts.Count - MaxShown} more" : "";
        return $"unknown keys kept for templates: {shown}{more}";
    }
}
