using System.Collections.Immutable;
using System.Text;
using System.Xml;
using JobBoard.Model;
using JobBoard.Render;
using JobBoard.Site;

namespace JobBoard.Output;

/// <summary>
/// Atom feeds (RFC 4287): the whole board at <c>/feed.xml</c> and one per tag and company.
/// Entry ids are the job's canonical URL, so they stay stable across builds; dates come from
/// the postings, never the clock.
/// </summary>
public static class AtomFeedWriter
{
    public const int MaxEntries = 50;
    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <summary>A feed and the inputs it declares: besides these and the settings it reads the day
    /// (<see cref="SiteModel.Now"/>) and its entries' views.</summary>
    /// <param name="ListingPath">The page the feed goes with, e.g. <c>/tags/go/</c>.</param>
    /// <param name="Entries">The postings it lists, newest first.</param>
    public sealed record Feed(string ListingPath, string Title, ImmutableArray<Posting> Entries);

    /// <summary>The whole board's feed and one per tag and company, titled in the board's language.</summary>
    public static IEnumerable<Feed> All(SiteModel site, Translation text)
    {
        Feed Of(string listingPath, string title, ImmutableArray<Posting> newestFirst) =>
            new(listingPath, title, newestFirst[..Math.Min(MaxEntries, newestFirst.Length)]);

        yield return Of("/", site.Config.Title, site.Open);
        foreach (var tag in site.Tags)
        {
            yield return Of(SiteModel.TagPath(tag.Slug), $"{text.Text("feed.tag", ("name", tag.Name))} · {site.Config.Title}", tag.Postings);
        }

        foreach (var company in site.Companies)
        {
            yield return Of(SiteModel.CompanyPath(company.Slug), $"{text.Text("companies.title", ("name", company.Name))} · {site.Config.Title}", company.Postings);
        }
    }

    public static OutputFile Write(SiteModel site, Feed feed, JobViews views, Translation text)
    {
        var (listingPath, title, entries) = feed;
        var buffer = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = Encoding.UTF8 };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("title", Atom, XmlSafe(title));
            xml.WriteElementString("id", Atom, site.Config.Absolute(SiteModel.FeedPath(listingPath)));
            xml.WriteElementString("updated", Atom, Timestamp(entries.Select(e => e.DatePosted).Max() ?? site.Now));
            Link(xml, "self", site.Config.Absolute(SiteModel.FeedPath(listingPath)), "application/atom+xml");
            Link(xml, "alternate", site.Config.Absolute(listingPath), "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, site.Config.Title);
            xml.WriteEndElement();
            foreach (var posting in entries)
            {
                var url = site.Config.Absolute(SiteModel.JobPath(posting));
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("title", Atom, XmlSafe(posting.Company is null ? posting.Title! : text.Text("job.title", ("title", posting.Title), ("company", posting.Company.Name))));
                xml.WriteElementString("id", Atom, url);
                xml.WriteElementString("updated", Atom, Timestamp(posting.DatePosted ?? site.Now));
                if (posting.DatePosted is { } posted)
                {
                    xml.WriteElementString("published", Atom, Timestamp(posted));
                }

                Link(xml, "alternate", url, "text/html");
                foreach (var tag in posting.Tags)
                {
                    xml.WriteStartElement("category", Atom);
                    xml.WriteAttributeString("term", tag);
                    xml.WriteEndElement();
                }

                xml.WriteStartElement("summary", Atom);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(XmlSafe(views[posting.Slug].Summary));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        var path = SiteModel.FeedPath(listingPath).TrimStart('/');
        return OutputFile.Text(path, buffer.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"") + "\n");
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>XML 1.0 cannot carry most control characters, even escaped; a posting may contain them.</summary>
    private static string XmlSafe(string text)
    {
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                safe.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                safe.Append(text[i]);
            }
        }

        return safe.ToString();
    }

    private static string Timestamp(DateOnly date) => date.ToIsoDate() + "T00:00:00Z";
}
