using System.Collections.Immutable;
using System.Text;
using System.Xml;
using JobBoard.Model;
using JobBoard.Render;
using JobBoard.Site;

namespace JobBoard.Output;

/// <summary>
/// The feed of one list page and the inputs it declares: besides these and the settings it reads the day
/// (<see cref="SiteModel.Now"/>) and its entries' views. Both formats (<see cref="AtomFeedWriter"/>,
/// <see cref="JsonFeedWriter"/>) write the same items (<see cref="FeedItems"/>), so a reader that follows both sees one feed.
/// </summary>
/// <param name="ListingPath">The page the feed goes with, e.g. <c>/tags/go/</c>.</param>
/// <param name="Entries">The postings it lists, newest first.</param>
public sealed record Feed(string ListingPath, string Title, ImmutableArray<Posting> Entries)
{
    public const int MaxEntries = 50;

    /// <summary>One entry as both formats write it.</summary>
    /// <param name="Url">The job page's canonical URL.</param>
    /// <param name="Published">Null when the posting has no date.</param>
    public sealed record Item(string Url, string Title, DateOnly? Published, ImmutableArray<string> Tags, string Summary)
    {
        /// <summary>The canonical URL: it stays the same across builds whatever else changes, and names the job in
        /// both formats.</summary>
        public string Id => Url;
    }

    /// <summary>The feed of every list page: the whole board's (<c>/</c>), <c>/remote/</c>'s, each tag's, company's,
    /// place's and employment type's, and each tag pair's, titled in the board's language.</summary>
    public static IEnumerable<Feed> All(SiteModel site, Translation text)
    {
        Feed Of(string listingPath, string title, ImmutableArray<Posting> newestFirst) =>
            new(listingPath, title, newestFirst[..Math.Min(MaxEntries, newestFirst.Length)]);
        string OfSite(string title) => $"{title} · {site.Config.Title}";

        yield return Of("/", site.Config.Title, site.Open);
        yield return Of("/remote/", OfSite(text.Text("remote.heading")), site.Remote);
        foreach (var tag in site.Tags)
        {
            yield return Of(SiteModel.TagPath(tag.Slug), OfSite(text.Text("feed.tag", ("name", tag.Name))), tag.Postings);
        }

        foreach (var company in site.Companies)
        {
            yield return Of(SiteModel.CompanyPath(company.Slug), OfSite(text.Text("companies.title", ("name", company.Name))), company.Postings);
        }

        foreach (var place in site.Locations)
        {
            yield return Of(SiteModel.LocationPath(place.Slug), OfSite(text.Text("locations.title", ("name", place.Name))), place.Postings);
        }

        foreach (var type in site.Employment)
        {
            yield return Of(SiteModel.EmploymentPath(type.Slug), OfSite(text.Text("employment.title", ("name", text.Text("type." + type.Slug)))), type.Postings);
        }

        foreach (var pair in site.Pairs)
        {
            yield return Of(pair.Path, OfSite(SiteRenderer.PairTitle(pair, text)), pair.Tag.Postings);
        }
    }

    /// <summary>A day as an RFC 3339 timestamp, which both formats use: <c>2026-10-30T00:00:00Z</c>.</summary>
    public static string Timestamp(DateOnly date) => date.ToIsoDate() + "T00:00:00Z";

    /// <summary>
    /// Text without the characters XML 1.0 cannot carry, even escaped (most control characters; a posting may
    /// contain them). The JSON feed leaves them out too, so both formats carry the same text.
    /// </summary>
    public static string PlainText(string text)
    {
        // Nearly every text is safe already: copied only from its first character to leave out.
        StringBuilder? safe = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                safe?.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                safe?.Append(text[i]);
            }
            else
            {
                safe ??= new StringBuilder(text.Length).Append(text, 0, i);
            }
        }

        return safe?.ToString() ?? text;
    }
}
