namespace JobBoard.Output;

/// <summary>
/// Publishes a site so that readers see either the previous complete site or the new one:
/// files go to a fresh sibling folder, which is then swapped in by renames. A build that
/// fails or is killed leaves the previous output untouched (plus a stale temporary folder,
/// cleaned up by the next build).
/// </summary>
public static class AtomicOutput
{
    public static void Write(string outputDirectory, IEnumerable<OutputFile> files)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("output cannot be a root folder");
        var name = Path.GetFileName(target);
        Directory.CreateDirectory(parent);
        RemoveStale(parent, name);

        var staging = Path.Combine(parent, $".{name}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        foreach (var file in files)
        {
            var path = Path.Combine(staging, file.Path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }

        Directory.CreateDirectory(staging);
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

    /// <summary>Removes folders left by builds that were killed, but not those of a build still running.</summary>
    private static void RemoveStale(string parent, string name)
    {
        foreach (var stale in Directory.EnumerateDirectories(parent, $".{name}.*-*-*"))
        {
            var parts = Path.GetFileName(stale).Split('-');
            if (parts.Length >= 3 && int.TryParse(parts[^2], out var pid) && !IsRunning(pid))
            {
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
            return false;
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
