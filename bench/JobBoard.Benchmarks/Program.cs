// Preview-server latency on a synthetic board: cold build time, the one-posting rebuild in process
// with its time per stage (issue 8: at most 5% of the cold build), then the time from saving one
// posting to the browser's reload event, median over many edits, and from saving the stylesheet to
// the stylesheet swap. Not a test: run it by hand,
// in Release:  dotnet run -c Release --project bench/JobBoard.Benchmarks -- [postings] [edits] [in-process]
// ("in-process" stops after the in-process rebuilds: no server, no watcher).
using System.Diagnostics;
using System.Globalization;
using JobBoard.Benchmarks;
using JobBoard.Cli;
using JobBoard.Cli.Serve;
using JobBoard.Site;
using JobBoard.Pipeline;

var postings = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var edits = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
var inProcessOnly = args.Length > 2 && args[2] == "in-process";
var root = Path.Combine(Path.GetTempPath(), "jobboard-bench-" + Guid.NewGuid().ToString("N"));
var repo = FindRepo();
try
{
    var input = Path.Combine(root, "input");
    SyntheticBoard.Write(input, postings, Path.Combine(repo, "input", "taxonomy.yml"));
    var theme = CopyFolder(Path.Combine(repo, "theme"), Path.Combine(root, "theme")); // edited below: never the repository's own
    var options = new BuildOptions(input, theme, Output: "", Now: new DateOnly(2026, 12, 1), KeepGoing: true);

    var clock = Stopwatch.StartNew();
    var cold = BuildPipeline.Generate(options);
    var coldTime = clock.Elapsed;
    Console.WriteLine(Invariant($"cold build (in memory): {postings} postings, {cold.Files.Length} files, {cold.Diagnostics.Count(d => d.IsError)} errors in {coldTime.TotalMilliseconds:0} ms"));
    if (cold.Diagnostics.Any(d => d.IsError))
    {
        Console.Error.WriteLine(string.Join("\n", cold.Diagnostics.Where(d => d.IsError).Take(5)));
        return 1;
    }

    // Where a one-posting rebuild spends its time, in process (no watcher, no server), told which file
    // changed as serve's watcher tells it.
    var cache = new BuildCache();
    BuildPipeline.Generate(options, cache);
    var stages = new Dictionary<string, List<double>>(StringComparer.Ordinal);
    var stageBytes = new Dictionary<string, List<double>>(StringComparer.Ordinal);
    var rebuilds = new List<double>();
    var allocated = new List<double>();
    var paused = new List<double>();
    var collections = new int[3];
    for (var edit = 0; edit <= edits; edit++)
    {
        var i = (edit * 104_729 + 13) % postings;
        File.WriteAllText(SyntheticBoard.PostingPath(input, i), SyntheticBoard.Posting(i, $"profile edit {edit}"));
        cache.MarkChanged([SyntheticBoard.PostingPath(input, i)]);
        var stageClock = new StageClock();
        var gcs = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        var allBytes = GC.GetTotalAllocatedBytes(precise: true);
        var pause = GC.GetTotalPauseDuration();
        clock.Restart();
        BuildPipeline.Generate(options, cache, stageClock);
        if (edit == 0)
        {
            continue; // JIT warm-up of the rebuild path
        }

        allocated.Add((GC.GetTotalAllocatedBytes(precise: true) - allBytes) / 1e6);
        paused.Add((GC.GetTotalPauseDuration() - pause).TotalMilliseconds);
        for (var g = 0; g < 3; g++)
        {
            collections[g] += GC.CollectionCount(g) - gcs[g];
        }

        rebuilds.Add(clock.Elapsed.TotalMilliseconds);
        foreach (var (stage, time, bytes, _) in stageClock.Laps)
        {
            (stages.TryGetValue(stage, out var times) ? times : stages[stage] = []).Add(time.TotalMilliseconds);
            (stageBytes.TryGetValue(stage, out var sizes) ? sizes : stageBytes[stage] = []).Add(bytes / 1e6);
        }
    }

    var rebuild = Median(rebuilds);
    Console.WriteLine(Invariant($"one-posting rebuild (in process), {edits} edits: median {rebuild:0} ms = {100 * rebuild / coldTime.TotalMilliseconds:0.0}% of the cold build"));
    Console.WriteLine(Invariant($"  allocated: median {Median(allocated):0} MB and {Median(paused):0} ms paused for GC per rebuild; collections over {edits} rebuilds: gen0 {collections[0]}, gen1 {collections[1]}, gen2 {collections[2]}"));
    Console.WriteLine("  median per stage: " + string.Join(", ", stages.Select(s => Invariant($"{s.Key} {Median(s.Value):0} ms {Median(stageBytes[s.Key]):0.0} MB"))));

    if (inProcessOnly)
    {
        return 0;
    }

    var hub = new LiveReloadHub();
    var coordinator = new RebuildCoordinator(options, hub, TextWriter.Null);
    var builds = 0;
    coordinator.Built += (_, _) => Interlocked.Increment(ref builds);
    clock.Restart();
    coordinator.BuildFirst();
    Console.WriteLine(Invariant($"first serve build (filling the cache): {clock.Elapsed.TotalMilliseconds:0} ms"));
    using var watcher = coordinator.Watch();
    await using var server = await PreviewServer.StartAsync("127.0.0.1", 0, () => coordinator.Current, hub);
    using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
    using var events = new StreamReader(await http.GetStreamAsync(new Uri(server.Url, ReloadClient.EventsPath)));
    await events.ReadLineAsync(); // ": connected"

    // The time from a save to the event the tab acts on, as the tab's event stream receives it.
    async Task<double> SaveToEvent(Action save, string name)
    {
        clock.Restart();
        save();
        string? line;
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while ((line = await events.ReadLineAsync(patience.Token)) is not null && line != "event: " + name)
        {
        }

        return clock.Elapsed.TotalMilliseconds;
    }

    var latencies = new List<double>();
    for (var edit = 0; edit <= edits; edit++)
    {
        var i = edit * 7919 % postings;
        var elapsed = await SaveToEvent(() => File.WriteAllText(SyntheticBoard.PostingPath(input, i), SyntheticBoard.Posting(i, $"edit {edit}")), "reload");
        if (edit > 0)
        {
            latencies.Add(elapsed); // the first edit warms up the JIT of the rebuild path
        }
    }

    Console.WriteLine(Invariant($"save → reload event, {edits} edits: {Spread(latencies)} (quiet period {coordinator.QuietPeriod.TotalMilliseconds:0} ms included); {builds - 1} rebuilds for {edits + 1} saves"));

    // A stylesheet change: the new stylesheet is swapped in the tabs at once; every page (each names
    // it by its fingerprinted URL) is then made again from the postings already read.
    const int StyleEdits = 5;
    var stylesheet = Path.Combine(theme, "assets", "style.css");
    var swaps = new List<double>();
    var fetches = new List<double>();
    var pages = new List<double>();
    for (var edit = 0; edit <= StyleEdits; edit++)
    {
        // Each save starts with no build running: the last posting edit's build and this loop's own end
        // after the event the loop waits for.
        for (var seen = Volatile.Read(ref builds); ; seen = Volatile.Read(ref builds))
        {
            await Task.Delay(300);
            if (Volatile.Read(ref builds) == seen)
            {
                break;
            }
        }

        var built = Volatile.Read(ref builds);
        var swapped = await SaveToEvent(() => File.AppendAllText(stylesheet, $"\n/* edit {edit} */\n"), "css");
        var data = (await events.ReadLineAsync())!; // data: ["/assets/style.0123456789.css"]
        await http.GetStringAsync(new Uri(server.Url, System.Text.Json.JsonSerializer.Deserialize<string[]>(data["data: ".Length..])![0]));
        var fetched = clock.Elapsed.TotalMilliseconds; // as a tab fetches the stylesheet it swaps to
        while (Volatile.Read(ref builds) == built)
        {
            await Task.Delay(1);
        }

        var pagesDone = clock.Elapsed.TotalMilliseconds;
        if (edit > 0)
        {
            swaps.Add(swapped); // the first warms up the JIT of a theme rebuild
            fetches.Add(fetched);
            pages.Add(pagesDone);
        }
    }

    Console.WriteLine(Invariant($"save theme/assets/style.css → css event, {StyleEdits} edits: {Spread(swaps)}; the new stylesheet fetched: {Spread(fetches)}; every page made again: {Spread(pages)}"));
}
finally
{
    Directory.Delete(root, recursive: true);
}

return 0;

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

static string Spread(List<double> values) => Invariant($"median {Median(values):0} ms, min {values.Min():0} ms, max {values.Max():0} ms");

static string CopyFolder(string from, string to)
{
    foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
    {
        var copy = Path.Combine(to, Path.GetRelativePath(from, file));
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(file, copy);
    }

    return to;
}

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

static string FindRepo()
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
