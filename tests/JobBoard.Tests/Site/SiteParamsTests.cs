using JobBoard.Site;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Site;

/// <summary>
/// Every key of site.yml reaches templates as <c>site.params</c>, HTML-encoded; a value that is a link must be
/// what a posting's links may be (http, https, mailto) or a path of the site; <c>nav:</c> makes the navigation.
/// </summary>
public sealed class SiteParamsTests
{
    /// <summary>One line of site.yml after <c>title: T</c>, and the code and line of its problem ("" when none).</summary>
    [Theory]
    [InlineData("twitter: https://x.example/acme", "")]
    [InlineData("contact: mailto:jobs@example.org", "")]
    [InlineData("privacyUrl: /privacy/", "")]
    [InlineData("logo_url: \"\"", "")]
    [InlineData("city: Berlin:Mitte", "")] // a word and a colon is text, not a scheme
    [InlineData("hours: \"Open: 9-5\"", "")]
    [InlineData("home: //elsewhere.example/", "")] // no scheme, and the key names no link: text
    [InlineData("logoUrl: javascript:alert(1)", "JB0220@2")]
    [InlineData("mastodon: javascript:alert(1)", "JB0220@2")] // the value's scheme makes it a link
    [InlineData("mastodon: \" JavaScript:alert(1)\"", "JB0220@2")]
    [InlineData("homeLink: //elsewhere.example/", "JB0220@2")]
    [InlineData("feedUrl: ftp://example.org/feed.xml", "JB0220@2")]
    [InlineData("privacyUrl: privacy/", "JB0220@2")]
    [InlineData("banner: \"data:text/html,<script>alert(1)</script>\"", "JB0220@2")]
    [InlineData("social:\n  - https://m.example/@acme\n  - vbscript:msgbox", "JB0220@4")]
    [InlineData("footer: { imprint_link: \"javascript:x\" }", "JB0220@2")]
    [InlineData("nav: [{ title: Home, url: \"javascript:x\" }]", "JB0220@2")]
    [InlineData("nav: [{ title: Home }]", "JB0401@2")]
    [InlineData("nav: [Home]", "JB0401@2")]
    public void A_site_yml_value(string yaml, string expected)
    {
        var read = SiteConfig.Parse("title: T\n" + yaml + "\n", "site.yml");

        Assert.Equal(expected, string.Join(" ", read.Diagnostics.Select(d => $"{d.Code}@{d.Line}")));
        Assert.Equal(expected.Length == 0, read.Value is not null);
    }

    [Fact]
    public void Every_key_is_kept_as_written_with_lists_and_mappings()
    {
        var config = SiteConfig.Parse("title: \" T \"\nsocial:\n  mastodon: https://m.example/@acme\nlanguages: [en, de]\nempty:\n", "site.yml").Value!;

        Assert.Equal(" T ", config.Params["title"]);
        Assert.Equal("https://m.example/@acme", ((IReadOnlyDictionary<string, object>)config.Params["social"])["mastodon"]);
        Assert.Equal(["en", "de"], (IEnumerable<object>)config.Params["languages"]);
        Assert.Equal("", config.Params["empty"]);
    }

    [Fact]
    public void Without_nav_the_navigation_is_the_themes_and_nav_replaces_it()
    {
        NavLink[] theme = [new("Jobs", "/"), new("Remote", "/remote/")];
        Assert.Equal(["/|Jobs", "/remote/|Remote"], SiteConfig.Parse("title: T\n", "site.yml").Value!.Navigation(theme).Select(l => $"{l.Url}|{l.Title}"));
        Assert.Equal(["/|Start"], SiteConfig.Parse("title: T\nnav:\n  - title: Start\n    url: /\n", "site.yml").Value!.Navigation(theme).Select(l => $"{l.Url}|{l.Title}"));
        Assert.Empty(SiteConfig.Parse("title: T\nnav: []\n", "site.yml").Value!.Navigation(theme));
    }

    [Fact]
    public void Templates_read_every_key_html_encoded()
    {
        using var board = new SmallBoard("title: Test\nbaseUrl: https://test.example.org/\ntagline: \"<b>Fish & chips</b>\"\n"
            + "social: { mastodon: \"https://m.example/@acme\" }\nlanguages: [en, de]\n");
        board.EditTheme("layouts/base.hbs", "<p>{{site.description}}</p>",
            "<p>{{site.description}}</p>\n<p id=\"params\">{{site.params.tagline}}|{{site.params.social.mastodon}}|{{#each site.params.languages}}{{this}};{{/each}}</p>");

        var site = board.Generate();

        Assert.Empty(site.Diagnostics);
        Assert.Contains("<p id=\"params\">&lt;b&gt;Fish &amp; chips&lt;/b&gt;|https://m.example/@acme|en;de;</p>", SmallBoard.Text(site, "index.html"));
    }
}
