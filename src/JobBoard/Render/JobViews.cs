using System.Runtime.CompilerServices;
using JobBoard.Model;
using JobBoard.Site;

namespace JobBoard.Render;

/// <summary>
/// The view of every posting by slug, built in parallel (Markdown rendering is the costly part),
/// each with the memo key that names everything it was made from (null when not memoized).
/// Views are kept without their body: only the job page and the search index read it, and they
/// are made from the full view as it is built (on a 100,000-posting board the bodies would take
/// gigabytes).
/// </summary>
public sealed class JobViews
{
    private readonly Dictionary<string, Made> views;

    private JobViews(Dictionary<string, Made> views) => this.views = views;

    /// <summary>
    /// One posting's view as a build made it. With a memo it also keeps what the view was made from
    /// (the file's content hash, closed or not, which link pages exist) and what was made from the
    /// view (its page, its search terms), so the next build reuses all of it for the same slug when
    /// these are the same: comparing them costs less than building and looking up string keys for
    /// each of ten thousand postings.
    /// </summary>
    /// <param name="Links">Closed or not, and which link pages exist (<see cref="JobViewBuilder.Links"/>).</param>
    private sealed record Made(JobView View, string? Key, object? Products = null, string? Hash = null, string? Links = null)
    {
        public bool Makes(string hash, string links) =>
            Products is not null && string.Equals(Hash, hash, StringComparison.Ordinal) && string.Equals(Links, links, StringComparison.Ordinal);
    }

    /// <summary>The view without its body (<see cref="JobView.BodyHtml"/> and <see cref="JobView.BodyText"/> are empty).</summary>
    public JobView this[string slug] => views[slug].View;

    /// <summary>A short token for the memo key of a posting's view (everything it was made from), or null
    /// when the build keeps no memo; pages, feeds and the search index build their keys from it.</summary>
    public string? Key(string slug) => views[slug].Key;

    /// <param name="make">Makes what a posting's full view is needed for (its page, its search terms),
    /// given the posting's number in <see cref="SiteModel.All"/> (open postings first, so an open
    /// posting's number is its place in <see cref="SiteModel.Open"/>), the posting, the full view and
    /// its key; called from several threads at once, and with a memo only for views that changed.</param>
    /// <param name="use">Given each posting's number and products, made or reused; called from several threads at once.</param>
    public static JobViews Build<T>(SiteModel site, JobViewBuilder builder, RenderMemo? memo,
        Func<int, Posting, JobView, string?, T> make, Action<int, T> use)
        where T : class
    {
        var kept = memo?.GetOrAdd("views|last", () => new StrongBox<JobViews?>());
        var last = kept?.Value?.views;

        // Results go to an array by number and into the dictionary afterwards, on one thread: two
        // threads inserting ten thousand entries into a concurrent dictionary mostly wait on its locks.
        var all = site.All.ToArray();
        var made = new Made[all.Length];
        Parallel.For(0, all.Length, i =>
        {
            var posting = all[i];
            var closed = i >= site.Open.Length;
            if (memo?.SourceHash(posting.File) is not { } hash)
            {
                var full = builder.Build(posting, closed);
                use(i, make(i, posting, full, null));
                made[i] = new Made(full with { BodyHtml = "", BodyText = "" }, null);
                return;
            }

            var links = builder.Links(posting, closed);
            if (last is null || !last.TryGetValue(posting.Slug, out var entry) || !entry.Makes(hash, links))
            {
                var full = builder.Build(posting, closed);
                var key = memo.NewToken();
                entry = new Made(full with { BodyHtml = "", BodyText = "" }, key, make(i, posting, full, key), hash, links);
            }

            use(i, (T)entry.Products!);
            made[i] = entry;
        });

        var views = new Dictionary<string, Made>(all.Length, StringComparer.Ordinal);
        for (var i = 0; i < all.Length; i++)
        {
            views[all[i].Slug] = made[i];
        }

        var result = new JobViews(views);
        if (kept is not null)
        {
            kept.Value = result;
        }

        return result;
    }
}
