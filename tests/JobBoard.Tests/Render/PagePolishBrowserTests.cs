using JobBoard.Tests.Support;
using Microsoft.Playwright;

namespace JobBoard.Tests.Render;

/// <summary>
/// The sample board's pages in headless Chromium under the site's CSP: what a visitor sees on every page
/// besides the content (the layout's spacing, the icon, the feeds it announces, the Apply button).
/// </summary>
public sealed class PagePolishBrowserTests : IAsyncLifetime
{
    private readonly List<string> failed = [];
    private ServedBoard board = null!;

    public async Task InitializeAsync() => board = await ServedBoard.StartAsync(RepoPaths.Input);

    public async Task DisposeAsync() => await board.DisposeAsync();

    private async Task<IPage> Open(string path, int width = 1280)
    {
        var page = await board.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 844 } });
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failed.Add($"{response.Status} {response.Url}");
            }
        };
        await page.GotoAsync(board.Server.Origin + path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        return page;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/tags/")]
    [InlineData("/about/")]
    public async Task The_first_heading_keeps_its_distance_from_the_header_and_no_request_fails(string path)
    {
        var page = await Open(path);

        var gap = await page.EvaluateAsync<double>(
            "() => document.querySelector('main h1').getBoundingClientRect().top - document.querySelector('.site-header').getBoundingClientRect().bottom");
        Assert.True(gap >= 16, $"the heading is {gap}px below the header");
        Assert.NotNull(await page.Locator("link[rel=icon]").GetAttributeAsync("href"));
        Assert.Empty(failed); // the icon among them: no 404 for /favicon.ico
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/tags/rust/")]
    [InlineData("/companies/lumen-co/")]
    public async Task Each_feed_is_announced_once(string path)
    {
        var page = await Open(path);

        var feeds = await page.Locator("link[rel=alternate]").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))");
        Assert.NotEmpty(feeds);
        Assert.Equal(feeds.Distinct(StringComparer.Ordinal).Count(), feeds.Length);
    }

    [Fact]
    public async Task An_open_job_offers_apply_at_its_top_and_at_its_end()
    {
        var job = Directory.GetDirectories(Path.Combine(board.Output, "jobs"))
            .Select(folder => "/jobs/" + Path.GetFileName(folder) + "/")
            .First(path => File.ReadAllText(Path.Combine(board.Output, path.Trim('/'), "index.html")).Contains("class=\"button\"", StringComparison.Ordinal));
        var page = await Open(job);

        var apply = page.Locator("article.job a.button");
        Assert.Equal(2, await apply.CountAsync());
        Assert.Equal(await apply.First.GetAttributeAsync("href"), await apply.Last.GetAttributeAsync("href"));
        var body = await page.Locator("section.description").BoundingBoxAsync();
        Assert.True((await apply.Last.BoundingBoxAsync())!.Y > body!.Y + body.Height, "the second Apply button comes after the description");
    }

    [Fact]
    public async Task The_search_pages_two_search_landmarks_have_distinct_names()
    {
        var page = await Open("/search/");

        var names = await page.Locator("[role=search]").EvaluateAllAsync<string[]>("forms => forms.map(f => f.getAttribute('aria-label') ?? '')");
        Assert.Equal(2, names.Length);
        Assert.DoesNotContain("", names);
        Assert.NotEqual(names[0], names[1]);
    }

    [Fact]
    public async Task On_a_phone_the_filters_wait_behind_a_button_and_the_first_result_shows_without_scrolling()
    {
        var page = await Open("/search/?q=engineer", width: 390);
        await page.Locator("#search-results .card").First.WaitForAsync();

        var title = await page.Locator("#search-results .card-title").First.BoundingBoxAsync();
        Assert.True(title!.Y + title.Height <= 844, $"the first result's title ends at {title.Y + title.Height}px, below the 844px screen");
        var filters = page.GetByRole(AriaRole.Button, new() { Name = "Filters" });
        Assert.False(await page.Locator("#search-facets").IsVisibleAsync());
        Assert.Equal("false", await filters.GetAttributeAsync("aria-expanded"));

        await filters.ClickAsync();

        Assert.True(await page.Locator("#search-facets").IsVisibleAsync());
        Assert.Equal("true", await filters.GetAttributeAsync("aria-expanded"));
    }

    [Fact]
    public async Task On_a_wide_screen_the_filters_show_beside_the_results_without_a_button()
    {
        var page = await Open("/search/?q=engineer");
        await page.Locator("#search-results .card").First.WaitForAsync();

        Assert.True(await page.Locator("#search-facets").IsVisibleAsync());
        Assert.False(await page.GetByRole(AriaRole.Button, new() { Name = "Filters" }).IsVisibleAsync());
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("es")]
    public async Task The_header_search_shows_its_whole_placeholder_in_every_language(string language)
    {
        await using var translated = await ServedBoard.StartAsync(RepoPaths.Input, input =>
        {
            var site = Path.Combine(input, "site.yml");
            File.WriteAllText(site, File.ReadAllText(site).Replace("language: en", $"language: {language}", StringComparison.Ordinal));
        });
        foreach (var width in new[] { 1280, 800, 390 })
        {
            var page = await translated.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 844 } });
            await page.GotoAsync(translated.Server.Origin + "/");

            // The placeholder's text width, in the input's own font, against the room inside the input.
            var measured = await page.EvaluateAsync<double[]>(@"() => {
                const input = document.getElementById('header-q'), style = getComputedStyle(input);
                const context = document.createElement('canvas').getContext('2d');
                context.font = style.font;
                const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                return [context.measureText(input.placeholder).width, room];
            }");
            Assert.True(measured[0] <= measured[1], $"at {width}px the placeholder needs {measured[0]}px and has {measured[1]}px");
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/jobs/senior-backend-engineer-lumen-co/")]
    public async Task A_tag_link_is_named_for_the_jobs_it_leads_to(string path)
    {
        var page = await Open(path);

        var tag = page.Locator("ul.tags a[href='/tags/go/']").First;
        Assert.Equal("Go", await tag.Locator("[aria-hidden=true]").InnerTextAsync());
        // The name a screen reader reads out, as the browser computes it: the word shown, and where it leads.
        await Assertions.Expect(tag).ToHaveAccessibleNameAsync("Jobs tagged Go");
    }

    [Fact]
    public async Task A_query_typed_before_the_index_arrives_is_answered_once_it_does()
    {
        var page = await board.Browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/search/index.json", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(board.Server.Origin + "/search/", new() { WaitUntil = WaitUntilState.DOMContentLoaded });

        await page.Locator("#search-q").FillAsync("kafka");
        await page.Locator("#search-q").PressAsync("Enter");
        release.SetResult();

        await page.Locator("#search-results .card").First.WaitForAsync();
        Assert.Contains("Data Engineer", await page.Locator("#search-results .card-title").AllInnerTextsAsync());
        Assert.EndsWith("/search/?q=kafka", page.Url, StringComparison.Ordinal);
        Assert.Empty(errors);
    }
}
