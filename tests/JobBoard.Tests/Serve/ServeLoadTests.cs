extern alias cli;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using AngleSharp.Html.Parser;
using cli::JobBoard.Cli;
using cli::JobBoard.Cli.Serve;
using JobBoard.Site;
using JobBoard.Tests.Support;
using Xunit.Abstractions;
using JobBoard.Pipeline;

namespace JobBoard.Tests.Serve;

/// <summary>
/// The preview server under load while postings change: 20 clients for 10 seconds against real
/// HTTP on 127.0.0.1, while postings are edited, added and deleted every 200 ms so rebuilds swap
/// snapshots mid-request. No request may fail, no body may be anything but one whole version of
/// its file, and no connection may outlive its client. Speed is reported, not asserted.
/// It runs alone, after the parallel tests, so it neither starves them nor is slowed by them.
/// </summary>
[Collection(nameof(ServeLoadTests))]
public sealed class ServeLoadTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Workers = 20;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan EditInterval = TimeSpan.FromMilliseconds(200);
    private const string Missing = "/jobs/nobody-works-here/";

    private readonly TempFolder temp = new();
    private readonly LiveReloadHub hub = new();
    private RebuildCoordinator coordinator = null!;
    private SnapshotHistory history = null!;
    private SiteWatcher watcher = null!;
    private PreviewServer server = null!;
    private KestrelConnections connections = null!;
    private string[] firstBuild = [];
    private ChangingBoard board = null!;

    public async Task InitializeAsync()
    {
        var input = temp.Combine("input");
        board = new ChangingBoard(input);
        board.Write(Path.Combine(RepoPaths.Fixtures, "basic", "taxonomy.yml"));
        var options = new BuildOptions(input, temp.CopyFrom(RepoPaths.Theme, "theme"), Output: "", Now: new DateOnly(2026, 11, 1), KeepGoing: true);
        coordinator = new RebuildCoordinator(options, hub, TextWriter.Null);
        coordinator.BuildFirst();
        Assert.Empty(coordinator.Errors);
        firstBuild = [.. BuildPipeline.Generate(options).Files.Select(f => f.Path)];
        history = new SnapshotHistory(() => coordinator.Current);
        watcher = coordinator.Watch();
        server = await PreviewServer.StartAsync("127.0.0.1", 0, history.Serve, hub);
        connections = new KestrelConnections(server.Url.Port);
    }

    public async Task DisposeAsync()
    {
        watcher.Dispose();
        await server.DisposeAsync();
        connections.Dispose();
        temp.Dispose();
    }

    [Fact]
    public async Task Twenty_clients_for_ten_seconds_while_postings_change_get_only_whole_files_and_leave_no_connection_open()
    {
        var targets = UrlMixOf(firstBuild);
        var bodies = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        var failures = new ConcurrentQueue<string>();
        var clients = Enumerable.Range(0, Workers).Select(_ => new HttpClient { BaseAddress = server.Url, Timeout = TimeSpan.FromSeconds(30) }).ToList();
        var tab = await EventStream.Connect(new Uri(server.Url, ReloadClient.EventsPath));

        using var stop = new CancellationTokenSource(Duration);
        var clock = Stopwatch.StartNew();
        var editor = board.EditUntil(EditInterval, stop.Token);
        var outcomes = await Task.WhenAll(clients.Select((client, n) => Load(client, new Random(n), targets, bodies, failures, stop.Token)));
        var elapsed = clock.Elapsed;
        var edits = await editor;

        foreach (var client in clients)
        {
            client.Dispose();
        }

        await tab.DisposeAsync();
        var stillOpen = await connections.SettleAsync(TimeSpan.FromSeconds(15));

        var all = outcomes.SelectMany(o => o).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{all.Count} requests by {Workers} clients in {elapsed.TotalSeconds:0.0} s: {all.Count / elapsed.TotalSeconds:0} requests/s"));
        output.WriteLine(string.Join(", ", all.GroupBy(o => $"{o.Kind} {o.Status}").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}")));
        output.WriteLine($"{edits} edits to postings, {history.Versions} site versions served, {all.Count(o => o.Status == 404 && o.Path != Missing)} 404s for a deleted posting, "
            + $"{connections.Opened} connections opened, {stillOpen} still open after the clients left");

        Assert.True(failures.IsEmpty, $"{failures.Count} failed requests, e.g.:\n" + string.Join("\n", failures.Take(10)));
        Assert.True(history.Versions > 1, "no rebuild was swapped in during the run");
        AssertEveryResponseIsOneWholeVersion(all, bodies);
        AssertHtmlParses(all, bodies);
        Assert.True(connections.Seen, "Kestrel's connection metric reported nothing");
        Assert.Equal(0, stillOpen);
        Assert.Equal(0, hub.ClientCount);
    }

    private enum Kind { Get, Head, Conditional }

    /// <param name="Hash">SHA-256 of the body, whose bytes are kept once per distinct hash.</param>
    private sealed record Outcome(string Path, Kind Kind, int Status, string Hash, long? Length);

    private sealed record UrlMix(string[] Home, string[] StableJobs, string[] ChurnJobs, string[] TagPages, string[] Assets, string[] SearchFiles)
    {
        /// <summary>A mix weighted towards pages, as browsing tabs and the search page would ask.</summary>
        public string Pick(Random random) => random.Next(14) switch
        {
            0 or 1 => Home[0],
            2 or 3 or 4 or 5 => StableJobs[random.Next(StableJobs.Length)],
            6 or 7 => ChurnJobs[random.Next(ChurnJobs.Length)],
            8 or 9 => TagPages[random.Next(TagPages.Length)],
            10 => Assets[random.Next(Assets.Length)],
            11 or 12 => SearchFiles[random.Next(SearchFiles.Length)],
            _ => Missing,
        };
    }

    /// <summary>The URLs to request, from the files of the first build.</summary>
    private static UrlMix UrlMixOf(IReadOnlyCollection<string> files)
    {
        string[] Urls(Func<string, bool> which) =>
            [.. files.Where(which).Order(StringComparer.Ordinal).Select(f => "/" + (f.EndsWith("index.html", StringComparison.Ordinal) ? f[..^"index.html".Length] : f))];
        bool Page(string f, string folder) =>
            f.StartsWith(folder, StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal) && f.Count(c => c == '/') == 2;

        var targets = new UrlMix(
            Home: ["/"],
            StableJobs: Urls(f => Page(f, "jobs/") && !f.Contains(ChangingBoard.ChurnSlug, StringComparison.Ordinal)),
            ChurnJobs: Urls(f => Page(f, "jobs/") && f.Contains(ChangingBoard.ChurnSlug, StringComparison.Ordinal)),
            TagPages: Urls(f => Page(f, "tags/")),
            Assets: Urls(f => f.StartsWith("assets/", StringComparison.Ordinal)),
            SearchFiles: Urls(f => f is "search/index.json" or "search/facets/summary.json" or "search/results/0.json" or "search/terms/e.json" or "search/terms/r.json"));
        Assert.Equal(ChangingBoard.StableCount, targets.StableJobs.Length);
        Assert.Equal(ChangingBoard.ChurnCount, targets.ChurnJobs.Length);
        Assert.Equal(ChangingBoard.TagCount, targets.TagPages.Length);
        Assert.Equal(5, targets.SearchFiles.Length);
        return targets;
    }

    /// <summary>One client: requests until told to stop, never cancelling a request in flight.</summary>
    private static async Task<List<Outcome>> Load(HttpClient client, Random random, UrlMix targets,
        ConcurrentDictionary<string, byte[]> bodies, ConcurrentQueue<string> failures, CancellationToken stop)
    {
        var outcomes = new List<Outcome>();
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        while (!stop.IsCancellationRequested)
        {
            var path = targets.Pick(random);
            var kind = random.Next(10) switch { 0 or 1 => Kind.Head, 2 or 3 => Kind.Conditional, _ => Kind.Get };
            using var request = new HttpRequestMessage(kind == Kind.Head ? HttpMethod.Head : HttpMethod.Get, path);
            if (kind == Kind.Conditional && etags.TryGetValue(path, out var known))
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", known);
            }

            try
            {
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsByteArrayAsync();
                var outcome = new Outcome(path, kind, (int)response.StatusCode, Convert.ToHexString(SHA256.HashData(body)), response.Content.Headers.ContentLength);
                if (response.Headers.ETag is { } etag)
                {
                    etags[path] = etag.Tag;
                }

                bodies.TryAdd(outcome.Hash, body);
                if (Problem(outcome, body, response.Content.Headers.ContentType?.MediaType) is { } problem)
                {
                    failures.Enqueue($"{kind} {path}: {problem}");
                }

                outcomes.Add(outcome);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                failures.Enqueue($"{kind} {path}: {e.GetType().Name}: {e.Message}");
            }
        }

        return outcomes;
    }

    /// <summary>What is wrong with one response on its own, before comparing it with the site's versions.</summary>
    private static string? Problem(Outcome outcome, byte[] body, string? mediaType) => outcome switch
    {
        { Status: >= 500 } => $"status {outcome.Status}",
        { Status: not (200 or 304 or 404) } => $"unexpected status {outcome.Status}",
        { Status: 304, Kind: not Kind.Conditional } => "304 without If-None-Match",
        { Status: 304 } when body.Length > 0 => "304 with a body",
        { Kind: Kind.Head } when body.Length > 0 => "HEAD with a body",
        { Kind: not Kind.Head, Status: 200 or 404 } when outcome.Length != body.Length => $"Content-Length {outcome.Length} but {body.Length} bytes",
        { Kind: not Kind.Head, Status: 200 or 404 } when mediaType == "text/html" && !body.AsSpan().TrimEnd("\n"u8).EndsWith("</html>"u8) => "HTML cut short",
        _ => null,
    };

    private void AssertEveryResponseIsOneWholeVersion(List<Outcome> outcomes, ConcurrentDictionary<string, byte[]> bodies)
    {
        var versions = new Dictionary<string, (HashSet<string> Hashes, HashSet<long> Lengths)>(StringComparer.Ordinal);
        (HashSet<string> Hashes, HashSet<long> Lengths) VersionsOf(string file)
        {
            if (!versions.TryGetValue(file, out var known))
            {
                var served = history.Served(file);
                known = ([.. served.Select(b => Convert.ToHexString(SHA256.HashData(b)))], [.. served.Select(b => (long)b.Length)]);
                versions[file] = known;
            }

            return known;
        }

        var wrong = new List<string>();
        foreach (var o in outcomes.DistinctBy(o => (o.Path, o.Kind, o.Status, o.Hash, o.Length)))
        {
            var file = SitePath.Resolve(o.Path).File!;
            var matches = o switch
            {
                { Status: 304 } => true,
                { Status: 200, Kind: Kind.Head } => VersionsOf(file).Lengths.Contains(o.Length ?? -1),
                { Status: 200 } => VersionsOf(file).Hashes.Contains(o.Hash),
                { Status: 404 } => (o.Path == Missing || (o.Path.Contains(ChangingBoard.ChurnSlug, StringComparison.Ordinal) && history.SometimesMissing(file)))
                    && (o.Kind == Kind.Head || VersionsOf("404.html").Hashes.Contains(o.Hash)),
                _ => false,
            };
            if (!matches)
            {
                wrong.Add($"{o.Kind} {o.Path} → {o.Status}, {o.Length} bytes, {bodies[o.Hash].Length} received");
            }
        }

        Assert.True(wrong.Count == 0, "responses that are no whole version of their file:\n" + string.Join("\n", wrong.Take(10)));
    }

    private static void AssertHtmlParses(List<Outcome> outcomes, ConcurrentDictionary<string, byte[]> bodies)
    {
        var parser = new HtmlParser();
        foreach (var hash in outcomes.Where(o => o is { Kind: not Kind.Head, Status: 200 or 404 } && !o.Path.Contains('.')).Select(o => o.Hash).Distinct())
        {
            var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(bodies[hash]));
            Assert.False(string.IsNullOrWhiteSpace(document.Title), "a page without a title");
            Assert.NotNull(document.QuerySelector("body > footer"));
            Assert.NotNull(document.QuerySelector($"script[src=\"{ReloadClient.ScriptPath}\"]"));
        }
    }
}

[CollectionDefinition(nameof(ServeLoadTests), DisableParallelization = true)]
public sealed class ServeLoadCollection;
