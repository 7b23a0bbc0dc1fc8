using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using JobBoard.Model;
using JobBoard.Output;
using JobBoard.Pipeline;
using JobBoard.Render;
using JobBoard.Site;

namespace JobBoard.Cli.Serve;

/// <summary>
/// Rebuilds the site when files change, one build at a time, and decides what the browser sees:
/// a good build is swapped in whole and the tabs reload (or only swap stylesheets when only CSS
/// changed); a broken build keeps the last good site and shows the errors in an overlay.
/// </summary>
internal sealed class RebuildCoordinator(BuildOptions options, LiveReloadHub hub, TextWriter log)
{
    /// <summary>
    /// How long a file rewritten in place (truncated, then written) has, at least, to get its content
    /// before a site built from it is shown: the quiet time after the last file event, then the
    /// rebuild, during which a newer event means the build is not shown (another follows). At 10 ms
    /// of quiet alone a busy CI machine built a truncated layout and served empty pages for a moment.
    /// </summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(30);

    /// <summary>Quiet time enough to merge an editor's write-temp-then-rename save into one batch: its
    /// events come well under a millisecond apart, a few when the machine is busy.</summary>
    private static readonly TimeSpan ShortestQuiet = TimeSpan.FromMilliseconds(10);

    private readonly BuildCache cache = new();
    private readonly Lock building = new();
    private SiteSnapshot current = SiteSnapshot.Empty;
    private ImmutableArray<Diagnostic> errors = [];
    private HashSet<Diagnostic> printed = new(ByPlace.Instance);
    private GeneratedSite? previous;
    private TimeSpan lastBuild;

    /// <summary>
    /// The quiet time after the last file event before a rebuild: what the last rebuild took off
    /// <see cref="Settle"/>, so that a big board, whose rebuild itself takes that long, is rebuilt
    /// sooner after a save, and a small one waits as long as before.
    /// </summary>
    public TimeSpan QuietPeriod => TimeSpan.FromTicks(Math.Max(ShortestQuiet.Ticks, (Settle - lastBuild).Ticks));

    /// <summary>The site to serve now; replaced whole by a good rebuild, never modified.</summary>
    public SiteSnapshot Current => Volatile.Read(ref current);

    /// <summary>The errors of the last build, shown as an overlay; empty when it was good.</summary>
    public ImmutableArray<Diagnostic> Errors => errors;

    /// <summary>Raised after each build, good or broken (tests and the benchmark wait on it).</summary>
    public event Action<SiteSnapshot, ImmutableArray<Diagnostic>>? Built;

    /// <summary>The first build. Unlike later ones, a build with errors is still served when it has pages
    /// (there is no good site to keep), with the overlay on top.</summary>
    public void BuildFirst() => Rebuild(changedPaths: null);

    /// <summary>Whether files changed again since the changes a rebuild is handling were reported (set by <see cref="Watch"/>).</summary>
    internal Func<bool> Overtaken { get; set; } = () => false;

    /// <summary>Watches input/ and theme/ and rebuilds on their changes, after <see cref="QuietPeriod"/>.</summary>
    public SiteWatcher Watch()
    {
        var watcher = new SiteWatcher([options.Input, options.Theme], () => QuietPeriod, Rebuild);
        Overtaken = () => watcher.HasPending;
        return watcher;
    }

    /// <param name="changedPaths">Full paths reported by the watcher; null for the first build.</param>
    public void Rebuild(IReadOnlyCollection<string>? changedPaths)
    {
        lock (building)
        {
            var clock = Stopwatch.StartNew();
            if (changedPaths is not null)
            {
                cache.MarkChanged(changedPaths);
            }

            var stylesheetsFirst = changedPaths is not null && OnlyStylesheets(changedPaths) && errors.IsEmpty && current.Version > 0;
            GeneratedSite generated;
            try
            {
                if (stylesheetsFirst)
                {
                    // Every page names the stylesheets by fingerprinted URLs, so a big board takes a while to make
                    // again; the new stylesheets join the site at once, beside the pages that still name the old
                    // ones, and the tabs swap to them now rather than when the pages are done. One read while it
                    // was being written is swapped again by the build that its later events start. An asset that may
                    // not be read swaps nothing: the build below reports it and the last site stays served.
                    var (assets, urls, refused) = Theme.LoadAssets(options.Theme);
                    if (refused.IsEmpty)
                    {
                        Volatile.Write(ref current, current.With(assets));
                        hub.SwapStylesheets(urls.Where(u => u.Key.EndsWith(".css", StringComparison.OrdinalIgnoreCase)).Select(u => u.Value)
                            .Order(StringComparer.Ordinal));
                    }
                }

                generated = BuildPipeline.Generate(options, cache);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A folder or file went away while it was read (a checkout, a folder deleted): the events of that
                // change start another build. The server must not stop over it.
                log.WriteLine($"Files changed while they were read ({TerminalText.Escape(e.Message)}); still serving the last site");
                return;
            }

            lastBuild = clock.Elapsed;
            if (changedPaths is not null && Overtaken())
            {
                // Files changed again while this build read them: one may have been read half-written.
                // The build those changes start shows the site; this one is not shown (nor taken as the
                // last site shown, so the next build shows it even when the files turn out the same).
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Overtaken by newer changes after {lastBuild.TotalMilliseconds:0} ms"));
                return;
            }

            if (generated.Inputs != default && generated.Inputs == previous?.Inputs)
            {
                // Nothing changed (a save without edits, or the late event of a save already built):
                // the browser already shows this site or its errors.
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Unchanged in {clock.Elapsed.TotalMilliseconds:0} ms"));
                Built?.Invoke(current, errors);
                return;
            }

            previous = generated;
            var newErrors = generated.Diagnostics.Where(d => d.IsError).ToImmutableArray();
            var first = current.Version == 0;
            var usable = generated.Site is not null && !generated.RenderFailed;
            if (newErrors.IsEmpty || (first && usable))
            {
                var hadErrors = !errors.IsEmpty;
                Volatile.Write(ref current, SiteSnapshot.From(generated.Files, current.Version + 1));
                if (first)
                {
                    // No tab is connected yet.
                }
                else if (OnlyStylesheets(changedPaths) && !hadErrors)
                {
                    if (!stylesheetsFirst)
                    {
                        hub.SwapStylesheets(current.Stylesheets);
                    }
                }
                else
                {
                    hub.Reload();
                }
            }

            errors = newErrors;
            if (!newErrors.IsEmpty)
            {
                hub.ShowErrors(Overlay.ToJson(newErrors));
            }

            // A board's standing warnings were shown by the build that raised them; saving one posting
            // should not print thousands of lines again (on a 10,000-posting board that took longer
            // than the rebuild). Errors are repeated: they block the site.
            var fresh = generated.Diagnostics.Where(d => d.IsError || !printed.Contains(d)).ToList();
            DiagnosticPrinter.Print(fresh);
            printed = new HashSet<Diagnostic>(generated.Diagnostics, ByPlace.Instance);
            var repeated = generated.Diagnostics.Length - fresh.Count;
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(newErrors.IsEmpty ? "Rebuilt" : "Build failed, still serving the last good site:")} {generated.PostingsRead} postings ({cache.PostingsReparsed} read again), {newErrors.Length} errors{(repeated > 0 ? $", {repeated} warnings as before" : "")} in {clock.Elapsed.TotalMilliseconds:0} ms"));
            Built?.Invoke(current, newErrors);
        }
    }

    /// <summary>Diagnostics equal as values but hashed by file, line and code alone: hashing the message
    /// and hint of each of a large board's standing warnings took longer than the rest of this bookkeeping.</summary>
    private sealed class ByPlace : IEqualityComparer<Diagnostic>
    {
        public static readonly ByPlace Instance = new();

        public bool Equals(Diagnostic? x, Diagnostic? y) => x == y;

        public int GetHashCode(Diagnostic diagnostic) => HashCode.Combine(diagnostic.File, diagnostic.Line, diagnostic.Code);
    }

    private static bool OnlyStylesheets(IReadOnlyCollection<string>? paths) =>
        paths is { Count: > 0 } && paths.All(p => p.EndsWith(".css", StringComparison.OrdinalIgnoreCase));
}
