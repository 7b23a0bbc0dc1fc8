using System.Collections.Concurrent;
using JobBoard.Model;
using JobBoard.Site;

namespace JobBoard.Render;

/// <summary>
/// The view of every posting by slug, built in parallel (Markdown rendering is the costly part),
/// each with the memo key that names everything it was made from (null when not memoized).
/// </summary>
public sealed class JobViews
{
    private readonly ConcurrentDictionary<string, (JobView View, string? Key)> views = new(StringComparer.Ordinal);

    private JobViews()
    {
    }

    public JobView this[string slug] => views[slug].View;

    /// <summary>A short token for the memo key of a posting's view (everything it was made from), or null
    /// when the build keeps no memo; pages, feeds and the search index build their keys from it.</summary>
    public string? Key(string slug) => views[slug].Key;

    public static JobViews Build(SiteModel site, JobViewBuilder builder, RenderMemo? memo = null)
    {
        var result = new JobViews();
        void Add(Posting posting, bool closed)
        {
            var key = memo?.SourceHash(posting.File) is { } hash ? "view|" + builder.CacheKey(posting, closed, hash) : null;
            result.views[posting.Slug] = memo is null || key is null
                ? (builder.Build(posting, closed), null)
                : memo.GetOrAdd(key, () => (builder.Build(posting, closed), memo.NewToken()));
        }

        Parallel.ForEach(site.Open, posting => Add(posting, closed: false));
        Parallel.ForEach(site.Closed, posting => Add(posting, closed: true));
        return result;
    }
}
