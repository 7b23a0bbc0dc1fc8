using System.Collections.Concurrent;

namespace JobBoard.Ingest;

/// <summary>
/// Where a path really leads: every symbolic link on it resolved, its folders' as well as its own,
/// the way the system resolves them when it opens the path.
/// </summary>
public static class RealPath
{
    /// <summary>Linux's own limit on the links one path may pass through (ELOOP beyond it).</summary>
    public const int MaxLinks = 40;

    /// <summary>
    /// The path with no link left on it (the last part need not exist), or null when its links loop
    /// or pass through more than <see cref="MaxLinks"/>. A <c>..</c> after a link leaves the link's
    /// target, not the folder the link is in: a lexical <see cref="Path.GetFullPath(string)"/> would
    /// place <c>jobs/sub/../../x</c> inside the input when <c>sub</c> links elsewhere, and the system
    /// opens a file outside it.
    /// </summary>
    public static string? Resolve(string path) => Walk(path).Real;

    /// <summary>As <see cref="Resolve(string)"/>, with the file's folder taken from (or added to) <paramref name="folders"/>,
    /// by the path it was reached by: the files of one folder look up the folder's links once, not once each.</summary>
    public static string? Resolve(string path, ConcurrentDictionary<string, (string? Real, int Links)> folders)
    {
        var name = Path.GetFileName(path);
        if (name is "" or "." or ".." || Path.GetDirectoryName(path) is not { Length: > 0 } folder)
        {
            return Resolve(path);
        }

        var (real, links) = folders.GetOrAdd(folder, Walk);
        return real is null ? null : Walk(real, links, name).Real;
    }

    private static (string? Real, int Links) Walk(string path)
    {
        var full = Path.IsPathRooted(path) ? path : Path.Join(Directory.GetCurrentDirectory(), path);
        var root = Path.GetPathRoot(full)!;
        return Walk(root, 0, full[root.Length..]);
    }

    /// <summary>Follows <paramref name="rest"/> from the folder <paramref name="real"/> (no link on it), which
    /// <paramref name="links"/> links led to.</summary>
    private static (string? Real, int Links) Walk(string real, int links, string rest)
    {
        var pending = new Stack<string>();
        Push(pending, rest);
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                real = Path.GetDirectoryName(real) ?? real;
                continue;
            }

            var next = Path.Join(real, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                real = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return (null, links);
            }

            if (Path.IsPathRooted(target))
            {
                real = Path.GetPathRoot(target)!;
                target = target[real.Length..];
            }

            Push(pending, target);
        }

        return (real, links);
    }

    /// <summary>Puts a path's parts on the stack so that its first part comes off first.</summary>
    private static void Push(Stack<string> pending, string path)
    {
        var parts = path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }
}
