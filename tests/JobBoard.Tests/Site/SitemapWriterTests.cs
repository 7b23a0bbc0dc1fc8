using System.Xml.Linq;
using JobBoard.Output;
using JobBoard.Pipeline;
using JobBoard.Render;
using JobBoard.Site;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Site;

/// <summary>
/// sitemap.xml within the sitemaps.org limits (50,000 URLs, 50 MB a file): one file for a small
/// board, past a limit an index of numbered files. The fixture board stands in for a large one by
/// passing low limits.
/// </summary>
public sealed class SitemapWriterTests
{
    private const string Base = "https://fixture.example.org/";

    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly SiteModel Site = BuildPipeline.Generate(
        new BuildOptions(Path.Combine(RepoPaths.Fixtures, "basic"), RepoPaths.Theme, Now: new DateOnly(2026, 11, 1))).Site!;

    [Fact]
    public void A_small_board_has_one_sitemap_of_its_urls()
    {
        var file = Assert.Single(SitemapWriter.Sitemap(Site, SitemapWriter.Entries(Site)));
        Assert.Equal("sitemap.xml", file.Path);
        var root = Parse(file);
        Assert.Equal(Sitemaps + "urlset", root.Name);
        Assert.Contains(Base + "jobs/data-analyst-quill-ink/", Locs(root));
    }

    [Theory]
    [InlineData(3, int.MaxValue)]
    [InlineData(50_000, 700)]
    public void Past_a_limit_sitemap_xml_is_an_index_of_numbered_files_within_it(int maxUrls, int maxBytes)
    {
        var whole = Locs(Parse(Assert.Single(SitemapWriter.Sitemap(Site, SitemapWriter.Entries(Site)))));
        var files = SitemapWriter.Sitemap(Site, SitemapWriter.Entries(Site), maxUrls, maxBytes);

        Assert.Equal("sitemap.xml", files[0].Path);
        var index = Parse(files[0]);
        Assert.Equal(Sitemaps + "sitemapindex", index.Name);
        var parts = files[1..];
        Assert.True(parts.Length > 1, $"{parts.Length} part");
        Assert.Equal(parts.Select((_, i) => $"sitemap-{i + 1}.xml"), parts.Select(f => f.Path));
        Assert.Equal(parts.Select(f => Base + f.Path), Locs(index));

        var urls = new List<string>();
        foreach (var (part, entry) in parts.Zip(index.Elements(Sitemaps + "sitemap")))
        {
            Assert.True(part.Content.Length <= maxBytes, $"{part.Path}: {part.Content.Length} bytes");
            var root = Parse(part);
            Assert.Equal(Sitemaps + "urlset", root.Name);
            Assert.InRange(root.Elements(Sitemaps + "url").Count(), 1, maxUrls);
            Assert.Equal(root.Descendants(Sitemaps + "lastmod").Select(d => d.Value).Max(StringComparer.Ordinal),
                entry.Element(Sitemaps + "lastmod")?.Value);
            urls.AddRange(Locs(root));
        }

        // Every URL exactly once, in the order of the single sitemap.
        Assert.Equal(whole, urls);
    }

    [Fact]
    public void The_split_sitemap_is_the_same_every_time()
    {
        var first = SitemapWriter.Sitemap(Site, SitemapWriter.Entries(Site), 3, int.MaxValue);
        Assert.Equal(Bytes(first), Bytes(SitemapWriter.Sitemap(Site, SitemapWriter.Entries(Site), 3, int.MaxValue)));

        // The same entries with the protocol's limits are one file.
        Assert.Single(SitemapWriter.Sitemap(Site, SitemapWriter.Entries(Site)));
    }

    private static XElement Parse(OutputFile file) => XDocument.Parse(System.Text.Encoding.UTF8.GetString(file.Content)).Root!;

    private static List<string> Locs(XElement root) => [.. root.Descendants(Sitemaps + "loc").Select(l => l.Value)];

    private static List<(string, string)> Bytes(IEnumerable<OutputFile> files) =>
        [.. files.Select(f => (f.Path, Convert.ToHexString(f.Content)))];
}
