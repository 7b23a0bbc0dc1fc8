using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using JobBoard.Model;
using JobBoard.Render;
using JobBoard.Site;

namespace JobBoard.Output;

/// <summary>
/// <c>sitemap.xml</c> (open postings with lastmod, and the index pages) and <c>robots.txt</c>. The
/// sitemaps.org protocol allows 50,000 URLs and 50 MB in one file, which a board of some 30,000
/// postings passes (a board of 100,000 has about 160,000 URLs): then <c>sitemap.xml</c> is a
/// sitemap index of <c>sitemap-1.xml</c>, <c>sitemap-2.xml</c>, … each within the limits, so
/// robots.txt and anything else pointing at <c>/sitemap.xml</c> stays right.
/// </summary>
public static class SitemapWriter
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The protocol's limits on one sitemap file: URLs, and bytes uncompressed (50 MiB).</summary>
    private const int MaxUrls = 50_000;

    private const int MaxBytes = 50 * 1024 * 1024;

    /// <summary>The sitemap of these entries (<see cref="Entries"/>): all it reads besides them is the base URL.</summary>
    public static ImmutableArray<OutputFile> Sitemap(SiteModel site, IReadOnlyList<SitemapEntry> entries) =>
        Sitemap(site, entries, MaxUrls, MaxBytes);

    public static OutputFile Robots(SiteModel site) =>
        OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {site.Config.Absolute("/sitemap.xml")}\n");

    /// <summary>The home page, the pages of input/pages/, the open postings, then each kind of listing: its index and its pages;
    /// then the tag pairs' pages.</summary>
    public static List<SitemapEntry> Entries(SiteModel site)
    {
        var entries = new List<SitemapEntry> { new("/", site.Open.Select(p => p.DatePosted).Max()), new("/remote/", null) };
        entries.AddRange(site.Config.Pages.Select(page => new SitemapEntry(page.Path, null)));
        entries.AddRange(site.Open.Select(p => new SitemapEntry(SiteModel.JobPath(p), p.DatePosted)));
        foreach (var (root, listings) in new[] { ("/tags/", site.Tags), ("/companies/", site.Companies), ("/locations/", site.Locations), ("/employment/", site.Employment) })
        {
            entries.Add(new(root, null));
            entries.AddRange(listings.Select(l => new SitemapEntry(root + l.Slug + "/", Newest(l.Postings))));
        }

        entries.AddRange(site.Pairs.Select(pair => new SitemapEntry(pair.Path, Newest(pair.Tag.Postings))));

        return entries;
    }

    private static DateOnly? Newest(ImmutableArray<Posting> postings) => postings.Select(p => p.DatePosted).Max();

    /// <summary>One <c>sitemap.xml</c> when every entry fits in it, else the index and the numbered files; limits
    /// per file other than the protocol's let tests split a small board.</summary>
    internal static ImmutableArray<OutputFile> Sitemap(SiteModel site, IReadOnlyList<SitemapEntry> entries, int maxUrls, int maxBytes)
    {
        var parts = entries.Chunk(maxUrls).SelectMany(chunk => Within(site, chunk, maxBytes)).ToList();
        if (parts.Count == 1)
        {
            return [new OutputFile("sitemap.xml", parts[0].Xml)];
        }

        var files = ImmutableArray.CreateBuilder<OutputFile>(parts.Count + 1);
        var index = new List<SitemapEntry>(parts.Count);
        foreach (var (number, (xml, lastMod)) in parts.Index())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"sitemap-{number + 1}.xml");
            files.Add(new OutputFile(path, xml));
            index.Add(new SitemapEntry("/" + path, lastMod));
        }

        files.Insert(0, new OutputFile("sitemap.xml", Write(site, "sitemapindex", "sitemap", index)));
        return files.MoveToImmutable();
    }

    /// <summary>
    /// The <c>urlset</c> of <paramref name="entries"/>, halved until each part is within
    /// <paramref name="maxBytes"/>; each part with its newest lastmod, for the index.
    /// </summary>
    private static IEnumerable<(byte[] Xml, DateOnly? LastMod)> Within(SiteModel site, SitemapEntry[] entries, int maxBytes)
    {
        var xml = Write(site, "urlset", "url", entries);
        if (xml.Length <= maxBytes || entries.Length == 1)
        {
            return [(xml, entries.Max(e => e.LastMod))];
        }

        var half = entries.Length / 2;
        return Within(site, entries[..half], maxBytes).Concat(Within(site, entries[half..], maxBytes));
    }

    /// <summary>A <c>urlset</c> of <c>url</c> or a <c>sitemapindex</c> of <c>sitemap</c> elements: each a loc and, when known, a lastmod.</summary>
    private static byte[] Write(SiteModel site, string root, string item, IReadOnlyCollection<SitemapEntry> entries)
    {
        using var buffer = new MemoryStream(entries.Count * 128);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(root, Namespace);
            foreach (var (path, lastMod) in entries)
            {
                xml.WriteStartElement(item, Namespace);
                xml.WriteElementString("loc", Namespace, site.Config.Absolute(path));
                if (lastMod is { } date)
                {
                    xml.WriteElementString("lastmod", Namespace, date.ToIsoDate());
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        // Written as UTF-8 bytes straight away (no byte order mark): a sitemap of ten thousand jobs is megabytes.
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}

/// <summary>One URL of the sitemap and, when known, the date its content last changed.</summary>
public sealed record SitemapEntry(string Path, DateOnly? LastMod);
