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
    private readonly Dictionary<string, (JobView View, string? Key)> views;

    private JobViews(Dictionary<string, (JobView View, string? Key)> views) => this.views = views;

    /// <summary>The view without its body (<see cref="JobView.BodyHtml"/> and <see cref="JobView.BodyText"/> are empty).</summary>
    public JobView this[string slug] => views[slug].View;

    /// <summary>A short token for the memo key of a posting's view (everything it was made from), or null
    /// when the build keeps no memo; pages, feeds and the search index build their keys from it.</summary>
    public string? Key(string slug) => views[slug].Key;

    /// <param name="built">Given each posting's number in <see cref="SiteModel.All"/> (open postings first,
    /// so an open posting's number is its place in <see cref="SiteModel.Open"/>), the posting, its full
    /// view and key; called from several threads at once.</param>
    public static JobViews Build(SiteModel site, JobViewBuilder builder, RenderMemo? memo, Action<int, Posting, JobView, string?> built)
    {
        // Results go to an array by number and into the dictionary afterwards, on one thread: two
        // threads inserting ten thousand entries into a concurrent dictionary mostly wait on its locks.
        var all = site.All.ToArray();
        var made = new (JobView View, string? Key)[all.Length];
        Parallel.For(0, all.Length, i =>
        {
            var posting = all[i];
            var closed = i >= site.Open.Length;
            var key = memo?.SourceHash(posting.File) is { } hash ? "view|" + builder.CacheKey(posting, closed, hash) : null;
            var (view, token) = memo is null || key is null
                ? (builder.Build(posting, closed), null)
                : memo.GetOrAdd(key, () => (builder.Build(posting, closed), memo.NewToken()));
            built(i, posting, view, token);
            made[i] = (view with { BodyHtml = "", BodyText = "" }, token);
        });

        var views = new Dictionary<string, (JobView View, string? Key)>(all.Length, StringComparer.Ordinal);
        for (var i = 0; i < all.Length; i++)
        {
            views[all[i].Slug] = made[i];
        }

        return new JobViews(views);
    }
}
