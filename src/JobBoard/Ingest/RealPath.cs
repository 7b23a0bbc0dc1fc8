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
    public static string? Resolve(string path)
    {
        var full = Path.IsPathRooted(path) ? path : Path.Join(Directory.GetCurrentDirectory(), path);
        var real = Path.GetPathRoot(full)!;
        var pending = new Stack<string>();
        Push(pending, full[real.Length..]);
        for (var links = 0; pending.TryPop(out var part);)
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
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                real = Path.GetPathRoot(target)!;
                target = target[real.Length..];
            }

            Push(pending, target);
        }

        return real;
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
