// Search benchmark: builds a synthetic board (../shared/bench/gen_corpus.py), then reports the index size,
// what a first query transfers (gzip), and query times in headless Chromium.
//   dotnet run -c Release --project bench/SearchBench -- [--count 10000] [--work DIR]
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using JobBoard.Pipeline;
using JobBoard.Site;
using JobBoard.Tests.Support;
using Microsoft.Playwright;

var count = Arg("--count", "10000");
var root = FindRoot();
var work = Path.GetFullPath(Arg("--work", Path.Combine(Path.GetTempPath(), "jobboard-search-bench", count)));
var input = Path.Combine(work, "input");
var output = Path.Combine(work, "output");

if (!Directory.Exists(Path.Combine(input, "jobs")))
{
    Directory.CreateDirectory(input);
    File.Copy(Path.Combine(root, "input", "site.yml"), Path.Combine(input, "site.yml"), true);
    File.Copy(Path.Combine(root, "input", "taxonomy.yml"), Path.Combine(input, "taxonomy.yml"), true);
    Run("python3", Path.Combine(Path.GetDirectoryName(root)!, "shared", "bench", "gen_corpus.py"), "--count", count, "--out", Path.Combine(input, "jobs"));
}

var clock = Stopwatch.StartNew();
var result = BuildPipeline.Build(new BuildOptions(input, Path.Combine(root, "theme"), output, Now: new DateOnly(2026, 12, 31), KeepGoing: true));
Console.WriteLine($"build: {result.PostingsRead} postings read, {result.PagesWritten} files, published {result.Published}, {result.Diagnostics.Count(d => d.IsError)} errors, {clock.Elapsed.TotalSeconds:F1} s");

var search = Path.Combine(output, "search");
var indexFiles = Directory.EnumerateFiles(search, "*.json", SearchOption.AllDirectories).ToList();
Console.WriteLine($"index: {indexFiles.Count} files, {indexFiles.Sum(f => new FileInfo(f).Length) / 1024.0:F0} KB raw, "
    + $"{indexFiles.Sum(f => Gzip(f)) / 1024.0:F0} KB gzip in total; entry index.json {new FileInfo(Path.Combine(search, "index.json")).Length} B");
var js = Directory.EnumerateFiles(Path.Combine(output, "assets"), "search.*.js").Single();
Console.WriteLine($"search.js: {new FileInfo(js).Length} B raw, {Gzip(js)} B gzip");

await using var server = await StaticSiteServer.StartAsync(output);
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

foreach (var term in new[] { "python", "kafka", "engineer", "platform" })
{
    var page = await browser.NewPageAsync();
    server.Requests.Clear();
    await page.GotoAsync(server.Origin + "/search/");
    await page.EvaluateAsync("() => JobBoardSearch.ready");
    // What the page fetched before a query: its HTML, script, stylesheet (and icon) and the index files of its first results.
    var loaded = server.Requests.Distinct().Select(p => p.EndsWith('/') ? p + "index.html" : p)
        .Where(p => File.Exists(Path.Combine(output, p.TrimStart('/')))).ToList();
    Console.WriteLine($"page load before '{term}': {loaded.Count} files, {loaded.Sum(p => Gzip(Path.Combine(output, p.TrimStart('/')))) / 1024.0:F1} KB gzip");
    await page.EvaluateAsync("q => JobBoardSearch.query(q)", term);
    var fetched = server.Requests.Where(p => p.StartsWith("/search/", StringComparison.Ordinal) && p.EndsWith(".json", StringComparison.Ordinal)).Distinct().ToList();
    var bytes = fetched.Sum(p => Gzip(Path.Combine(output, p.TrimStart('/'))));
    var status = await page.Locator("#search-status").InnerTextAsync();
    Console.WriteLine($"first query '{term}': {fetched.Count} index files, {bytes / 1024.0:F1} KB gzip ({status})");
    // Issue 19's measure: everything from opening the page to the query's results (page, script, styles, index files), at gzip -9.
    var all = server.Requests.Distinct().Select(p => p.EndsWith('/') ? p + "index.html" : p)
        .Where(p => File.Exists(Path.Combine(output, p.TrimStart('/')))).ToList();
    Console.WriteLine($"page and first query '{term}': {all.Count} files, {all.Sum(p => Gzip(Path.Combine(output, p.TrimStart('/')), CompressionLevel.SmallestSize)) / 1024.0:F1} KB at gzip -9");
    await page.CloseAsync();
}

string[] words = ["python", "kafka", "engineer", "platform", "kubernetes", "senior data", "go", "react", "aws lambda", "rust",
    "kuberntes", "pyton", "postgre", "terraform", "site reliability", "machine learning", "backend java", "remote", "berlin", "mentor"];
var queries = Enumerable.Range(0, 100).Select(i => i % 5 == 4 ? words[i % words.Length][..Math.Max(2, words[i % words.Length].Length - 2)] : words[i % words.Length]).ToArray();
var bench = await browser.NewPageAsync();
await bench.GotoAsync(server.Origin + "/search/");
await bench.EvaluateAsync("() => JobBoardSearch.ready");
const string timeAll = """
    async qs => { const t = []; for (const q of qs) { const s = performance.now(); await JobBoardSearch.query(q); t.push(performance.now() - s); } return t; }
    """;
Report("cold (first time each query: fetch + parse + rank + render)", await bench.EvaluateAsync<double[]>(timeAll, queries));
Report("warm (index parts cached: rank + facets + render)", await bench.EvaluateAsync<double[]>(timeAll, queries));

string Arg(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

static void Report(string label, double[] times)
{
    var sorted = times.Order().ToArray();
    double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"query time, {label}, {times.Length} queries: median {At(0.5):F1} ms, p95 {At(0.95):F1} ms, max {sorted[^1]:F1} ms"));
}

static long Gzip(string file, CompressionLevel level = CompressionLevel.Optimal)
{
    using var compressed = new MemoryStream();
    using (var gzip = new GZipStream(compressed, level, leaveOpen: true))
    {
        gzip.Write(File.ReadAllBytes(file));
    }

    return compressed.Length;
}

static void Run(string exe, params string[] arguments)
{
    using var process = Process.Start(new ProcessStartInfo(exe, arguments))!;
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"{exe} failed with {process.ExitCode}");
    }
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Generator.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Generator.sln not found");
}
