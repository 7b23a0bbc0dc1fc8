using System.Collections.Immutable;
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
    private readonly JobViewBuilder builder;

    private JobViews(Dictionary<string, Made> views, JobViewBuilder builder)
    {
        this.views = views;
        this.builder = builder;
    }

    /// <summary>
    /// One posting's view as a build made it. With a memo it also keeps what the view was made from
    /// (the posting, its file's content hash, closed or not, which of its link pages exist) and what
    /// was made from the view (its page, its search terms), so the next build reuses all of it for the
    /// same slug: at once when it is the same posting object, open or on a site with the same link pages
    /// (a rebuild's unchanged files give the same objects), else when the content hash, closed and links
    /// are the same (a posting whose slug the site changed is a new object every build). Comparing them
    /// costs less than building and looking up string keys for each of ten thousand postings.
    /// </summary>
    /// <param name="Links">Which link pages exist (<see cref="JobViewBuilder.Links"/>).</param>
    private sealed record Made(JobView View, string? Key, object? Products = null, Posting? Source = null, string? Hash = null,
        bool Closed = false, string? Links = null);

    /// <summary>The view without its body (<see cref="JobView.BodyHtml"/> and <see cref="JobView.BodyText"/> are empty).</summary>
    public JobView this[string slug] => views[slug].View;

    /// <summary>A short token for the memo key of a posting's view (everything it was made from), or null
    /// when the build keeps no memo; pages, feeds and the search index build their keys from it.</summary>
    public string? Key(string slug) => views[slug].Key;

    /// <summary>The postings a list page or feed shows, and their views' keys, as a build showed them.</summary>
    public sealed record Shown(ImmutableArray<Posting> Postings, string?[] Keys);

    /// <summary>
    /// These postings as this build shows them, and whether they show as in <paramref name="last"/>: the
    /// same posting objects (an open posting's view depends on nothing else, so no key is looked up),
    /// or else postings whose views have the same keys.
    /// </summary>
    public (Shown Now, bool Same) Show(ImmutableArray<Posting> postings, Shown? last)
    {
        if (last is not null && RenderMemo.Same<Posting>(last.Postings.AsSpan(), postings.AsSpan()))
        {
            return (last, true);
        }

        var keys = new string?[postings.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = Key(postings[i].Slug);
        }

        return (new Shown(postings, keys), last is not null && RenderMemo.Same<string>(last.Keys, keys));
    }

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
        var last = kept?.Value;
        var sameLinkPages = last is not null && builder.SameLinkPages(last.builder);

        // Results go to an array by number and into the dictionary afterwards, on one thread: two
        // threads inserting ten thousand entries into a concurrent dictionary mostly wait on its locks.
        var all = site.All.ToArray();
        var made = new Made[all.Length];
        Parallel.For(0, all.Length, i =>
        {
            var posting = all[i];
            var closed = i >= site.Open.Length;
            if (memo is null)
            {
                var full = builder.Build(posting, closed);
                use(i, make(i, posting, full, null));
                made[i] = new Made(full with { BodyHtml = "", BodyText = "" }, null);
                return;
            }

            var entry = last?.views.GetValueOrDefault(posting.Slug) is { Products: not null } before && before.Closed == closed ? before : null;
            // An open posting's links depend on nothing else: it makes its own tag, company and location pages exist.
            if (!(ReferenceEquals(entry?.Source, posting) && (!closed || sameLinkPages)))
            {
                var hash = memo.SourceHash(posting.File);
                var links = builder.Links(posting);
                if (entry is not null && hash is not null && string.Equals(entry.Hash, hash, StringComparison.Ordinal)
                    && string.Equals(entry.Links, links, StringComparison.Ordinal))
                {
                    entry = entry with { Source = posting };
                }
                else
                {
                    var full = builder.Build(posting, closed);
                    var key = hash is null ? null : memo.NewToken();
                    entry = new Made(full with { BodyHtml = "", BodyText = "" }, key, make(i, posting, full, key), posting, hash, closed, links);
                }
            }

            use(i, (T)entry.Products!);
            made[i] = entry;
        });

        var views = new Dictionary<string, Made>(all.Length, StringComparer.Ordinal);
        for (var i = 0; i < all.Length; i++)
        {
            views[all[i].Slug] = made[i];
        }

        var result = new JobViews(views, builder);
        if (kept is not null)
        {
            kept.Value = result;
        }

        return result;
    }
}
