using System.Collections.Concurrent;
using System.Collections.Immutable;
using JobBoard.Model;
using JobBoard.Render;
using JobBoard.Site;

namespace JobBoard.Output;

/// <summary>
/// The entries of a build's feeds, each posting's made once: a posting is in about ten feeds (the board's, its
/// tags', company's, places'...) and each feed is written in two formats. Safe to use from several threads.
/// </summary>
public sealed class FeedItems(SiteModel site, JobViews views, Translation text)
{
    private readonly ConcurrentDictionary<Posting, Feed.Item> made = new(ReferenceEqualityComparer.Instance);

    /// <summary>The feed's entries, newest first, with their text made safe for both formats.</summary>
    public ImmutableArray<Feed.Item> Of(Feed feed) => [.. feed.Entries.Select(posting => made.GetOrAdd(posting, Make))];

    private Feed.Item Make(Posting posting) => new(
        site.Config.Absolute(SiteModel.JobPath(posting)),
        Feed.PlainText(posting.Company is null ? posting.Title! : text.Text("job.title", ("title", posting.Title), ("company", posting.Company.Name))),
        posting.DatePosted,
        posting.Tags,
        Feed.PlainText(views[posting.Slug].Summary));
}
