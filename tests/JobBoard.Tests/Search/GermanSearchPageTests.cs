using JobBoard.Tests.Support;

namespace JobBoard.Tests.Search;

/// <summary>
/// The search page of the sample board with <c>language: de</c>, in headless Chromium under the site's CSP:
/// search.js writes its status, filters and buttons in German, from the page's data-text-* attributes.
/// </summary>
public sealed class GermanSearchPageTests : IAsyncLifetime
{
    private readonly List<string> problems = [];
    private ServedBoard board = null!;

    public async Task InitializeAsync() => board = await ServedBoard.StartAsync(RepoPaths.Input, input =>
    {
        var site = Path.Combine(input, "site.yml");
        File.WriteAllText(site, File.ReadAllText(site).Replace("language: en", "language: de", StringComparison.Ordinal));
    });

    public async Task DisposeAsync() => await board.DisposeAsync();

    [Fact]
    public async Task The_search_ui_speaks_the_boards_language()
    {
        var page = await board.Browser.NewPageAsync();
        page.Console += (_, m) =>
        {
            if (m.Type == "error" && !m.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                problems.Add(m.Text);
            }
        };
        await page.GotoAsync(board.Server.Origin + "/search/?q=engineer");
        await page.Locator("#search-results[aria-busy=false]").WaitForAsync();

        Assert.Matches(@"^\d+ Jobs? gefunden\.$", await page.Locator("#search-status").InnerTextAsync());
        var legends = await page.Locator("#search-facets legend").AllInnerTextsAsync();
        Assert.Contains("Arbeitsort", legends);
        Assert.Contains("Gehalt", legends);
        Assert.Equal("Zahlt mindestens (pro Jahr)", (await page.Locator("#facet-salary label").Last.InnerTextAsync()).Trim());
        Assert.Equal("Filter", await page.Locator("#filters-toggle").TextContentAsync());
        Assert.Contains("Themen", await page.Locator("#search-results .tags").First.GetAttributeAsync("aria-label"));
        Assert.Matches(@"^\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}$",
            await page.Locator("#search-results time").First.InnerTextAsync());

        await page.Locator("#search-q").FillAsync("zzzzqqqq");
        await page.Locator("#search-q").PressAsync("Enter");
        await page.Locator("#search-status", new() { HasTextString = "Keine Jobs" }).WaitForAsync();
        Assert.Empty(problems);
    }
}
