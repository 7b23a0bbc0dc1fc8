using System.Text;
using System.Xml;
using JobBoard.Model;
using JobBoard.Render;
using JobBoard.Site;

namespace JobBoard.Output;

/// <summary><c>sitemap.xml</c> (open postings with lastmod, and the index pages) and <c>robots.txt</c>.</summary>
public static class SitemapWriter
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <param name="memo">Reuses the sitemap while its entries (paths and dates) are the same: most edits change neither.</param>
    public static OutputFile Sitemap(SiteModel site, RenderMemo? memo = null)
    {
        var entries = new List<(string Path, DateOnly? LastMod)> { ("/", site.Open.Select(p => p.DatePosted).Max()), ("/remote/", null) };
        entries.AddRange(site.Open.Select(p => (SiteModel.JobPath(p), p.DatePosted)));
        foreach (var (root, listings) in new[] { ("/tags/", site.Tags), ("/companies/", site.Companies), ("/locations/", site.Locations) })
        {
            entries.Add((root, null));
            entries.AddRange(listings.Select(l => (root + l.Slug + "/", l.Postings.Select(p => p.DatePosted).Max())));
        }

        var key = memo is null ? null
            : "sitemap|" + site.Config.BaseUrl + "\n" + string.Join("\n", entries.Select(e => $"{e.Path} {e.LastMod?.ToIsoDate()}"));
        return RenderMemo.Reuse(memo, key, () => Write(site, entries));
    }

    private static OutputFile Write(SiteModel site, List<(string Path, DateOnly? LastMod)> entries)
    {
        using var buffer = new MemoryStream(entries.Count * 128);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), NewLineChars = "\n" };
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

        // Written as UTF-8 bytes straight away (no byte order mark): a sitemap of ten thousand jobs is megabytes.
        buffer.WriteByte((byte)'\n');
        return new OutputFile("sitemap.xml", buffer.ToArray());
    }

    public static OutputFile Robots(SiteModel site) =>
        OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {site.Config.Absolute("/sitemap.xml")}\n");
}
