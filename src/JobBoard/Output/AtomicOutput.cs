using System.Runtime.InteropServices;
using JobBoard.Site;

namespace JobBoard.Output;

/// <summary>
/// Publishes a site so that readers see either the previous complete site or the new one:
/// files go to a sibling staging folder as they are made (a big site never waits in memory), which
/// <see cref="Publish"/> then swaps in. The site the swap replaces is kept beside the output (<c>.{name}.previous</c>)
/// and becomes the next build's staging folder, which writes only what changed (<see cref="StagingFolder"/>).
/// On Linux the swap is one step (renameat2 with RENAME_EXCHANGE),
/// so there is no moment without an output folder, even for a build killed mid-swap; elsewhere it is two
/// renames, and a build killed between them leaves the previous site under a retired name, which the
/// next build puts back. A build that fails is disposed unpublished and leaves the previous output
/// untouched; one that is killed leaves a stale temporary folder too, cleaned up by the next build.
/// Two builds into the same folder take turns at the swap.
/// </summary>
public sealed class AtomicOutput : IDisposable
{
    private readonly string parent;
    private readonly string name;
    private readonly string target;
    private readonly string staging;
    private readonly string kept;
    private readonly StagingFolder folder;
    private bool published;
    private int files;
    private long bytes;

    /// <summary>Starts a new site for <paramref name="outputDirectory"/>; nothing there changes before <see cref="Publish"/>.</summary>
    public AtomicOutput(string outputDirectory)
    {
        target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("output cannot be a root folder");
        name = Path.GetFileName(target);
        staging = Path.Combine(parent, $".{name}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        kept = Path.Combine(parent, $".{name}.previous");
        folder = StagingFolder.Claim(kept, staging);
    }

    public int Files => files;

    public long Bytes => Interlocked.Read(ref bytes);

    /// <summary>Writes one file of the new site; safe to call from several threads (the disk keeps up
    /// better with several writers).</summary>
    public void Add(OutputFile file)
    {
        folder.Write(file.Path.Replace('/', Path.DirectorySeparatorChar), file.Bytes.Span);
        Interlocked.Increment(ref files);
        Interlocked.Add(ref bytes, file.Length);
    }

    /// <summary>Replaces the output folder with the files added.</summary>
    public void Publish()
    {
        folder.RemoveUnwritten();
        using (SwapLock(parent, name))
        {
            RemoveStale(parent, name, target, staging);
            if (Directory.Exists(target) && Exchange(staging, target))
            {
                published = true;
                Keep(staging); // now the previous site
                return;
            }

            var retired = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}-{Guid.NewGuid():N}");
            if (Directory.Exists(target))
            {
                Directory.Move(target, retired);
            }

            Directory.Move(staging, target);
            published = true;
            if (Directory.Exists(retired))
            {
                Keep(retired);
            }
        }
    }

    /// <summary>Keeps the files of a site not published for the next build to write over (or removes them when they are
    /// not a site: a build that failed before it wrote any).</summary>
    public void Dispose()
    {
        folder.Settle();
        if (!published && Directory.Exists(staging))
        {
            Keep(staging);
        }
    }

    /// <summary>Moves <paramref name="site"/> to where the next build takes its staging folder from, or removes it when
    /// it is not a site a build wrote or another is kept there already.</summary>
    private void Keep(string site)
    {
        if (!StagingFolder.IsBuiltSite(site) || Directory.Exists(kept))
        {
            Directory.Delete(site, recursive: true);
            return;
        }

        try
        {
            Directory.Move(site, kept);
        }
        catch (IOException)
        {
            Directory.Delete(site, recursive: true); // another build kept its own there first
        }
    }

    /// <summary>Swaps two folders' names in one step; false where the system cannot (not Linux, a C library
    /// before glibc 2.28, a file system without RENAME_EXCHANGE).</summary>
    private static bool Exchange(string first, string second)
    {
        try
        {
            return OperatingSystem.IsLinux() && RenameAt2(AtCurrentFolder, first, AtCurrentFolder, second, RenameExchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    private const int AtCurrentFolder = -100;
    private const uint RenameExchange = 2;

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int firstFolder, string first, int secondFolder, string second, uint flags);

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
