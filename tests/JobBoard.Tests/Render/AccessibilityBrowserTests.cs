using Deque.AxeCore.Playwright;
using JobBoard.Tests.Support;
using Microsoft.Playwright;

namespace JobBoard.Tests.Render;

/// <summary>
/// axe-core (every rule it runs by default, best practices included) on every page type of the sample board,
/// at a desktop and a phone width, in the light and the dark colour scheme, under the site's CSP.
/// </summary>
public sealed class AccessibilityBrowserTests(AccessibilityBrowserTests.Board board) : IClassFixture<AccessibilityBrowserTests.Board>
{
    public sealed class Board : IAsyncLifetime
    {
        public ServedBoard Served { get; private set; } = null!;

        public async Task InitializeAsync() => Served = await ServedBoard.StartAsync(RepoPaths.Input);

        public async Task DisposeAsync() => await Served.DisposeAsync();
    }

    public static TheoryData<string, int, string> Pages()
    {
        string[] paths =
        [
            "/", "/jobs/senior-backend-engineer-lumen-co/", "/jobs/backend-developer-php-cafe-numerique/", "/tags/", "/tags/rust/",
            "/companies/", "/companies/lumen-co/", "/locations/", "/locations/berlin-germany/", "/locations/berlin-germany/tags/python/", "/remote/",
            "/employment/", "/employment/full-time/", "/about/", "/404.html",
            "/search/?q=engineer", "/search/?q=nothing-matches-this", "/search/for/rust/?q=rust",
        ];
        var data = new TheoryData<string, int, string>();
        foreach (var path in paths)
        {
            data.Add(path, 1280, "light");
            data.Add(path, 390, "light");
            data.Add(path, 1280, "dark");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_violation(string path, int width, string scheme)
    {
        await using var context = await board.Served.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = 844 },
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(board.Served.Server.Origin + path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        if (path.StartsWith("/search/", StringComparison.Ordinal))
        {
            await page.Locator("#search-results[aria-busy=false]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        }

        var result = await page.RunAxe();

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n  " + string.Join("\n  ", v.Nodes.Select(n => string.Join(" ", n.Target) + " " + n.Html)))));
    }
}
