using System.Text.RegularExpressions;
using System.Text.Json;
using JobBoard.Pipeline;
using JobBoard.Search;
using JobBoard.Site;
using JobBoard.Tests.Support;
using Microsoft.Playwright;

namespace JobBoard.Tests.Search;

/// <summary>
/// The search page in headless Chromium against the sample board (and a large one: <see cref="LargeBoard"/>), built into
/// a temp folder and served on 127.0.0.1. Every test also checks the page logged no console error and made no
/// request outside the site.
/// </summary>
public sealed class SearchPageTests : IClassFixture<SearchPageTests.ServedSite>, IClassFixture<SearchPageTests.LargeServedSite>
{
    private readonly ServedSite site;
    private readonly LargeServedSite large;

    public SearchPageTests(ServedSite site, LargeServedSite large) => (this.site, this.large) = (site, large);

    /// <summary>The generated board of <see cref="LargeBoard"/>.</summary>
    public sealed class LargeServedSite : ServedSite
    {
        protected override BuildOptions Options(TempFolder temp, string output)
        {
            LargeBoard.Write(temp.Combine("input", "jobs"));
            return new BuildOptions(temp.Combine("input"), RepoPaths.Theme, output, Now: new DateOnly(2026, 11, 1));
        }
    }

    public class ServedSite : IAsyncLifetime
    {
        private readonly TempFolder temp = new();
        private IPlaywright? playwright;

        public StaticSiteServer Server { get; private set; } = null!;

        public IBrowser Browser { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var result = BuildPipeline.Build(Options(temp, temp.Combine("output")));
            Assert.True(result.Published, string.Join("\n", result.Diagnostics));
            Server = await StaticSiteServer.StartAsync(temp.Combine("output"));
            (playwright, Browser) = await Chromium.LaunchAsync();
        }

        public async Task DisposeAsync()
        {
            if (Browser is not null)
            {
                await Browser.DisposeAsync();
            }

            playwright?.Dispose();
            if (Server is not null)
            {
                await Server.DisposeAsync();
            }

            temp.Dispose();
        }

        protected virtual BuildOptions Options(TempFolder temp, string output) => new(RepoPaths.Input, RepoPaths.Theme, output);
    }

    /// <summary>A fresh page that records console errors, page errors and off-site requests.</summary>
    private sealed class Session(IBrowserContext context, IPage page, List<string> problems) : IAsyncDisposable
    {
        public IPage Page => page;

        public ILocator Status => page.Locator("#search-status");

        public async Task<List<string>> TitlesAsync()
        {
            await page.Locator("#search-results[aria-busy=false]").WaitForAsync();
            return [.. await page.Locator("#search-results .card-title").AllInnerTextsAsync()];
        }

        public async Task<int> CountAsync()
        {
            await page.Locator("#search-results[aria-busy=false]").WaitForAsync();
            var text = await Status.InnerTextAsync();
            return text.StartsWith("No jobs", StringComparison.Ordinal) ? 0 : int.Parse(text.Split(' ')[0]);
        }

        public async ValueTask DisposeAsync()
        {
            await context.CloseAsync();
            Assert.True(problems.Count == 0, "console errors or off-site requests:\n" + string.Join("\n", problems));
        }
    }

    private async Task<Session> OpenAsync(string path, ServedSite? on = null)
    {
        var site = on ?? this.site;
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) =>
        {
            // The theme has no favicon yet; Chromium asks for one on its own (not the page's doing).
            if (m.Type is "error" or "warning" && !m.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                problems.Add($"console {m.Type}: {m.Text} ({m.Location})");
            }
        };
        page.PageError += (_, e) => problems.Add("page error: " + e);
        page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(site.Server.Origin + "/", StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                problems.Add("off-site request: " + r.Url);
            }
        };
        await page.GotoAsync(site.Server.Origin + path);
        return new Session(context, page, problems);
    }

    [Fact]
    public async Task Typing_a_term_shows_the_postings_that_mention_it()
    {
        await using var s = await OpenAsync("/search/");
        await s.Page.Locator("#search-q").PressSequentiallyAsync("kafka");
        var titles = await s.TitlesAsync();
        Assert.Contains("Senior Java Developer", titles);
        Assert.Contains("Data Engineer", titles);
        Assert.DoesNotContain("Product Designer", titles);
        Assert.Contains("kafka", await s.Page.Locator("#search-results mark").First.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("?q=kafka", s.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_appear_while_the_last_word_is_still_being_typed()
    {
        await using var s = await OpenAsync("/search/");
        await s.Page.Locator("#search-q").PressSequentiallyAsync("kube");
        Assert.Contains("Site Reliability Engineer", await s.TitlesAsync());
    }

    [Fact]
    public async Task A_typo_still_finds_the_postings()
    {
        await using var s = await OpenAsync("/search/");
        await s.Page.Locator("#search-q").FillAsync("kuberntes ");
        var titles = await s.TitlesAsync();
        Assert.Contains("Site Reliability Engineer", titles);
        Assert.Contains("Senior Backend Engineer", titles);
    }

    [Fact]
    public async Task An_exact_tag_name_ranks_its_postings_first()
    {
        await using var s = await OpenAsync("/search/?q=react");
        var titles = await s.TitlesAsync();
        Assert.Equal(["Full-Stack Engineer", "Frontend Engineer"], titles.Take(2).Order().Reverse());
    }

    [Fact]
    public async Task Opening_the_search_fetches_the_whole_boards_facet_counts_not_every_postings_facets()
    {
        site.Server.Requests.Clear();
        await using var s = await OpenAsync("/search/");
        await s.CountAsync();

        Assert.Equal(["/search/facets/summary.json", "/search/index.json", "/search/results/0.json"],
            site.Server.Requests.Where(p => p.StartsWith("/search/", StringComparison.Ordinal) && p.EndsWith(".json", StringComparison.Ordinal))
                .Distinct().Order(StringComparer.Ordinal));
        Assert.Equal("(8)", await s.Page.Locator("label:has(input[name=tag][value=postgresql]) .count").InnerTextAsync());
        Assert.Equal(8, await s.Page.Locator("input[name=tag]").CountAsync());

        await s.Page.Locator("button[name=toggle-tag]").ClickAsync();
        await s.CountAsync();

        Assert.Equal(64, await s.Page.Locator("input[name=tag]").CountAsync());
        Assert.Contains("/search/facets/0.json", site.Server.Requests);
        Assert.Equal("(8)", await s.Page.Locator("label:has(input[name=tag][value=postgresql]) .count").InnerTextAsync());
    }

    /// <summary>
    /// On a large board, a one-word query, typed letter by letter, fetches the facet counts of its words (facets/terms/),
    /// not the names of every value and the rows of every posting; the counts are exact: choosing a value, which counts
    /// the rows, finds as many jobs as the value showed. "Show all" then lists every value.
    /// </summary>
    [Fact]
    public async Task A_one_word_query_fetches_its_own_facet_counts_not_every_postings_facets()
    {
        await using var s = await OpenAsync("/search/", large);
        await s.CountAsync();
        large.Server.Requests.Clear();
        await s.Page.Locator("#search-q").PressSequentiallyAsync("engineer");
        var found = await s.CountAsync();

        var fetched = large.Server.Requests.Where(p => p.StartsWith("/search/facets/", StringComparison.Ordinal)).Distinct().ToList();
        Assert.Contains("/search/facets/terms/en/g.json", fetched);
        Assert.All(fetched, p => Assert.StartsWith("/search/facets/terms/", p, StringComparison.Ordinal));
        Assert.Contains("/search/postings/en.json", large.Server.Requests);
        var tag = s.Page.Locator("input[name=tag]").First;
        var value = await tag.GetAttributeAsync("value");
        var shown = await s.Page.Locator($"label:has(input[name=tag][value='{value}']) .count").InnerTextAsync();
        Assert.True(found > int.Parse(shown.Trim('(', ')')), $"{found} found, {value} {shown}");

        await tag.CheckAsync();
        Assert.Equal(shown, $"({await s.CountAsync()})");
        Assert.Contains("/search/facets/values.json", large.Server.Requests);

        await tag.UncheckAsync();
        await s.CountAsync();
        await s.Page.Locator("button[name=toggle-tag]").ClickAsync();
        await s.CountAsync();
        Assert.True(await s.Page.Locator("input[name=tag]").CountAsync() > SearchIndexWriter.FacetsShown);
    }

    /// <summary>A small board has all its facet rows in one file: a one-word query counts them, with the term lists of
    /// its first character, and asks for no facet counts by term (it has none).</summary>
    [Fact]
    public async Task On_a_small_board_a_one_word_query_counts_the_one_rows_file()
    {
        await using var s = await OpenAsync("/search/");
        await s.CountAsync();
        site.Server.Requests.Clear();
        await s.Page.Locator("#search-q").PressSequentiallyAsync("engineer");
        var found = await s.CountAsync();

        Assert.Equal(["/search/facets/0.json", "/search/facets/values.json", "/search/postings/e.json", "/search/terms/e.json"],
            site.Server.Requests.Where(p => p.EndsWith(".json", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal));
        var tag = s.Page.Locator("input[name=tag]").First;
        var shown = await s.Page.Locator($"label:has(input[name=tag][value='{await tag.GetAttributeAsync("value")}']) .count").InnerTextAsync();
        await tag.CheckAsync();
        Assert.Equal(shown, $"({await s.CountAsync()})");
        Assert.True(found > 1);
    }

    [Fact]
    public async Task A_facet_narrows_the_count_and_is_keyboard_operable()
    {
        await using var s = await OpenAsync("/search/?q=engineer");
        var before = await s.CountAsync();
        var remote = s.Page.Locator("input[name=workplace][value=remote]");
        await remote.FocusAsync();
        await s.Page.Keyboard.PressAsync("Space");
        var after = await s.CountAsync();
        Assert.InRange(after, 1, before - 1);
        Assert.True(await s.Page.Locator("input[name=workplace][value=remote]").IsCheckedAsync());
        Assert.Contains("workplace=remote", s.Page.Url, StringComparison.Ordinal);
        Assert.Equal("polite", await s.Status.GetAttributeAsync("aria-live"));
    }

    [Fact]
    public async Task The_url_restores_the_state_on_reload_and_back_undoes_a_filter()
    {
        await using var s = await OpenAsync("/search/?q=engineer&workplace=onsite&sort=newest");
        var count = await s.CountAsync();
        var titles = await s.TitlesAsync();
        await s.Page.ReloadAsync();
        // The script restores the form from the URL once it has run, which may be after the load event.
        await Assertions.Expect(s.Page.Locator("#search-q")).ToHaveValueAsync("engineer");
        await Assertions.Expect(s.Page.Locator("select[name=sort]")).ToHaveValueAsync("newest");
        await Assertions.Expect(s.Page.Locator("input[name=workplace][value=onsite]")).ToBeCheckedAsync();
        Assert.Equal(count, await s.CountAsync());
        Assert.Equal(titles, await s.TitlesAsync());

        await s.Page.Locator("input[name=workplace][value=onsite]").UncheckAsync();
        Assert.True(await s.CountAsync() > count);
        await s.Page.GoBackAsync();
        // popstate may arrive after GoBack returns: wait until the page shows the old filter again.
        await Assertions.Expect(s.Page.Locator("input[name=workplace][value=onsite]")).ToBeCheckedAsync();
        Assert.Equal(count, await s.CountAsync());
    }

    [Fact]
    public async Task Minimum_salary_excludes_lower_and_unpaid_postings_and_salary_sort_orders_them()
    {
        await using var s = await OpenAsync("/search/?salary=100000&currency=USD&sort=salary");
        var count = await s.CountAsync();
        Assert.InRange(count, 1, 13);
        var salaries = await s.Page.Locator("#search-results .salary").AllInnerTextsAsync();
        Assert.Equal(count, salaries.Count);
        Assert.All(salaries, text => Assert.Contains("$", text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_salary_filter_says_what_it_compares_and_keeps_a_job_whose_range_reaches_the_amount()
    {
        await using var s = await OpenAsync("/search/?salary=80000&currency=GBP");
        var amount = s.Page.Locator("input[name=salary]");

        await Assertions.Expect(amount).ToHaveAccessibleNameAsync("Pays at least (per year)");
        await Assertions.Expect(amount).ToHaveAccessibleDescriptionAsync(new Regex("top of its pay range reaches this amount"));
        // £70,000 – £85,000 a year: only the top of the range reaches 80,000.
        Assert.Contains("iOS Engineer", await s.TitlesAsync());
    }

    [Fact]
    public async Task The_header_form_of_every_page_leads_to_the_search()
    {
        await using var s = await OpenAsync("/");
        await s.Page.GetByLabel("Search jobs").FillAsync("kafka");
        await s.Page.GetByLabel("Search jobs").PressAsync("Enter");
        await s.Page.WaitForURLAsync("**/search/?q=kafka");
        Assert.Contains("Data Engineer", await s.TitlesAsync());
    }

    [Fact]
    public async Task The_browser_tokenizer_matches_the_index_tokenizer()
    {
        await using var s = await OpenAsync("/search/");
        string[] samples =
        [
            "Senior Backend Engineers", "Café Numérique", "C++ and C# / F#, a+b", "Straße Œuvre Łódź", "node.js, k8s & ci/cd",
            "ÉCOLE companies classes matches redis status", "日本語 テスト", "x86_64 3.5 ÆØÅ", "Kubernetes, PostgreSQL!", "İstanbul İZMİR, Hà Nội ẠẢ, Ĳssel", "",
        ];
        foreach (var sample in samples)
        {
            var js = await s.Page.EvaluateAsync<string[]>("t => JobBoardSearch.tokens(t).map(JobBoardSearch.stem)", sample);
            Assert.Equal([.. SearchText.Terms(sample)], js);
            var keys = await s.Page.EvaluateAsync<string[]>("t => JobBoardSearch.tokens(t).map(JobBoardSearch.fileKey)", sample);
            Assert.Equal([.. SearchText.Tokens(sample).Select(SearchText.FileKey)], keys);
        }
    }

    [Theory]
    [InlineData("kubernetes", "kubernetes", true)]
    [InlineData("kuberntes", "kubernetes", true)]   // a letter left out
    [InlineData("kubernettes", "kubernetes", true)] // a letter too many
    [InlineData("kubermetes", "kubernetes", true)]  // a wrong letter
    [InlineData("kubenretes", "kubernetes", true)]  // two letters swapped
    [InlineData("kubrentes", "kubernetes", false)]  // two edits
    [InlineData("postgres", "postgresql", false)]
    [InlineData("react", "reach", true)]
    public async Task Typo_matching_allows_one_edit(string typed, string term, bool near)
    {
        await using var s = await OpenAsync("/search/");
        Assert.Equal(near, await s.Page.EvaluateAsync<bool>("([a, b]) => JobBoardSearch.near(a, b)", new[] { typed, term }));
    }
}
