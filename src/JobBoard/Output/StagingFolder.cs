using System.Buffers;
using System.Collections.Concurrent;

namespace JobBoard.Output;

/// <summary>
/// The folder a build writes its new site into (<see cref="AtomicOutput"/>). It starts as the site before the published
/// one when that is kept, so that a rebuild, most of whose files are the same as before, writes only the files that
/// changed: a file with the same bytes is left as it is, a changed one is written over, and the files the new site no
/// longer has are removed at the end (<see cref="RemoveUnwritten"/>). Creating a file and deleting the old one cost far
/// more than reading it back on a journaling file system (on this project's build machines, deleting a previous site of
/// 30,000 files took 45 s and more), and a site that is not recreated keeps its files' times where they did not change.
/// </summary>
internal sealed class StagingFolder
{
    private readonly string root;

    /// <summary>Folders known to exist, by full path.</summary>
    private readonly ConcurrentDictionary<string, bool> folders = new(StringComparer.Ordinal);

    /// <summary>The files of the reused site that this build has not written yet, by full path, with their length.</summary>
    private readonly ConcurrentDictionary<string, long> unwritten = new(StringComparer.Ordinal);

    /// <summary>The listing of the reused site's files and folders into <see cref="unwritten"/> and <see cref="folders"/>.</summary>
    private Task inventory = Task.CompletedTask;

    private StagingFolder(string root) => this.root = root;

    /// <summary>Makes <paramref name="path"/> the staging folder: the folder <paramref name="kept"/> moved there when it is a
    /// site a build wrote (it holds <see cref="OutputFolderGuard.MarkerName"/>), otherwise a new empty folder.</summary>
    public static StagingFolder Claim(string kept, string path)
    {
        var staging = new StagingFolder(path);
        staging.folders[path] = true;
        if (!IsBuiltSite(kept) || !TryMove(kept, path))
        {
            Directory.CreateDirectory(path);
            return staging;
        }

        // Listing a big site takes a while (a system call per file): it runs while the build reads its postings.
        staging.inventory = Task.Run(staging.TakeInventory);
        return staging;
    }

    /// <summary>Waits until the reused site is listed, whether or not that failed (<see cref="Write"/> throws what it
    /// threw): the folder must not be moved or removed while it is listed.</summary>
    public void Settle()
    {
        try
        {
            inventory.Wait();
        }
        catch (AggregateException)
        {
        }
    }

    private void TakeInventory()
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos("*", options))
        {
            if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                entry.Delete(); // a link no build makes: never written through
            }
            else if (entry is FileInfo file)
            {
                unwritten[file.FullName] = file.Length;
            }
            else
            {
                folders[entry.FullName] = true;
            }
        }
    }

    /// <summary>Whether <paramref name="folder"/> is a site a build wrote: only those are written over or removed.</summary>
    public static bool IsBuiltSite(string folder) =>
        File.Exists(Path.Combine(folder, OutputFolderGuard.MarkerName)) && !new DirectoryInfo(folder).Attributes.HasFlag(FileAttributes.ReparsePoint);

    /// <summary>Writes a file of the new site, by its path under the folder; safe to call from several threads.</summary>
    public void Write(string relative, ReadOnlySpan<byte> content)
    {
        inventory.GetAwaiter().GetResult();
        var path = Path.Combine(root, relative);
        MakeFolder(Path.GetDirectoryName(path)!);
        if (unwritten.TryRemove(path, out var length))
        {
            if (length != content.Length || !Holds(path, content))
            {
                using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Write, FileShare.None);
                RandomAccess.Write(handle, content, 0);
                if (length > content.Length)
                {
                    RandomAccess.SetLength(handle, content.Length);
                }
            }

            return;
        }

        if (folders.TryRemove(path, out _))
        {
            Directory.Delete(path, recursive: true); // the old site had a folder of this name
            foreach (var file in unwritten.Keys.Where(f => f.StartsWith(path + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            {
                unwritten.TryRemove(file, out _);
            }
        }

        // No file is there to replace: CreateNew spares the truncation File.WriteAllBytes makes (two system calls of the
        // seven per file), and writing at offset 0 needs no file position.
        using (var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            RandomAccess.Write(handle, content, 0);
        }
    }

    /// <summary>Removes the files of the reused site that the new one does not have, and the folders they leave empty.</summary>
    public void RemoveUnwritten()
    {
        inventory.GetAwaiter().GetResult();
        foreach (var file in unwritten.Keys.Order(StringComparer.Ordinal))
        {
            File.Delete(file);
            for (var folder = Path.GetDirectoryName(file)!; folder.Length > root.Length && !Directory.EnumerateFileSystemEntries(folder).Any();
                 folder = Path.GetDirectoryName(folder)!)
            {
                Directory.Delete(folder);
                folders.TryRemove(folder, out _);
            }
        }

        unwritten.Clear();
    }

    /// <summary>Makes a folder of the new site, removing a file of the old one that has its name or an ancestor's.</summary>
    private void MakeFolder(string folder)
    {
        if (folders.ContainsKey(folder))
        {
            return;
        }

        for (var ancestor = folder; ancestor.Length > root.Length; ancestor = Path.GetDirectoryName(ancestor)!)
        {
            if (unwritten.TryRemove(ancestor, out _))
            {
                File.Delete(ancestor);
            }
        }

        // In the dictionary only once it exists: another thread's file for it waits for nothing. (CreateDirectory throws
        // when it cannot make the folder; asking the DirectoryInfo it returns whether it exists costs a system call more.)
        folders.GetOrAdd(folder, static f =>
        {
            Directory.CreateDirectory(f);
            return true;
        });
    }

    /// <summary>Whether the file at <paramref name="path"/>, of the same length, holds <paramref name="content"/>.</summary>
    private static bool Holds(string path, ReadOnlySpan<byte> content)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(content.Length);
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var read = RandomAccess.Read(handle, buffer.AsSpan(0, content.Length), 0);
            return read == content.Length && buffer.AsSpan(0, read).SequenceEqual(content);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool TryMove(string from, string to)
    {
        try
        {
            Directory.Move(from, to);
            return true;
        }
        catch (IOException)
        {
            return false; // another build took it first
        }
    }
}
