using System.Collections.Immutable;
using System.Diagnostics;
using JobBoard.Model;
using JobBoard.Output;
using JobBoard.Pipeline;
using JobBoard.Render;
using JobBoard.Site;
using JobBoard.Tests.Support;
using Microsoft.Playwright;
using Tomlyn;
using Tomlyn.Model;
using Xunit.Abstractions;

namespace JobBoard.Tests.Security;

/// <summary>
/// Issue 9, point 1: no posting can run script on the generated site. A board whose postings carry
/// the corpus of <c>xss-vectors.txt</c> in every field (see <see cref="HostileBoard"/>) is built,
/// served on 127.0.0.1 and loaded page by page in headless Chromium, twice: once with the CSP of
/// netlify.toml in report-only mode (injected script would run and set <c>window.__xss</c>, and
/// every would-be violation is reported), once with the CSP enforced as Netlify serves it (the
/// theme's own script must work under it without a single violation).
/// </summary>
public sealed class ScriptInjectionBrowserTests : IClassFixture<ScriptInjectionBrowserTests.HostileSite>
{
    /// <summary>Searched on /search/: words of the vectors, and vectors themselves as the query.</summary>
    private static readonly string[] Queries =
    [
        "script", "xss", "window", "onerror", "onmouseover", "onfocus autofocus", "javascript", "data", "svg", "img",
        "math", "iframe", "constructor", "python", "<img src=x onerror=window.__xss=1>", "\"><script>window.__xss=1</script>",
        "javascript:window.__xss=1", "{{constructor}}",
    ];

    private readonly HostileSite site;
    private readonly ITestOutputHelper output;

    public ScriptInjectionBrowserTests(HostileSite site, ITestOutputHelper output)
    {
        this.site = site;
        this.output = output;
    }

    public sealed class HostileSite : IAsyncLifetime
    {
        private readonly TempFolder temp = new();
        private IPlaywright? playwright;

        public string Output => temp.Combine("output");

        public GeneratedSite Generated { get; private set; } = null!;

        /// <summary>Serves the site with the CSP as Content-Security-Policy-Report-Only.</summary>
        public StaticSiteServer ReportOnly { get; private set; } = null!;

        /// <summary>Serves the site with every header of netlify.toml's "/*" rule, the CSP enforced.</summary>
        public StaticSiteServer Enforced { get; private set; } = null!;

        public IBrowser Browser { get; private set; } = null!;

        public TimeSpan BuildTime { get; private set; }

        public async Task InitializeAsync()
        {
            var clock = Stopwatch.StartNew();
            var (input, theme) = HostileBoard.Write(temp, XssCorpus.Vectors);
            Generated = BuildPipeline.Generate(new BuildOptions(input, theme, Output, Now: new DateOnly(2026, 11, 1), KeepGoing: true));
            Assert.NotNull(Generated.Site);
            Assert.False(Generated.RenderFailed, string.Join("\n", Generated.Diagnostics.Where(d => d.Code == DiagnosticCodes.TemplateError)));
            using (var output = new AtomicOutput(Output))
            {
                Parallel.ForEach(Generated.Files, output.Add);
                output.Publish();
            }

            BuildTime = clock.Elapsed;

            var headers = NetlifyHeaders();
            ReportOnly = await StaticSiteServer.StartAsync(Output, new Dictionary<string, string>
            {
                ["Content-Security-Policy-Report-Only"] = headers["Content-Security-Policy"],
                ["X-Content-Type-Options"] = headers["X-Content-Type-Options"],
            });
            Enforced = await StaticSiteServer.StartAsync(Output, headers);
            (playwright, Browser) = await Chromium.LaunchAsync();
        }

        public async Task DisposeAsync()
        {
            if (Browser is not null)
            {
                await Browser.DisposeAsync();
            }

            playwright?.Dispose();
            if (ReportOnly is not null)
            {
                await ReportOnly.DisposeAsync();
            }

            if (Enforced is not null)
            {
                await Enforced.DisposeAsync();
            }

            temp.Dispose();
        }

        /// <summary>Site paths of the generated HTML pages: folders for index.html, else the file.</summary>
        public List<string> HtmlPages() =>
        [
            .. Generated.Files.Select(f => f.Path).Where(p => p.EndsWith(".html", StringComparison.Ordinal))
                .Select(p => p == "index.html" ? "/" : p.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + p[..^"index.html".Length] : "/" + p)
                .Order(StringComparer.Ordinal),
        ];

        internal static Dictionary<string, string> NetlifyHeaders()
        {
            var netlify = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml")))!;
            return ((TomlTableArray)netlify["headers"]).Where(h => (string)h["for"] == "/*")
                .SelectMany(h => (TomlTable)h["values"]).ToDictionary(kv => kv.Key, kv => (string)kv.Value!);
        }
    }

    [Fact]
    public void The_corpus_has_at_least_60_vectors_and_each_would_set_the_flag()
    {
        Assert.InRange(XssCorpus.Vectors.Length, 60, 1000);
        Assert.Equal(XssCorpus.Vectors.Length, XssCorpus.Vectors.Distinct(StringComparer.Ordinal).Count());
        var inert = XssCorpus.Vectors.Where(v => !Decoded(v).Contains("__xss", StringComparison.Ordinal) && !v.Contains("{{", StringComparison.Ordinal));
        Assert.Empty(inert);
    }

    [Fact]
    public void The_board_publishes_postings_of_every_format_and_refuses_every_unsafe_apply_link()
    {
        var postings = site.Generated.Site!.All.ToList();
        foreach (var d in site.Generated.Diagnostics.Where(d => d.IsError && !d.File.StartsWith("jobs/apply-", StringComparison.Ordinal)))
        {
            output.WriteLine($"{d.File}:{d.Line}: {d.Code} {d.Message}");
        }

        Assert.Equal(HostileBoard.FrontMatterPostings, postings.Count(p => p.File.StartsWith("jobs/fm-", StringComparison.Ordinal)));
        Assert.Equal(HostileBoard.MarkdownPostings, postings.Count(p => p.File.StartsWith("jobs/md-", StringComparison.Ordinal)));
        Assert.Equal(HostileBoard.TextPostings, postings.Count(p => p.File.StartsWith("jobs/txt-", StringComparison.Ordinal)));
        foreach (var format in Enum.GetValues<PostingFormat>())
        {
            Assert.Contains(postings, p => p.Format == format);
        }

        // A hostile apply link is never published as a link. It makes its posting an error (JB0206),
        // unless the URL policy lets it through as an http(s) link, or it holds no mark of a link or of
        // markup at all (words), which is passed over with a warning (JB0216) and no apply link.
        for (var i = 0; i < XssCorpus.Vectors.Length; i++)
        {
            var file = $"jobs/apply-{i:D3}.md";
            var vector = XssCorpus.Vectors[i].Trim();
            var refused = site.Generated.Diagnostics.Any(d => d.File == file && d.Code == DiagnosticCodes.UnsafeUrl && d.IsError);
            var posting = postings.FirstOrDefault(p => p.File == file);
            Assert.True(refused != (posting is not null), $"{file} ({vector}): refused={refused}, published={posting is not null}");
            if (posting is not null)
            {
                var passedOver = site.Generated.Diagnostics.Any(d => d.File == file && d.Code == DiagnosticCodes.NoApplyLinkInValue);
                Assert.True(UrlPolicy.IsAllowed(vector) ? UrlPolicy.IsAllowed(posting.ApplyUrl) : posting.ApplyUrl is null && passedOver,
                    $"{file} ({vector}): published with apply link '{posting.ApplyUrl}'");
            }
        }

        output.WriteLine($"{postings.Count} postings published, {site.Generated.Files.Length} files, build {site.BuildTime.TotalSeconds:F1}s");
    }

    [Fact]
    public void Only_http_and_https_vectors_pass_the_url_policy()
    {
        foreach (var vector in XssCorpus.Vectors)
        {
            if (UrlPolicy.IsAllowed(vector))
            {
                Assert.StartsWith("https://apply.example.com/", vector, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task No_page_runs_injected_script_and_the_csp_never_has_to_block_anything()
    {
        var pages = site.HtmlPages();
        Assert.Contains("/404.html", pages);
        Assert.Contains("/search/", pages);
        Assert.Contains("/page/2/", pages);
        Assert.Contains(pages, p => p.StartsWith("/tags/", StringComparison.Ordinal) && p.Count(c => c == '/') == 3);
        Assert.Contains(pages, p => p.StartsWith("/companies/", StringComparison.Ordinal) && p.Count(c => c == '/') == 3);
        Assert.Contains(pages, p => p.StartsWith("/locations/", StringComparison.Ordinal) && p.Count(c => c == '/') == 3);
        Assert.Contains("/remote/", pages);

        var clock = Stopwatch.StartNew();
        var problems = new List<string>();
        await using (var probe = await PageProbe.OpenAsync(site.Browser, site.ReportOnly.Origin))
        {
            foreach (var path in pages)
            {
                problems.AddRange(await probe.ProbeAsync(path, path.StartsWith("/search/", StringComparison.Ordinal) ? WaitForResults : null));
            }
        }

        output.WriteLine($"{pages.Count} HTML pages probed in {clock.Elapsed.TotalSeconds:F1}s: " + string.Join(", ",
            pages.GroupBy(p => p.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "/").Select(g => $"{g.Key} {g.Count()}")));
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(100)));
    }

    [Fact]
    public async Task Search_results_for_injected_terms_run_no_script()
    {
        var clock = Stopwatch.StartNew();
        var problems = new List<string>();
        var shown = 0;
        await using (var probe = await PageProbe.OpenAsync(site.Browser, site.ReportOnly.Origin))
        {
            foreach (var query in Queries)
            {
                try
                {
                    problems.AddRange(await probe.ProbeAsync("/search/?q=" + Uri.EscapeDataString(query), WaitForResults));
                }
                catch (TimeoutException)
                {
                    problems.Add($"query '{query}': the results never settled (status: {await probe.Page.Locator("#search-status").TextContentAsync()})");
                    continue;
                }

                shown += await probe.Page.Locator("#search-results .card").CountAsync();
            }
        }

        output.WriteLine($"{Queries.Length} queries, {shown} result cards, in {clock.Elapsed.TotalSeconds:F1}s");
        Assert.True(shown > Queries.Length * 5, $"only {shown} result cards: the queries must find the hostile postings");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(100)));
    }

    [Fact]
    public async Task Feeds_data_and_sitemap_shown_in_the_browser_run_no_script()
    {
        var paths = site.Generated.Files.Select(f => "/" + f.Path)
            .Where(p => p.EndsWith(".xml", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal)
                || p == "/jobs.json" || p.StartsWith("/search/facets/", StringComparison.Ordinal) || p.StartsWith("/search/results/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Contains("/feed.xml", paths);
        Assert.Contains("/sitemap.xml", paths);
        Assert.Contains("/jobs.json", paths);

        var clock = Stopwatch.StartNew();
        var problems = new List<string>();
        await using (var probe = await PageProbe.OpenAsync(site.Browser, site.ReportOnly.Origin))
        {
            foreach (var path in paths)
            {
                problems.AddRange(await probe.ProbeAsync(path, interact: false));
            }
        }

        // A browser runs script in XHTML or SVG elements of an XML file: feeds and sitemap hold only their own.
        foreach (var file in site.Generated.Files.Where(f => f.Path.EndsWith(".xml", StringComparison.Ordinal)))
        {
            var xml = System.Xml.Linq.XDocument.Load(new MemoryStream(file.Content));
            var foreign = xml.Descendants().Select(e => e.Name.NamespaceName)
                .Where(ns => ns is not ("http://www.w3.org/2005/Atom" or "http://www.sitemaps.org/schemas/sitemap/0.9")).Distinct();
            problems.AddRange(foreign.Select(ns => $"/{file.Path}: element in namespace '{ns}'"));
        }

        output.WriteLine($"{paths.Count} feeds and data files probed in {clock.Elapsed.TotalSeconds:F1}s");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(100)));
    }

    /// <summary>
    /// The report-only pass already reports every violation on every page; this one proves the
    /// header as Netlify sends it breaks nothing of the theme's own: one page of each template, and
    /// the search running a query.
    /// </summary>
    [Fact]
    public async Task Under_the_enforced_csp_the_search_works_and_no_page_reports_a_violation()
    {
        var pages = site.HtmlPages().GroupBy(p => p.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() + p.Count(c => c == '/'))
            .Select(g => g.First()).ToList();
        var problems = new List<string>();
        await using (var probe = await PageProbe.OpenAsync(site.Browser, site.Enforced.Origin))
        {
            foreach (var path in pages)
            {
                problems.AddRange(await probe.ProbeAsync(path, path.StartsWith("/search/", StringComparison.Ordinal) ? WaitForResults : null));
            }

            problems.AddRange(await probe.ProbeAsync("/search/?q=script", WaitForResults));
            Assert.True(await probe.Page.Locator("#search-results .card").CountAsync() > 0, "search shows no results under the CSP");
        }

        output.WriteLine($"{pages.Count + 1} pages under the enforced CSP: " + string.Join(" ", pages));
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(100)));
    }

    [Fact]
    public async Task Injected_text_arrives_as_text()
    {
        var postings = site.Generated.Site!.Open.ToList();
        await using var probe = await PageProbe.OpenAsync(site.Browser, site.ReportOnly.Origin);
        foreach (var posting in postings.Where(p => p.File.StartsWith("jobs/fm-", StringComparison.Ordinal)).Take(10))
        {
            await probe.Page.GotoAsync(site.ReportOnly.Origin + SiteModel.JobPath(posting));
            Assert.Equal(Squeeze(posting.Title!), Squeeze(await probe.Page.Locator("h1").TextContentAsync() ?? ""));
            Assert.StartsWith(Squeeze(posting.Title!), Squeeze(await probe.Page.TitleAsync()), StringComparison.Ordinal);
            Assert.Equal(Squeeze(posting.Company!.Name), Squeeze(await probe.Page.Locator(".job-company a").First.TextContentAsync() ?? ""));
            Assert.True(await probe.Page.Locator(".extra dd").CountAsync() >= 3, "the unknown keys are shown");
        }
    }

    /// <summary>The probe must see script that does run: a page with live payloads is caught.</summary>
    [Fact]
    public async Task The_probe_catches_a_payload_that_runs()
    {
        var canary = Path.Combine(site.Output, "canary.html");
        File.WriteAllText(canary, """
            <!doctype html><title>canary</title>
            <img src="/none.png" onerror="window.__xss=1">
            <a href="javascript:void 0">x</a>
            """);
        try
        {
            await using var probe = await PageProbe.OpenAsync(site.Browser, site.ReportOnly.Origin);
            var reportOnly = await probe.ProbeAsync("/canary.html");
            Assert.Contains(reportOnly, p => p.Contains("window.__xss = 1", StringComparison.Ordinal));
            Assert.Contains(reportOnly, p => p.Contains("has handler onerror", StringComparison.Ordinal));
            Assert.Contains(reportOnly, p => p.Contains("href=\"javascript:", StringComparison.Ordinal));
            Assert.Contains(reportOnly, p => p.Contains("report script-src", StringComparison.Ordinal));

            await using var enforced = await PageProbe.OpenAsync(site.Browser, site.Enforced.Origin);
            var blocked = await enforced.ProbeAsync("/canary.html");
            Assert.DoesNotContain(blocked, p => p.Contains("window.__xss = 1", StringComparison.Ordinal));
            Assert.Contains(blocked, p => p.Contains("enforce script-src", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(canary);
        }
    }

    /// <summary>The vector with its base64 payload, if any, decoded.</summary>
    private static string Decoded(string vector)
    {
        var at = vector.IndexOf("base64,", StringComparison.Ordinal);
        if (at < 0)
        {
            return vector;
        }

        var payload = new string([.. vector[(at + 7)..].TakeWhile(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=')]);
        return vector + System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(payload));
    }

    private static async Task WaitForResults(IPage page) =>
        await page.Locator("#search-results[aria-busy=false]").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });

    private static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
