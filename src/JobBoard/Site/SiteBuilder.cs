using System.Collections.Immutable;
using System.Diagnostics;
using JobBoard.Ingest;
using JobBoard.Model;
using JobBoard.Normalize;
using JobBoard.Output;
using JobBoard.Render;
using JobBoard.Search;

namespace JobBoard.Site;

/// <summary>
/// The whole pipeline, in order:
/// discover → read → parse → normalize (per file, in parallel) → assemble and validate the
/// site (the one barrier) → render pages → feeds, sitemap, robots and the search index → write atomically.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Generates the site and publishes it atomically unless a problem forbids it.</summary>
    /// <param name="progress">Told the name of each stage as it ends.</param>
    public static BuildResult Build(BuildOptions options, Action<string>? progress = null)
    {
        var total = Stopwatch.StartNew();
        var clock = new StageClock(progress);
        var generated = Generate(options, clock: clock);
        var failed = generated.Diagnostics.Any(d => d.IsError || options.Strict);
        var publish = generated.Site is not null && (!failed || (options.KeepGoing && !generated.RenderFailed));
        if (publish)
        {
            AtomicOutput.Write(options.Output, generated.Files);
            clock.Lap("write");
        }

        return new BuildResult(generated.PostingsRead, generated.Files.Length, generated.Diagnostics, total.Elapsed, publish)
        {
            Stages = clock.Laps,
            BytesWritten = publish ? generated.Files.Sum(f => (long)f.Content.Length) : 0,
        };
    }

    /// <summary>Every stage but the write: the site's files in memory, and every diagnostic.</summary>
    /// <param name="cache">Reuse what the previous build with this cache read and rendered (the
    /// preview server's incremental rebuilds); the result is the same as without it.</param>
    /// <param name="clock">Receives the time of each stage.</param>
    public static GeneratedSite Generate(BuildOptions options, BuildCache? cache = null, StageClock? clock = null)
    {
        var settings = cache?.LoadSettings(options) ?? BuildSettings.Load(options);
        clock?.Lap("settings");
        if (settings.Value is not { } tools)
        {
            return new GeneratedSite([], Sorted(settings.Diagnostics), 0, null, RenderFailed: true);
        }

        var files = cache?.Discover(options.Input) ?? PostingDiscovery.Discover(options.Input);
        var perFile = files.AsParallel().AsOrdered()
            .Select(file => cache is null
                ? ReadPosting(file.FullPath, file.RelativePath, tools.Taxonomy)
                : cache.ReadPosting(file.FullPath, file.RelativePath, tools.Taxonomy))
            .ToList();
        cache?.Retain(files.Select(f => f.RelativePath));
        clock?.Lap("read");
        if (cache?.Unchanged(options, tools, perFile) is { } same)
        {
            return same;
        }

        var diagnostics = settings.Diagnostics.ToBuilder();
        diagnostics.AddRange(perFile.SelectMany(o => o.Diagnostics));

        var assembled = SiteAssembler.Assemble(perFile.Where(o => o.Value is not null && !o.HasErrors).Select(o => o.Value!),
            tools.Config, tools.Taxonomy, options.Now);
        diagnostics.AddRange(assembled.Diagnostics);
        var site = assembled.Value!;
        clock?.Lap("assemble");

        var views = JobViews.Build(site, new JobViewBuilder(tools.Markdown, tools.Taxonomy, site), cache?.Render);
        clock?.Lap("views");
        var rendered = new SiteRenderer(tools.Theme, cache?.Render).Render(site, views);
        clock?.Lap("render");
        diagnostics.AddRange(rendered.Diagnostics);
        var output = rendered.Value.AddRange(tools.Theme.Assets).ToBuilder();
        output.AddRange(AtomFeedWriter.All(site, views, cache?.Render));
        clock?.Lap("feeds");
        output.Add(JobsJson.Write(site, views, cache?.Render));
        clock?.Lap("jobs.json");
        output.Add(SitemapWriter.Sitemap(site, cache?.Render));
        output.Add(SitemapWriter.Robots(site));
        clock?.Lap("sitemap");
        output.AddRange(SearchIndexWriter.Write(site, views, cache?.Render));
        output.Add(RedirectsWriter.Write(site));
        clock?.Lap("search");
        var generated = new GeneratedSite(output.ToImmutable(), Sorted(diagnostics.ToImmutable()), files.Count, site, !rendered.Diagnostics.IsEmpty);
        cache?.Remember(options, tools, perFile, generated);
        return generated;
    }

    /// <summary>Read, parse and normalize one file; every problem becomes a diagnostic.</summary>
    public static Outcome<Posting> ReadPosting(string fullPath, string relativePath, Taxonomy taxonomy)
    {
        if (LinkOutside(fullPath, relativePath) is { } refused)
        {
            return refused;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(null, [new Diagnostic(DiagnosticCodes.UnreadableFile, Severity.Error, relativePath, 0, 0,
                $"cannot read the file: {e.Message}")]);
        }

        return ParsePosting(bytes, relativePath, taxonomy);
    }

    /// <summary>Parse and normalize the bytes of one file; every problem becomes a diagnostic.</summary>
    public static Outcome<Posting> ParsePosting(byte[] bytes, string relativePath, Taxonomy taxonomy)
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

    /// <summary>An error when the file is a symbolic link leading outside the input folder; null otherwise.</summary>
    public static Outcome<Posting>? LinkOutside(string fullPath, string relativePath)
    {
        var file = new FileInfo(fullPath);
        if (file.LinkTarget is null)
        {
            return null;
        }

        var root = Path.GetFullPath(fullPath)[..^relativePath.Length];
        var target = file.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file.LinkTarget;
        return Path.GetFullPath(target).StartsWith(root, StringComparison.Ordinal)
            ? null
            : new(null, [new Diagnostic(DiagnosticCodes.LinkOutsideInput, Severity.Error, relativePath, 0, 0,
                $"the file is a link to {target}, outside the input folder", "commit the posting itself, not a link")]);
    }

    private static ImmutableArray<Diagnostic> Sorted(ImmutableArray<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)];
}
