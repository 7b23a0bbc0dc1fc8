namespace JobBoard.Cli.Serve;

/// <summary>
/// Watches folders (input/ and theme/) and reports changed paths in batches: every event restarts
/// a short quiet period, so an editor's save through a temporary file and a rename, or a
/// checkout touching many files, becomes one batch and one rebuild.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Timer timer;
    private readonly Func<TimeSpan> quiet;
    private readonly Action<IReadOnlyCollection<string>> changed;
    private readonly Lock gate = new();
    private HashSet<string> pending = new(StringComparer.Ordinal);

    /// <param name="quiet">How long no event must arrive before the batch is reported (asked at each event).</param>
    /// <param name="changed">Receives full paths of created, changed, deleted and renamed (old and new) files;
    /// a watched folder's own path when the watcher lost events and everything may have changed.</param>
    public SiteWatcher(IEnumerable<string> folders, Func<TimeSpan> quiet, Action<IReadOnlyCollection<string>> changed)
    {
        this.quiet = quiet;
        this.changed = changed;
        timer = new Timer(_ => Flush());
        foreach (var folder in folders.Where(Directory.Exists).Select(Path.GetFullPath))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                InternalBufferSize = 64 * 1024,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size
                    | NotifyFilters.CreationTime,
            };
            watcher.Created += (_, e) => Add(e.FullPath);
            watcher.Changed += (_, e) => Add(e.FullPath);
            watcher.Deleted += (_, e) => Add(e.FullPath);
            watcher.Renamed += (_, e) => Add(e.OldFullPath, e.FullPath);
            watcher.Error += (_, _) => Add(folder);
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    private void Add(params string[] paths)
    {
        lock (gate)
        {
            pending.UnionWith(paths);
            timer.Change(quiet(), Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Whether changes came in after the last batch was handed out: the batch being handled is overtaken by them.</summary>
    public bool HasPending
    {
        get
        {
            lock (gate)
            {
                return pending.Count > 0;
            }
        }
    }

    private void Flush()
    {
        HashSet<string> batch;
        lock (gate)
        {
            if (pending.Count == 0)
            {
                return;
            }

            batch = pending;
            pending = new HashSet<string>(StringComparer.Ordinal);
        }

        changed(batch);
    }

    public void Dispose()
    {
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }

        timer.Dispose();
    }
}
