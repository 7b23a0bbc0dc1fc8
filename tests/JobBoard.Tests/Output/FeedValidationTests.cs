using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Xml;
using AngleSharp.Html.Parser;
using JobBoard.Pipeline;
using JobBoard.Site;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Output;

/// <summary>
/// The sample board's feeds, read by parsers that are not ours: every list page (home, /remote/, each tag,
/// company, place and employment type, each tag pair) has an Atom 1.0 feed (read with System.ServiceModel.Syndication) and a JSON Feed 1.1
/// beside it (https://jsonfeed.org/version/1.1) with the same entries, linked from the page.
/// </summary>
public sealed class FeedValidationTests : IClassFixture<FeedValidationTests.SampleBoard>
{
    private const string JsonFeedVersion = "https://jsonfeed.org/version/1.1";

    public sealed class SampleBoard
    {
        public GeneratedSite Site { get; } = BuildPipeline.Generate(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, StrictTemplates: true));

        public string Text(string path) => Encoding.UTF8.GetString(Assert.Single(Site.Files, f => f.Path == path).Content);

        /// <summary>Every list page's path (<c>/tags/go/</c>) and how many postings it lists.</summary>
        public IEnumerable<(string Path, int Postings)> Lists()
        {
            var site = Site.Site!;
            return new[] { ("/", site.Open.Length), ("/remote/", site.Remote.Length) }
                .Concat(site.Tags.Select(t => (SiteModel.TagPath(t.Slug), t.Postings.Length)))
                .Concat(site.Companies.Select(c => (SiteModel.CompanyPath(c.Slug), c.Postings.Length)))
                .Concat(site.Locations.Select(l => (SiteModel.LocationPath(l.Slug), l.Postings.Length)))
                .Concat(site.Employment.Select(e => (SiteModel.EmploymentPath(e.Slug), e.Postings.Length)))
                .Concat(site.Pairs.Select(p => (p.Path, p.Tag.Postings.Length)));
        }
    }

    private readonly SampleBoard board;

    public FeedValidationTests(SampleBoard board) => this.board = board;

    [Fact]
    public void Every_list_page_has_an_Atom_1_0_feed_with_its_newest_postings()
    {
        Assert.Empty(board.Site.Diagnostics.Where(d => d.IsError));
        var lists = board.Lists().ToList();
        Assert.Contains(lists, l => l.Path == "/remote/" && l.Postings > 0);
        Assert.Contains(lists, l => l.Path.StartsWith("/locations/", StringComparison.Ordinal));
        Assert.Contains(lists, l => l.Path.StartsWith("/employment/", StringComparison.Ordinal));
        Assert.Contains(lists, l => l.Path.StartsWith("/locations/", StringComparison.Ordinal) && l.Path.Contains("/tags/", StringComparison.Ordinal));
        Assert.Equal(lists.Select(l => l.Path.TrimStart('/') + "feed.xml").Order(StringComparer.Ordinal),
            board.Site.Files.Select(f => f.Path).Where(p => p.EndsWith("feed.xml", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        foreach (var (path, postings) in lists)
        {
            var feed = ReadAtom(board.Text(path.TrimStart('/') + "feed.xml"));
            Assert.Equal(Math.Min(50, postings), feed.Items.Count());
            Assert.All(feed.Items, item => Assert.Equal(item.Id, Assert.Single(item.Links).Uri.AbsoluteUri));
        }
    }

    [Fact]
    public void Every_Atom_feed_has_a_JSON_Feed_1_1_beside_it_with_the_same_ids_in_the_same_order()
    {
        var baseUrl = board.Site.Site!.Config.BaseUrl.TrimEnd('/');
        var atoms = board.Site.Files.Select(f => f.Path).Where(p => p.EndsWith("feed.xml", StringComparison.Ordinal)).ToList();
        Assert.Equal(atoms.Select(p => p[..^"xml".Length] + "json").Order(StringComparer.Ordinal),
            board.Site.Files.Select(f => f.Path).Where(p => p.EndsWith("feed.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        foreach (var atom in atoms)
        {
            var path = atom[..^"xml".Length] + "json";
            using var json = JsonDocument.Parse(board.Text(path));
            var feed = json.RootElement;
            Assert.Equal(JsonFeedVersion, feed.GetProperty("version").GetString());
            Assert.False(string.IsNullOrWhiteSpace(feed.GetProperty("title").GetString()));
            Assert.Equal($"{baseUrl}/{path}", feed.GetProperty("feed_url").GetString());
            Assert.Equal($"{baseUrl}/{path[..^"feed.json".Length]}", feed.GetProperty("home_page_url").GetString());
            var items = feed.GetProperty("items").EnumerateArray().ToList();
            Assert.All(items, item =>
            {
                Assert.False(string.IsNullOrEmpty(item.GetProperty("id").GetString()));
                Assert.StartsWith(baseUrl + "/jobs/", item.GetProperty("url").GetString());
                Assert.True(item.TryGetProperty("content_html", out _) || item.TryGetProperty("content_text", out _), $"an item of {path} has no content");
            });
            Assert.Equal(ReadAtom(board.Text(atom)).Items.Select(i => i.Id), items.Select(i => i.GetProperty("id").GetString()));
        }
    }

    [Fact]
    public void Feed_ids_stay_the_same_across_builds_when_another_posting_changes()
    {
        using var temp = new TempFolder();
        var changed = temp.CopyFrom(RepoPaths.Input, "changed");
        var posting = Path.Combine(changed, "jobs", "data-engineer-northwind-labs.md");
        var text = File.ReadAllText(posting);
        Assert.Contains("date: 2026-09-22", text);
        // Newer and reworded: it moves to the top of every list it is in, so the others' positions change.
        File.WriteAllText(posting, text.Replace("date: 2026-09-22", "date: 2026-10-31") + "\nWe also sponsor conference trips.\n");
        var before = IdsByLink(Build(RepoPaths.Input, temp.Combine("first")));
        var after = IdsByLink(Build(changed, temp.Combine("second")));

        Assert.Contains(before.Keys, k => k.StartsWith("remote/feed.xml ", StringComparison.Ordinal));
        Assert.Contains(before.Keys, k => k.StartsWith("feed.json ", StringComparison.Ordinal));
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, entry => Assert.Equal(entry.Value, after[entry.Key]));
    }

    [Fact]
    public void Each_list_page_links_its_Atom_and_JSON_feeds_and_the_sites()
    {
        var parser = new HtmlParser();
        foreach (var (path, _) in board.Lists())
        {
            var page = parser.ParseDocument(board.Text(path.TrimStart('/') + "index.html"));
            var links = page.QuerySelectorAll("link[rel=alternate]").Select(l => (l.GetAttribute("type"), l.GetAttribute("href"))).ToList();
            Assert.Contains(("application/atom+xml", path + "feed.xml"), links);
            Assert.Contains(("application/feed+json", path + "feed.json"), links);
            Assert.Contains(("application/atom+xml", "/feed.xml"), links);
            Assert.Contains(("application/feed+json", "/feed.json"), links);
        }
    }

    private static SyndicationFeed ReadAtom(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml));
        var atom = new Atom10FeedFormatter();
        Assert.True(atom.CanRead(reader), "not an Atom 1.0 feed");
        atom.ReadFrom(reader);
        return atom.Feed;
    }

    private static string Build(string input, string output)
    {
        var result = BuildPipeline.Build(new BuildOptions(input, RepoPaths.Theme, output));
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        return output;
    }

    /// <summary>Each feed entry's id by the feed it is in and the page it links to, from both kinds of feed.</summary>
    private static Dictionary<string, string> IdsByLink(string output)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in SiteTree.Files(output))
        {
            if (file.EndsWith("feed.xml", StringComparison.Ordinal))
            {
                foreach (var item in ReadAtom(File.ReadAllText(Path.Combine(output, file))).Items)
                {
                    ids.Add($"{file} {Assert.Single(item.Links).Uri.AbsoluteUri}", item.Id);
                }
            }
            else if (file.EndsWith("feed.json", StringComparison.Ordinal))
            {
                using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, file)));
                foreach (var item in json.RootElement.GetProperty("items").EnumerateArray())
                {
                    ids.Add($"{file} {item.GetProperty("url").GetString()}", item.GetProperty("id").GetString()!);
                }
            }
        }

        return ids;
    }
}
