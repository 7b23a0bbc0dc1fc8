using JobBoard.Model;
using JobBoard.Site;

namespace JobBoard.Render;

/// <summary>
/// The view of every posting of a site by slug, each with the key of the inputs it was made from (see
/// the pipeline's output cache; zero in a cold build, which keeps none). Views are kept without their
/// body: only the job page and the search index read it, and they are made from the full view as it is
/// built (on a 100,000-posting board the bodies would take gigabytes).
/// </summary>
public sealed class JobViews
{
    private readonly Dictionary<string, JobView> views;

    /// <summary>Each posting object of this build's site and its view's key: lists, feeds and the sitemap look
    /// up tens of thousands of keys on every rebuild, and a posting's reference hashes faster than its slug.</summary>
    private readonly Dictionary<Posting, UInt128> keys;

    /// <param name="made">The view (without its body) and key of each posting of <see cref="SiteModel.All"/>, in that order.</param>
    public JobViews(SiteModel site, IReadOnlyList<(JobView View, UInt128 Key)> made)
    {
        views = new Dictionary<string, JobView>(made.Count, StringComparer.Ordinal);
        keys = new Dictionary<Posting, UInt128>(made.Count, ReferenceEqualityComparer.Instance);
        var i = 0;
        foreach (var posting in site.All)
        {
            views[posting.Slug] = made[i].View;
            keys[posting] = made[i++].Key;
        }
    }

    /// <summary>The view without its body (<see cref="JobView.BodyHtml"/> and <see cref="JobView.BodyText"/> are null).</summary>
    public JobView this[string slug] => views[slug];

    /// <summary>The key of the inputs the view of a posting of this site was made from.</summary>
    public UInt128 Key(Posting posting) => keys[posting];
}
