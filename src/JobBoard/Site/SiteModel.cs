using System.Collections.Immutable;
using JobBoard.Model;

namespace JobBoard.Site;

/// <summary>A named group of open postings with its own page: a tag, a company or a place.</summary>
/// <param name="Slug">The URL segment, <c>[a-z0-9-]</c>.</param>
/// <param name="Postings">Newest first.</param>
public sealed record Listing(string Slug, string Name, ImmutableArray<Posting> Postings);

/// <summary>
/// The whole board after validation: the only thing indexes, feeds and search read.
/// Every posting here has a title and a unique slug.
/// </summary>
/// <param name="Now">The build's notion of today, which decides expiry (never the wall clock).</param>
/// <param name="Open">Published postings, newest first.</param>
/// <param name="Closed">Archived or expired postings: they keep a page and leave every list.</param>
public sealed record SiteModel(
    SiteConfig Config,
    DateOnly Now,
    ImmutableArray<Posting> Open,
    ImmutableArray<Posting> Closed,
    ImmutableArray<Listing> Tags,
    ImmutableArray<Listing> Companies,
    ImmutableArray<Listing> Locations,
    ImmutableArray<Posting> Remote)
{
    /// <summary>The files of the postings closed for more than <see cref="SiteConfig.KeepClosedDays"/>: left out of the
    /// site, without a page; ordinal order.</summary>
    public ImmutableArray<string> Retired { get; init; } = [];

    /// <summary>The open postings of each employment type that has any, by its value (<c>full-time</c>), which is the
    /// listing's slug and name (<see cref="FacetListings"/>).</summary>
    public ImmutableArray<Listing> Employment { get; init; } = [];

    /// <summary>The tag pages within <c>/remote/</c> and within each place that list at least
    /// <see cref="SiteConfig.PairMinimum"/> postings, in path order (<see cref="FacetListings"/>).</summary>
    public ImmutableArray<TagPair> Pairs { get; init; } = [];

    public IEnumerable<Posting> All => Open.Concat(Closed);

    /// <summary>The search page that answers a query naming <paramref name="tag"/> without JavaScript: <c>/search/for/rust/</c>.</summary>
    public static string SearchForPath(Listing tag) => "/search/for/" + tag.Slug + "/";

    public static string JobPath(Posting posting) => $"/jobs/{posting.Slug}/";

    public static string TagPath(string slug) => $"/tags/{slug}/";

    public static string CompanyPath(string slug) => $"/companies/{slug}/";

    public static string LocationPath(string slug) => $"/locations/{slug}/";

    public const string RemotePath = "/remote/";

    public static string EmploymentPath(string slug) => $"/employment/{slug}/";

    /// <summary>The feed path of a listing page: <c>/tags/go/</c> → <c>/tags/go/feed.xml</c>.</summary>
    public static string FeedPath(string listingPath) => listingPath + "feed.xml";

    /// <summary>The JSON Feed beside the Atom one: <c>/tags/go/</c> → <c>/tags/go/feed.json</c>.</summary>
    public static string JsonFeedPath(string listingPath) => listingPath + "feed.json";
}
