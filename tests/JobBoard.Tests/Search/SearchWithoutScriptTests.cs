using JobBoard.Tests.Support;
using Microsoft.Playwright;

namespace JobBoard.Tests.Search;

/// <summary>
/// <c>/search/?q=rust</c> in a browser without JavaScript: Netlify serves it the search page made for the tag
/// (a rule of _redirects per spelling), which shows the query and links the tag's page. The rules' meaning was
/// checked with Netlify's own matcher (netlify-redirector, see RedirectsWriter); here, the rules and the page.
/// </summary>
public sealed class SearchWithoutScriptTests : IAsyncLifetime
{
    private ServedBoard board = null!;

    public async Task InitializeAsync() => board = await ServedBoard.StartAsync(RepoPaths.Input);

    public async Task DisposeAsync() => await board.DisposeAsync();

    private string[] SearchRules() =>
        [.. File.ReadAllLines(Path.Combine(board.Output, "_redirects")).Where(l => l.StartsWith("/search/ ", StringComparison.Ordinal))];

    [Fact]
    public void A_query_that_names_a_tag_as_typed_is_served_that_tags_search_page()
    {
        var rules = SearchRules();

        Assert.Contains("/search/ q=rust /search/for/rust/ 200!", rules);
        Assert.Contains("/search/ q=Rust /search/for/rust/ 200!", rules);
        Assert.Contains("/search/ q=Node.js /search/for/nodejs/ 200!", rules);
        Assert.Contains("/search/ q=cpp /search/for/cpp/ 200!", rules);
        Assert.DoesNotContain(rules, r => r.Contains("C++", StringComparison.Ordinal)); // a browser sends C%2B%2B: no exact rule
        Assert.All(Directory.GetDirectories(Path.Combine(board.Output, "tags")), tag =>
            Assert.Contains($"/search/ q={Path.GetFileName(tag)} /search/for/{Path.GetFileName(tag)}/ 200!", rules));
        Assert.All(rules, rule => Assert.True(File.Exists(Path.Combine(board.Output, rule.Split(' ')[2].Trim('/'), "index.html")), rule));
    }

    [Fact]
    public async Task Without_javascript_the_page_shows_the_query_and_links_the_tag()
    {
        await using var context = await board.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(board.Server.Origin + "/search/for/rust/");

        var count = Directory.GetFiles(Path.Combine(board.Output, "jobs"), "index.html", SearchOption.AllDirectories)
            .Count(f => File.ReadAllText(f).Contains("href=\"/tags/rust/\"", StringComparison.Ordinal) && !File.ReadAllText(f).Contains("name=\"robots\"", StringComparison.Ordinal));
        Assert.Contains("You searched for “Rust”.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        var link = page.GetByRole(AriaRole.Link, new() { Name = $"See the {count} jobs tagged Rust" });
        Assert.Equal("/tags/rust/", await link.GetAttributeAsync("href"));
        Assert.Equal("Rust", await page.Locator("#search-q").InputValueAsync());
        Assert.Equal("noindex", await page.Locator("meta[name=robots]").GetAttributeAsync("content"));
    }

    [Fact]
    public async Task With_javascript_the_same_page_searches_as_the_search_page_does()
    {
        var page = await board.Browser.NewPageAsync();
        await page.GotoAsync(board.Server.Origin + "/search/for/rust/?q=rust");
        await page.Locator("#search-results .card").First.WaitForAsync();

        Assert.All(await page.Locator("#search-results .card").AllInnerTextsAsync(), card => Assert.Contains("Rust", card, StringComparison.Ordinal));
        Assert.False(await page.GetByText("You searched for").IsVisibleAsync());
    }
}
