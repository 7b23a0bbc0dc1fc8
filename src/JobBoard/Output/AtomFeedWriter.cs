using System.Collections.Immutable;
using System.Xml;
using JobBoard.Site;

namespace JobBoard.Output;

/// <summary>
/// A list's Atom feed (RFC 4287), <c>feed.xml</c> beside its page: the whole board's at <c>/feed.xml</c>.
/// Dates come from the postings, never the clock.
/// </summary>
public static class AtomFeedWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    private static readonly XmlWriterSettings Settings = new() { Indent = true, NewLineChars = "\n", Encoding = OutputFile.Utf8 };

    /// <summary>The feed being written, per thread: one stream, grown to the longest feed, serves every feed (at 10,000
    /// postings a board has about 4,000, and growing a stream for each was two-fifths of what the feeds allocated).</summary>
    [ThreadStatic]
    private static MemoryStream? written;

    public static OutputFile Write(SiteModel site, Feed feed, ImmutableArray<Feed.Item> items)
    {
        var buffer = written ??= new MemoryStream();
        buffer.SetLength(0);
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("title", Atom, Feed.PlainText(feed.Title));
            xml.WriteElementString("id", Atom, site.Config.Absolute(SiteModel.FeedPath(feed.ListingPath)));
            xml.WriteElementString("updated", Atom, Feed.Timestamp(feed.Entries.Select(e => e.DatePosted).Max() ?? site.Now));
            Link(xml, "self", site.Config.Absolute(SiteModel.FeedPath(feed.ListingPath)), "application/atom+xml");
            Link(xml, "alternate", site.Config.Absolute(feed.ListingPath), "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, site.Config.Title);
            xml.WriteEndElement();
            foreach (var item in items)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("title", Atom, item.Title);
                xml.WriteElementString("id", Atom, item.Id);
                xml.WriteElementString("updated", Atom, Feed.Timestamp(item.Published ?? site.Now));
                if (item.Published is { } published)
                {
                    xml.WriteElementString("published", Atom, Feed.Timestamp(published));
                }

                Link(xml, "alternate", item.Url, "text/html");
                foreach (var tag in item.Tags)
                {
                    xml.WriteStartElement("category", Atom);
                    xml.WriteAttributeString("term", tag);
                    xml.WriteEndElement();
                }

                xml.WriteStartElement("summary", Atom);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(item.Summary);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        var path = SiteModel.FeedPath(feed.ListingPath).TrimStart('/');
        buffer.WriteByte((byte)'\n');
        return new OutputFile(path, buffer.ToArray());
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
