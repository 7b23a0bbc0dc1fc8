using System.Collections.Immutable;
using JobBoard.Model;

namespace JobBoard.Site;

/// <summary>
/// The listings worked out from the others once the site is assembled or patched: one per employment type, and
/// the tag pairs (<see cref="TagPair"/>). Made from the model itself, so a patched site (<see cref="SiteReassembler"/>)
/// gets them right without patching them one by one: an edit that changes a posting's type is no change of its place.
/// </summary>
public static class FacetListings
{
    public static SiteModel Add(SiteModel site) => site with { Employment = Employment(site.Open), Pairs = Pairs(site) };

    /// <summary>The open postings of each employment type that has one, slug and name its value (<c>full-time</c>).</summary>
    private static ImmutableArray<Listing> Employment(ImmutableArray<Posting> open) =>
        [.. open.Where(p => p.EmploymentType is not null).GroupBy(p => p.EmploymentType!.Value.ToValue(), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new Listing(g.Key, g.Key, [.. g]))];

    /// <summary>The pairs of at least pairMinimum postings, remote ones and each place's, in path order.</summary>
    private static ImmutableArray<TagPair> Pairs(SiteModel site)
    {
        var names = site.Tags.ToDictionary(t => t.Slug, t => t.Name, StringComparer.Ordinal);
        IEnumerable<TagPair> Within(string? placeSlug, string? placeName, ImmutableArray<Posting> postings) =>
            postings.SelectMany(p => p.Tags, (posting, tag) => (posting, tag)).GroupBy(x => x.tag, StringComparer.Ordinal)
                .Where(g => g.Count() >= site.Config.PairMinimum)
                .Select(g => new TagPair(placeSlug, placeName, new Listing(g.Key, names[g.Key], [.. g.Select(x => x.posting)])));

        return [.. Within(null, null, site.Remote).Concat(site.Locations.SelectMany(place => Within(place.Slug, place.Name, place.Postings)))
            .OrderBy(pair => pair.Path, StringComparer.Ordinal)];
    }
}
