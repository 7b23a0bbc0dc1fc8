namespace JobBoard.Site;

/// <summary>
/// The open postings of one tag among the remote ones or among one place's: a list page of its own
/// (<c>/remote/tags/go/</c>, <c>/locations/berlin/tags/go/</c>) when at least <see cref="SiteConfig.PairMinimum"/>
/// postings have both, so a big board does not grow a page for every rare combination.
/// </summary>
/// <param name="PlaceSlug">The place's slug; null for the remote postings.</param>
/// <param name="PlaceName">The place's name as its own page names it; null for the remote postings.</param>
/// <param name="Tag">The tag's slug and name, with the postings of the pair, newest first.</param>
public sealed record TagPair(string? PlaceSlug, string? PlaceName, Listing Tag)
{
    public string Path => WithinPath + "tags/" + Tag.Slug + "/";

    /// <summary>The list the pair narrows by its tag: <c>/remote/</c> or the place's page.</summary>
    public string WithinPath => PlaceSlug is null ? SiteModel.RemotePath : SiteModel.LocationPath(PlaceSlug);
}
