using System.Text.RegularExpressions;
using JobBoard.Model;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Site;

/// <summary>
/// The board's own pages, <c>input/pages/*.md</c>: each becomes <c>/{slug}/</c> in the site's layout and sitemap,
/// listed in the navigation when it asks; a page that cannot be used stops the build with a diagnostic on its file.
/// </summary>
public sealed partial class SitePagesTests : IDisposable
{
    private readonly SmallBoard board = new();

    public void Dispose() => board.Dispose();

    [Fact]
    public void A_page_is_published_at_its_slug_in_the_site_layout_and_in_the_sitemap()
    {
        board.Write("input/pages/about.md", "---\ntitle: About us\n---\n\nWe are **small**.\n");

        var site = board.Generate();

        Assert.Empty(site.Diagnostics);
        var page = SmallBoard.Text(site, "about/index.html");
        Assert.Contains("<title>About us · Test</title>", page);
        Assert.Contains("<link rel=\"canonical\" href=\"https://test.example.org/about/\">", page);
        Assert.Contains("<h1>About us</h1>", page);
        Assert.Contains("<p>We are <strong>small</strong>.</p>", page);
        Assert.Contains("<meta name=\"description\" content=\"We are small.\">", page);
        Assert.Contains("<loc>https://test.example.org/about/</loc>", SmallBoard.Text(site, "sitemap.xml"));
        Assert.DoesNotContain("/about/", Navigation(SmallBoard.Text(site, "index.html")));
    }

    [Fact]
    public void A_page_body_is_made_safe_as_a_posting_body_is()
    {
        board.Write("input/pages/about.md",
            "---\ntitle: About\n---\n\n<script>alert(1)</script> [run](javascript:alert(1)) ![pixel](https://t.example.com/p.gif)\n");

        var page = SmallBoard.Text(board.Generate(), "about/index.html");

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; run pixel", page);
        Assert.DoesNotContain("javascript:", page);
        Assert.DoesNotContain("<img", page);
    }

    [Fact]
    public void Pages_with_nav_follow_the_site_yml_navigation_by_order_then_title()
    {
        board.Write("input/site.yml", "title: Test\nbaseUrl: https://test.example.org/\nnav:\n  - { title: Jobs, url: / }\n  - { title: Blog, url: \"https://blog.example.org/\" }\n");
        board.Write("input/pages/zeta.md", "---\ntitle: Zeta\nnav: true\norder: 2\n---\nZ.\n");
        board.Write("input/pages/alpha.md", "---\ntitle: Alpha\nnav: true\n---\nA.\n");
        board.Write("input/pages/beta.md", "---\ntitle: Beta\nnav: yes\n---\nB.\n");
        board.Write("input/pages/yankee.md", "---\ntitle: Yankee\nnav: true\norder: 1\n---\nY.\n");
        board.Write("input/pages/hidden.md", "---\ntitle: Hidden\nnav: false\norder: 0\n---\nH.\n");

        var site = board.Generate();

        Assert.Empty(site.Diagnostics);
        Assert.Equal(["/|Jobs", "https://blog.example.org/|Blog", "/yankee/|Yankee", "/zeta/|Zeta", "/alpha/|Alpha", "/beta/|Beta"],
            Navigation(SmallBoard.Text(site, "tags/index.html")));
    }

    [Theory]
    [InlineData("title: About", "")]
    [InlineData("title: About\nnav: true\norder: -3\ndescription: Us.", "")]
    [InlineData("nav: true", "JB0115@0")]
    [InlineData("title: \"  \"", "JB0115@0")]
    [InlineData("title: About\nnav: maybe", "JB0115@3")]
    [InlineData("title: About\norder: first", "JB0115@3")]
    [InlineData("title: About\norder: 1.5", "JB0115@3")]
    [InlineData("title: About\nslug: \"!!!\"", "JB0115@3")]
    [InlineData("title: About\nslug: search", "JB0219@3")]
    [InlineData("title: About\nslug: Tags", "JB0219@3")]
    [InlineData("title: About\nslug: jobs", "JB0219@3")]
    [InlineData("title: About\nslug: feeds", "JB0219@3")]
    [InlineData("title: About\nslug: page", "JB0219@3")]
    [InlineData("title: About\nslug: \"404\"", "JB0219@3")]
    [InlineData("title: [unclosed", "JB0103@3")] // where YAML finds the sequence unclosed
    public void Front_matter_of_a_page(string frontMatter, string expected)
    {
        board.Write("input/pages/about.md", $"---\n{frontMatter}\n---\nText.\n");

        var site = board.Generate();

        Assert.Equal(expected, string.Join(" ", site.Diagnostics.Select(d => $"{d.Code}@{d.Line}")));
        Assert.True(expected.Length > 0 ? site.Site is null : site.Files.Any(f => f.Path.EndsWith("/index.html", StringComparison.Ordinal)
            && f.Path.StartsWith(site.Site!.Config.Pages[0].Slug + "/", StringComparison.Ordinal)));
        Assert.All(site.Diagnostics, d => Assert.Equal("pages/about.md", d.File));
    }

    [Fact]
    public void A_file_named_after_a_path_of_the_site_is_refused_naming_the_file()
    {
        board.Write("input/pages/search.md", "---\ntitle: Search tips\n---\nTips.\n");

        var diagnostic = Assert.Single(board.Generate().Diagnostics);

        Assert.Equal((DiagnosticCodes.PageSlugTaken, "pages/search.md", 0), (diagnostic.Code, diagnostic.File, diagnostic.Line));
    }

    [Fact]
    public void Two_pages_with_one_path_are_an_error_on_the_second()
    {
        board.Write("input/pages/about.md", "---\ntitle: About\n---\nOne.\n");
        board.Write("input/pages/who-we-are.md", "---\ntitle: Who we are\nslug: about\n---\nTwo.\n");

        var diagnostic = Assert.Single(board.Generate().Diagnostics);

        Assert.Equal((DiagnosticCodes.PageSlugTaken, "pages/who-we-are.md", 3), (diagnostic.Code, diagnostic.File, diagnostic.Line));
        Assert.Contains("pages/about.md", diagnostic.Message);
    }

    [Fact]
    public void A_link_to_a_file_outside_the_input_is_not_read()
    {
        var secret = board.Write("secret.md", "---\ntitle: Secret\n---\nThe password.\n");
        Directory.CreateDirectory(board.Temp.Combine("input", "pages"));
        File.CreateSymbolicLink(board.Temp.Combine("input", "pages", "secret.md"), secret);

        var site = board.Generate();

        var diagnostic = Assert.Single(site.Diagnostics);
        Assert.Equal((DiagnosticCodes.LinkOutsideInput, "pages/secret.md"), (diagnostic.Code, diagnostic.File));
        Assert.DoesNotContain(site.Files, f => f.Path.StartsWith("secret", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_markdown_files_that_are_no_editor_leftovers_are_pages()
    {
        board.Write("input/pages/about.md", "---\ntitle: About\n---\nOne.\n");
        board.Write("input/pages/about.md~", "---\ntitle: Old about\n---\nOld.\n");
        board.Write("input/pages/.draft.md", "---\ntitle: Draft\n---\nDraft.\n");
        board.Write("input/pages/notes.txt", "Not a page.\n");

        var site = board.Generate();

        Assert.Empty(site.Diagnostics);
        Assert.Equal(["about"], site.Site!.Config.Pages.Select(p => p.Slug));
    }

    [Fact]
    public void A_redirect_from_onto_a_page_takes_the_posting_off_the_site()
    {
        board.Write("input/pages/about.md", "---\ntitle: About\n---\nOne.\n");
        board.Write("input/jobs/night-nurse-acme.md",
            "---\ntitle: Night Nurse\ncompany: Acme\ndatePosted: 2026-10-30\nredirect_from: [/about/]\n---\nNights.\n");

        var diagnostic = Assert.Single(board.Generate().Diagnostics);

        Assert.Equal(DiagnosticCodes.UnsafeRedirect, diagnostic.Code);
    }

    /// <summary>The main navigation's links as <c>url|title</c>.</summary>
    private static List<string> Navigation(string html) =>
        [.. NavLink().Matches(Regex.Match(html, "<nav aria-label=\"Main\">.*?</nav>", RegexOptions.Singleline).Value)
            .Select(m => $"{m.Groups[1].Value}|{m.Groups[2].Value}")];

    [GeneratedRegex("<a href=\"([^\"]*)\">([^<]*)</a>")]
    private static partial Regex NavLink();
}
