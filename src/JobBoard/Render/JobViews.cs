using System.Collections.Concurrent;
using JobBoard.Model;
using JobBoard.Site;

namespace JobBoard.Render;

/// <summary>
/// The view of every posting by slug, built in parallel (Markdown rendering is the costly part),
/// each with the memo key that names everything it was made from (null when not memoized).
/// Views are kept without their body: only the job page and the search index read it, and they
/// get the full view as it is built (on a 100,000-posting board the bodies would take gigabytes).
/// </summary>
public sealed class JobViews
{
    private readonly ConcurrentDictionary<string, (JobView View, string? Key)> views = new(StringComparer.Ordinal);

    private JobViews()
    {
    }

    /// <summary>The view without its body (<see cref="JobView.BodyHtml"/> and <see cref="JobView.BodyText"/> are empty).</summary>
    public JobView this[string slug] => views[slug].View;

    /// <summary>A short token for the memo key of a posting's view (everything it was made from), or null
    /// when the build keeps no memo; pages, feeds and the search index build their keys from it.</summary>
    public string? Key(string slug) => views[slug].Key;

    /// <param name="built">Given each posting's full view and key, from several threads at once.</param>
    public static JobViews Build(SiteModel site, JobViewBuilder builder, RenderMemo? memo, Action<Posting, JobView, string?> built)
    {
        var result = new JobViews();
        void Add(Posting posting, bool closed)
        {
            var key = memo?.SourceHash(posting.File) is { } hash ? "view|" + builder.CacheKey(posting, closed, hash) : null;
            var (view, token) = memo is null || key is null
                ? (builder.Build(posting, closed), null)
                : memo.GetOrAdd(key, () => (builder.Build(posting, closed), memo.NewToken()));
            built(posting, view, token);
            result.views[posting.Slug] = (view with { BodyHtml = "", BodyText = "" }, token);
        }

        Parallel.ForEach(site.Open, posting => Add(posting, closed: false));
        Parallel.ForEach(site.Closed, posting => Add(posting, closed: true));
        return result;
    }
}
