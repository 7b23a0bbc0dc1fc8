using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.InteropServices;
using JobBoard.Ingest;
using JobBoard.Model;
using JobBoard.Normalize;
using JobBoard.Output;
using JobBoard.Render;
using JobBoard.Search;
using JobBoard.Site;

namespace JobBoard.Pipeline;

/// <summary>
/// The whole pipeline, read top to bottom; every command runs the stages it needs from here:
/// <code>
/// settings   site.yml, taxonomy.yml, the theme                      (BuildSettings)
/// discover   the posting files of input/jobs/                         (PostingDiscovery)
/// read       read → parse → normalize, per file, in parallel          (ReadPosting)
/// assemble   the site-wide rules, the one barrier where postings meet (SiteAssembler)
/// views      each posting's view, its page and its search terms       (JobViews, SiteRenderer)
/// lists      home, remote, tag, company, location and employment pages, tag pairs, search, 404
/// feeds, jobs.json, sitemap, robots.txt, search index, _redirects
/// write      into a staging folder, swapped in at the end             (AtomicOutput)
/// </code>
/// <c>build</c> runs all of them (<see cref="Build"/>); <c>serve</c> and <c>diff</c> all but the write
/// (<see cref="Generate"/>, serve with a <see cref="BuildCache"/>); <c>check</c> settings to assemble
/// without the theme (<see cref="ReadAndAssemble"/>); <c>inspect</c> and <c>new</c> the read of one file
/// (<see cref="ReadPosting"/>, <see cref="ParsePosting"/>).
/// </summary>
public static class BuildPipeline
{
    /// <summary>Generates the site and publishes it atomically unless a problem forbids it.</summary>
    /// <param name="progress">Told the name of each stage as it ends.</param>
    public static BuildResult Build(BuildOptions options, Action<string>? progress = null)
    {
        var total = Stopwatch.StartNew();
        var clock = new StageClock(progress);
        // Started first: it lists the site it writes over while the postings are read.
        using var output = new AtomicOutput(options.Output);
        var read = Read(options, cache: null, clock);
        if (read.Tools is null)
        {
            return new BuildResult(0, 0, read.Diagnostics, total.Elapsed, Published: false) { Stages = clock.Laps };
        }

        var meter = new BudgetMeter();
        void Write(OutputFile file)
        {
            meter.Add(file);
            output.Add(file);
        }

        Write(OutputFolderGuard.Marker);
        var generated = Produce(options, read, Write, cache: null, clock, pooled: true);
        // Measured before the swap, so that --strict publishes nothing over budget.
        var budgets = meter.Measure(read.Tools.Config.Budgets);
        generated = generated with { Diagnostics = Sorted(generated.Diagnostics.AddRange(BudgetMeter.Exceeded(budgets))) };
        var failed = generated.Diagnostics.Any(d => d.IsError || options.Strict);
        var publish = !failed || (options.KeepGoing && !generated.RenderFailed);
        if (publish)
        {
            output.Publish();
            clock.Lap("publish");
        }

        return new BuildResult(generated.PostingsRead, output.Files, generated.Diagnostics, total.Elapsed, publish)
        {
            Stages = clock.Laps,
            BytesWritten = publish ? output.Bytes : 0,
            Retired = generated.Site?.Retired ?? [],
            Budgets = BudgetMeter.Summary(budgets),
            UnknownKeys = UnknownKeys.Summary(read.PerFile.Where(o => o.Value is not null).Select(o => o.Value!)),
        };
    }

    /// <summary>Every stage but the write: the site's files in memory, sorted by path, and every diagnostic.</summary>
    /// <param name="cache">Reuse what the previous build with this cache read and rendered (the
    /// preview server's incremental rebuilds); the result is the same as without it.</param>
    /// <param name="clock">Receives the time of each stage.</param>
    public static GeneratedSite Generate(BuildOptions options, BuildCache? cache = null, StageClock? clock = null)
    {
        var read = Read(options, cache, clock);
        if (read.Tools is null)
        {
            return new GeneratedSite([], read.Diagnostics, 0, null, RenderFailed: true);
        }

        // The whole site is an output too: its inputs are the options, the settings and every posting file.
        var inputs = cache?.InputsKey(options) ?? default;
        if (cache?.Unchanged(inputs) is { } same)
        {
            return same;
        }

        var bag = new ConcurrentBag<OutputFile>();
        var generated = Produce(options, read, bag.Add, cache, clock, pooled: false);
        var files = bag.ToArray();
        Array.Sort(files, ByPath);
        generated = generated with { Files = ImmutableCollectionsMarshal.AsImmutableArray(files), Inputs = inputs };
        cache?.Remember(generated);
        return generated;
    }

    /// <summary>The settings and every posting file's result; no tools when the settings are broken.</summary>
    private sealed record ReadFiles(BuildSettings? Tools, List<Outcome<Posting>> PerFile, ImmutableArray<Diagnostic> Diagnostics);

    private static ReadFiles Read(BuildOptions options, BuildCache? cache, StageClock? clock)
    {
        var settings = cache?.LoadSettings(options) ?? BuildSettings.Load(options);
        clock?.Lap("settings");
        if (settings.Value is not { } tools)
        {
            return new ReadFiles(null, [], Sorted(settings.Diagnostics));
        }

        var files = cache?.Discover(options) ?? PostingDiscovery.Discover(options.Input);
        var perFile = ReadAll(options.Input, files, tools.Taxonomy, cache);
        cache?.Retain(files.Select(f => f.RelativePath));
        clock?.Lap("read");
        return new ReadFiles(tools, perFile, settings.Diagnostics);
    }

    /// <summary>Assembles the site and makes every file, handing each to <paramref name="emit"/> (from
    /// several threads); the result has no files.</summary>
    /// <param name="pooled"><paramref name="emit"/> writes each file before it returns and keeps none: pages are made in
    /// pooled buffers (<see cref="SiteRenderer"/>).</param>
    private static GeneratedSite Produce(BuildOptions options, ReadFiles read, Action<OutputFile> emit, BuildCache? cache, StageClock? clock, bool pooled)
    {
        var tools = read.Tools!;
        var diagnostics = read.Diagnostics.ToBuilder();
        diagnostics.AddRange(read.PerFile.SelectMany(o => o.Diagnostics));
        var settings = cache?.SettingsKey ?? default;
        var inputs = Valid(read.PerFile);
        // A posting the cache did not read has no key of its own: a fresh one, never the same.
        var keys = cache is null ? [] : ImmutableArray.CreateRange(inputs, p => cache.SourceKey(p.File) ?? InputKey.Fresh());
        var last = cache?.LastAssembled;
        var assembled = (last is null ? null : SiteReassembler.Patch(last, inputs, keys, settings, options.Now, cache!.Shingles))
            ?? SiteAssembler.Assemble(inputs, tools.Config, tools.Taxonomy, options.Now, cache?.Shingles);
        cache?.LastAssembled = new(inputs, keys, settings, options.Now, assembled);
        diagnostics.AddRange(assembled.Diagnostics);
        var site = assembled.Value!;
        clock?.Lap("assemble");

        EmitAll(emit, tools.Theme.Assets);
        EmitAll(emit, tools.Companies.Logos);
        var renderer = new SiteRenderer(tools.Theme, tools.Companies, site, emit, pooled);
        var searchTerms = new SearchTerms(cache?.TermNumbers ?? new(), site.Open.Length, tools.Taxonomy);

        // Each stage is a method of its own: what it holds while it works is let go when it ends (a lambda's captured
        // variables live as long as the method that declares them), so a big board's memory peaks at its largest stage.
        // Each output is registered with the inputs it declares (see OutputCache): a rebuild makes again only those
        // whose inputs changed.
        var views = JobPages(tools, site, renderer, searchTerms, cache, settings);
        clock?.Lap("job pages");
        Lists(renderer, views, cache, settings);
        if (cache is null)
        {
            // The lists were the last pages. The cards were a big part of the oldest generation, which the collector
            // would otherwise grow into rather than collect: one full collection now keeps the later stages in their room.
            tools.Theme.ForgetPartials();
            GC.Collect();
        }

        clock?.Lap("lists");
        Feeds(site, views, tools.Theme.Translation, emit, cache, settings);
        clock?.Lap("feeds");
        emit(JobsJsonFile(site, views, cache, settings));
        clock?.Lap("jobs.json");
        EmitAll(emit, OutputCache<ImmutableArray<OutputFile>>.Get(cache?.Sitemaps, () => SitemapKey(site, settings),
            () => SitemapWriter.Sitemap(site, SitemapWriter.Entries(site))));
        emit(SitemapWriter.Robots(site));
        clock?.Lap("sitemap");
        Search(site, views, searchTerms, tools.Theme.Translation, emit, cache);
        emit(RedirectsWriter.Write(site));
        clock?.Lap("search");
        cache?.EndBuild();
        var rendered = renderer.Diagnostics;
        diagnostics.AddRange(rendered);
        return new GeneratedSite([], Sorted(diagnostics.ToImmutable()), read.PerFile.Count, site, !rendered.IsEmpty);
    }

    private static void EmitAll(Action<OutputFile> emit, IEnumerable<OutputFile> files)
    {
        foreach (var file in files)
        {
            emit(file);
        }
    }

    /// <summary>Each posting's view, its page and (when open) its search terms. A posting's view reads the posting (its
    /// file's path and content, the slug the site gave it), whether it is closed, and which of its tag, company and
    /// location pages exist; its page and search terms read the full view.</summary>
    private static JobViews JobPages(BuildSettings tools, SiteModel site, SiteRenderer renderer, SearchTerms searchTerms, BuildCache? cache, UInt128 settings)
    {
        var builder = new JobViewBuilder(tools.Markdown, tools.Taxonomy, tools.Companies, site, tools.Theme.Translation);
        var all = site.All.ToArray();
        var made = new (JobView View, UInt128 Key)[all.Length];
        Parallel.For(0, all.Length, i =>
        {
            var (posting, closed) = (all[i], i >= site.Open.Length);
            var key = cache is null ? default : InputKey.Of(settings, cache.SourceKey(posting.File) ?? InputKey.Fresh(),
                InputKey.Of(posting.Slug), closed ? UInt128.One : UInt128.Zero, InputKey.Of(builder.Links(posting)));
            var job = OutputCache<JobOutputs>.Get(cache?.Jobs, () => key, () =>
            {
                var full = builder.Build(posting, closed);
                return new JobOutputs(full with { BodyHtml = null, BodyText = null }, renderer.JobPage(posting, full), closed ? null : searchTerms.Score(posting, full));
            });
            renderer.Emit(job.Page);
            if (job.Terms is { } terms)
            {
                searchTerms.Set(i, terms);
            }

            made[i] = (job.View, key);
        });
        return new JobViews(site, made);
    }

    /// <summary>The key of an output that shows these postings: its own inputs', then each posting's view's.</summary>
    private static UInt128 Showing(JobViews views, UInt128 own, ImmutableArray<Posting> postings)
    {
        var parts = postings.Length < 64 ? stackalloc UInt128[postings.Length + 1] : new UInt128[postings.Length + 1];
        parts[0] = own;
        for (var i = 0; i < postings.Length; i++)
        {
            parts[i + 1] = views.Key(postings[i]);
        }

        return InputKey.Of(parts);
    }

    /// <summary>Home, remote, tag, company, location and employment pages, tag pairs, search, 404.</summary>
    private static void Lists(SiteRenderer renderer, JobViews views, BuildCache? cache, UInt128 settings) =>
        Parallel.ForEach(renderer.Pages(), page => renderer.Emit(OutputCache<Outcome<OutputFile>>.Get(cache?.Pages,
            () => Showing(views, InputKey.Of(settings, InputKey.Of(page.Path), InputKey.Of(page.Text)), page.Jobs), () => page.Make(views))));

    /// <summary>Each feed is its own files, so they are made side by side like the lists; the output does not depend on the order.</summary>
    private static void Feeds(SiteModel site, JobViews views, Translation translation, Action<OutputFile> emit, BuildCache? cache, UInt128 settings)
    {
        var feedItems = new FeedItems(site, views, translation);
        Parallel.ForEach(Feed.All(site, translation), feed => EmitAll(emit, OutputCache<ImmutableArray<OutputFile>>.Get(cache?.Feeds,
            () => Showing(views, InputKey.Of(settings, (uint)site.Now.DayNumber, InputKey.Of(feed.ListingPath), InputKey.Of(feed.Title)), feed.Entries),
            () =>
            {
                var items = feedItems.Of(feed);
                return [AtomFeedWriter.Write(site, feed, items), JsonFeedWriter.Write(site, feed, items)];
            })));
    }

    private static OutputFile JobsJsonFile(SiteModel site, JobViews views, BuildCache? cache, UInt128 settings)
    {
        var entries = new byte[site.Open.Length][];
        Parallel.For(0, entries.Length, i =>
        {
            var posting = site.Open[i];
            entries[i] = OutputCache<byte[]>.Get(cache?.JobsJsonEntries, () => InputKey.Of(settings, views.Key(posting)),
                () => JobsJson.Entry(site, posting, views[posting.Slug].Summary));
        });
        return JobsJson.Write(site, entries);
    }

    /// <summary>The sitemap reads the path and date of each open posting and of each listing (its newest posting's).</summary>
    private static UInt128 SitemapKey(SiteModel site, UInt128 settings)
    {
        var parts = new List<UInt128>(2 * (site.Open.Length + site.Tags.Length + site.Companies.Length + site.Locations.Length + site.Employment.Length
            + site.Pairs.Length) + 6) { settings };
        void Add(string slug, DateOnly? date) => parts.AddRange([InputKey.Of(slug), (uint)(date?.DayNumber ?? 0)]);
        foreach (var posting in site.Open)
        {
            Add(posting.Slug, posting.DatePosted);
        }

        foreach (var listing in site.Tags.Concat(site.Companies).Concat(site.Locations).Concat(site.Employment))
        {
            Add(listing.Slug, listing.Postings[0].DatePosted); // newest first: the newest date, if any has one
        }

        foreach (var pair in site.Pairs)
        {
            Add(pair.Path, pair.Tag.Postings[0].DatePosted);
        }

        // where each kind of path ends
        parts.AddRange([(uint)site.Open.Length, (uint)site.Tags.Length, (uint)site.Companies.Length, (uint)site.Locations.Length, (uint)site.Employment.Length]);
        return InputKey.Of(CollectionsMarshal.AsSpan(parts));
    }

    /// <summary>The search index keeps its term lists and facet rows (<see cref="SearchIndex"/>); a build that fails
    /// halfway leaves no half-updated index behind.</summary>
    private static void Search(SiteModel site, JobViews views, SearchTerms searchTerms, Translation translation, Action<OutputFile> emit, BuildCache? cache)
    {
        var index = cache?.SearchIndex is { } lastIndex && lastIndex.Numbers == searchTerms.Numbers ? lastIndex : new SearchIndex(searchTerms.Numbers);
        cache?.SearchIndex = null;
        // Each file is handed on as it is made: a build keeps only its hash line (the index is 154 MB on disk at 100,000 postings).
        var hashLines = index.Update(site, views, searchTerms, translation).AsParallel()
            .Select(declared =>
            {
                var file = OutputCache<SearchIndex.IndexFile>.Get(cache?.SearchFiles, () => declared.Key, declared.Make);
                emit(file.File);
                return (file.File.Path, file.HashLine);
            })
            .ToList();
        emit(index.Entry(hashLines, site.Open.Length));
        cache?.SearchIndex = index;
    }

    /// <summary>The stages <c>check</c> runs: discover, read and assemble, with the settings of the input folder
    /// alone (no theme).</summary>
    /// <returns>The posting files (input-relative), each one's result in the same order, and the assembled site.</returns>
    public static (IEnumerable<string> Files, List<Outcome<Posting>> PerFile, Outcome<SiteModel> Site) ReadAndAssemble(
        string input, InputSettings settings, DateOnly? now)
    {
        var files = PostingDiscovery.Discover(input);
        var perFile = ReadAll(input, files, settings.Taxonomy, cache: null);
        return (files.Select(f => f.RelativePath), perFile, SiteAssembler.Assemble(Valid(perFile), settings.Config, settings.Taxonomy, now));
    }

    /// <summary>The read stage: every posting file read, parsed and normalized, in parallel, in file order.</summary>
    private static List<Outcome<Posting>> ReadAll(
        string input, IReadOnlyList<(string FullPath, string RelativePath)> files, Taxonomy taxonomy, BuildCache? cache)
    {
        var folder = ConfinedFolder.Input(input);
        var read = files.AsParallel().AsOrdered()
            .Select(file => cache is null
                ? ReadPosting(folder, file.FullPath, file.RelativePath, taxonomy)
                : cache.ReadPosting(folder, file.FullPath, file.RelativePath, taxonomy))
            .ToList();
        PostingNormalizer.EndRead();
        return read;
    }

    /// <summary>The postings the site-wide rules see: those read without an error.</summary>
    private static ImmutableArray<Posting> Valid(List<Outcome<Posting>> perFile) =>
        [.. perFile.Where(o => o.Value is not null && !o.HasErrors).Select(o => o.Value!)];

    /// <summary>Read (as <paramref name="folder"/> allows), parse and normalize one file; every problem becomes a
    /// diagnostic on <paramref name="shownAs"/>.</summary>
    public static Outcome<Posting> ReadPosting(ConfinedFolder folder, string fullPath, string shownAs, Taxonomy taxonomy)
    {
        return folder.Read(fullPath, shownAs, bytes => ParsePosting(bytes, shownAs, taxonomy));
    }

    /// <summary>Parse and normalize the bytes of one file; every problem becomes a diagnostic.</summary>
    public static Outcome<Posting> ParsePosting(ReadOnlySpan<byte> bytes, string relativePath, Taxonomy taxonomy)
    {
        try
        {
            var source = SourceReader.Read(bytes, relativePath);
            if (source.Value is null)
            {
                return new(null, source.Diagnostics);
            }

            var raw = PostingParser.Parse(source.Value);
            if (raw.Value is null)
            {
                return new(null, source.Diagnostics.AddRange(raw.Diagnostics));
            }

            var posting = PostingNormalizer.Normalize(raw.Value, taxonomy);
            return new(posting.Value, source.Diagnostics.AddRange(raw.Diagnostics).AddRange(posting.Diagnostics));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of ours must not stop the other postings; it still names the file.
            return new(null, [new Diagnostic(DiagnosticCodes.UnreadableFile, Severity.Error, relativePath, 0, 0,
                $"internal error while reading this file ({e.GetType().Name}: {e.Message}); please report it")]);
        }
    }

    private static readonly Comparer<OutputFile> ByPath = Comparer<OutputFile>.Create((a, b) => string.CompareOrdinal(a.Path, b.Path));

    /// <summary>The order every command reports diagnostics in: by file, line, column, code and message.</summary>
    public static ImmutableArray<Diagnostic> Sorted(ImmutableArray<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)];
}

/// <summary>A posting's view without its body, and what the full view is needed for: its page, and its search terms when it is open.</summary>
internal sealed record JobOutputs(JobView View, Outcome<OutputFile> Page, SearchTerms.ScoredTerms? Terms);
