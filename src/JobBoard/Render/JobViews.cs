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
    private readonly Dictionary<string, (JobView View, UInt128 Key)> views;

    /// <param name="made">The view (without its body) and key of each posting of <see cref="SiteModel.All"/>, in that order.</param>
    public JobViews(SiteModel site, IReadOnlyList<(JobView View, UInt128 Key)> made)
    {
        views = new Dictionary<string, (JobView, UInt128)>(made.Count, StringComparer.Ordinal);
        foreach (var (posting, i) in site.All.Select((p, i) => (p, i)))
        {
            views[posting.Slug] = made[i];
        }
    }

    /// <summary>The view without its body (<see cref="JobView.BodyHtml"/> and <see cref="JobView.BodyText"/> are empty).</summary>
    public JobView this[string slug] => views[slug].View;

    /// <summary>The key of the inputs the posting's view was made from.</summary>
    public UInt128 Key(Posting posting) => views[posting.Slug].Key;
}
