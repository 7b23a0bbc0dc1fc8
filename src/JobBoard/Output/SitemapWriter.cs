using System.Text;
using System.Xml;
using JobBoard.Model;
using JobBoard.Site;

namespace JobBoard.Output;

/// <summary><c>sitemap.xml</c> (open postings with lastmod, and the index pages) and <c>robots.txt</c>.</summary>
public static class SitemapWriter
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static OutputFile Sitemap(SiteModel site)
    {
        var entries = new List<(string Path, DateOnly? LastMod)> { ("/", site.Open.Select(p => p.DatePosted).Max()), ("/remote/", null) };
        entries.AddRange(site.Open.Select(p => (SiteModel.JobPath(p), p.DatePosted)));
        foreach (var (root, listings) in new[] { ("/tags/", site.Tags), ("/companies/", site.Companies), ("/locations/", site.Locations) })
        {
            entries.Add((root, null));
            entries.AddRange(listings.Select(l => (root + l.Slug + "/", l.Postings.Select(p => p.DatePosted).Max())));
        }

        var buffer = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var (path, lastMod) in entries)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, site.Config.Absolute(path));
                if (lastMod is { } date)
                {
                    xml.WriteElementString("lastmod", Namespace, date.ToIsoDate());
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        // StringBuilder-backed writers declare utf-16; the file is written as UTF-8.
        return OutputFile.Text("sitemap.xml", buffer.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"") + "\n");
    }

    public static OutputFile Robots(SiteModel site) =>
        OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {site.Config.Absolute("/sitemap.xml")}\n");
}
