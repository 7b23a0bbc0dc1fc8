using System.Collections.Immutable;
using JobBoard.Site;

namespace JobBoard.Render;

/// <summary>
/// The links between single-facet lists and their tag pairs (<see cref="TagPair"/>), shown on a list's first page:
/// a tag's page links its remote jobs, <c>/remote/</c> and each place's page their top tags, and a pair's page both
/// lists it narrows. Only to pairs the site has a page for.
/// </summary>
public sealed class RelatedLinks(SiteModel site, Translation text)
{
    /// <summary>How many tags a place's or the remote page names at most.</summary>
    private const int TopTags = 10;

    private readonly Dictionary<string, Listing> tags = site.Tags.ToDictionary(t => t.Slug, StringComparer.Ordinal);

    private readonly Dictionary<string, Listing> places = site.Locations.ToDictionary(l => l.Slug, StringComparer.Ordinal);

    /// <summary>The pairs within each list (<see cref="TagPair.WithinPath"/>).</summary>
    private readonly ILookup<string, TagPair> pairsWithin = site.Pairs.ToLookup(p => p.WithinPath, StringComparer.Ordinal);

    private readonly Dictionary<string, TagPair> remoteByTag = site.Pairs.Where(p => p.PlaceSlug is null).ToDictionary(p => p.Tag.Slug, StringComparer.Ordinal);

    /// <summary>A tag's page: its remote jobs, when they have a page.</summary>
    public RelatedView? OfTag(Listing tag) =>
        remoteByTag.TryGetValue(tag.Slug, out var remote)
            ? new RelatedView(text.Text("related.narrow", ("name", tag.Name)), [new LinkView(text.Text("related.remoteOnly"), remote.Path, remote.Tag.Postings.Length)])
            : null;

    /// <summary>A place's page: its top tags.</summary>
    public RelatedView? OfPlace(Listing place) => Top(SiteModel.LocationPath(place.Slug), text.Text("related.topTagsIn", ("name", place.Name)));

    /// <summary>The remote page: its top tags.</summary>
    public RelatedView? OfRemote() => Top(SiteModel.RemotePath, text.Text("related.topRemoteTags"));

    /// <summary>A pair's page: the two lists it narrows.</summary>
    public RelatedView OfPair(TagPair pair)
    {
        var within = pair.PlaceSlug is { } slug
            ? new LinkView(text.Text("locations.title", ("name", pair.PlaceName)), pair.WithinPath, places[slug].Postings.Length)
            : new LinkView(text.Text("remote.heading"), pair.WithinPath, site.Remote.Length);
        var tag = tags[pair.Tag.Slug];
        return new RelatedView(text.Text("related.seeAlso"), [within, new LinkView(text.Text("tags.title", ("name", tag.Name)), SiteModel.TagPath(tag.Slug), tag.Postings.Length)]);
    }

    /// <summary>The pairs within a list with the most postings, then by name.</summary>
    private RelatedView? Top(string withinPath, string label)
    {
        var top = pairsWithin[withinPath].OrderByDescending(p => p.Tag.Postings.Length).ThenBy(p => p.Tag.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Tag.Slug, StringComparer.Ordinal).Take(TopTags).Select(p => new LinkView(p.Tag.Name, p.Path, p.Tag.Postings.Length)).ToImmutableArray();
        return top.IsEmpty ? null : new RelatedView(label, top);
    }
}
