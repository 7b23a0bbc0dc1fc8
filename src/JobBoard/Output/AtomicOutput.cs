namespace JobBoard.Output;

/// <summary>
/// Publishes a site so that readers see either the previous complete site or the new one:
/// files go to a fresh sibling folder, which is then swapped in by renames. A build that
/// fails or is killed leaves the previous output untouched (plus a stale temporary folder,
/// cleaned up by the next build). Two builds into the same folder take turns at the swap.
/// </summary>
public static class AtomicOutput
{
    public static void Write(string outputDirectory, IEnumerable<OutputFile> files)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("output cannot be a root folder");
        var name = Path.GetFileName(target);
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{name}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var targets = files.Select(f => (f.Content, Path: Path.Combine(staging, f.Path.Replace('/', Path.DirectorySeparatorChar)))).ToList();
        foreach (var folder in targets.Select(t => Path.GetDirectoryName(t.Path)!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(folder);
        }

        // Tens of thousands of small files: the disk keeps up better with several writers.
        Parallel.ForEach(targets, t => File.WriteAllBytes(t.Path, t.Content));

        Directory.CreateDirectory(staging);
        using (SwapLock(parent, name))
        {
            RemoveStale(parent, name, target, staging);
            var retired = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}-{Guid.NewGuid():N}");
            if (Directory.Exists(target))
            {
                Directory.Move(target, retired);
            }

            Directory.Move(staging, target);
            if (Directory.Exists(retired))
            {
                Directory.Delete(retired, recursive: true);
            }
        }
    }

    /// <summary>An exclusive lock (flock on Unix, held until disposed or the process dies).</summary>
    private static FileStream SwapLock(string parent, string name)
    {
        var path = Path.Combine(parent, $".{name}.lock");
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 600)
            {
                Thread.Sleep(100);
            }
        }
    }

    /// <summary>
    /// Removes folders left by builds that were killed, but not those of a build still running.
    /// A build killed between its two renames leaves no output but a retired copy: put it back first.
    /// </summary>
    private static void RemoveStale(string parent, string name, string target, string ours)
    {
        foreach (var stale in Directory.EnumerateDirectories(parent, $".{name}.*-*-*").Order(StringComparer.Ordinal))
        {
            var parts = Path.GetFileName(stale).Split('-');
            if (stale != ours && parts.Length >= 3 && int.TryParse(parts[^2], out var pid) && !IsRunning(pid))
            {
                if (!Directory.Exists(target) && Path.GetFileName(stale).StartsWith($".{name}.old-", StringComparison.Ordinal))
                {
                    Directory.Move(stale, target);
                    continue;
                }

                try
                {
                    Directory.Delete(stale, recursive: true);
                }
                catch (IOException)
                {
                    // Another build may be removing it at the same moment; it is harmless to leave.
                }
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true; // another build in this process (e.g. the preview server) may be writing it
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
