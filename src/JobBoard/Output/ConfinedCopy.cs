using System.Collections.Immutable;

namespace JobBoard.Output;

/// <summary>
/// Copies a folder tree shipped with the tool (a new board, the default theme) into a user's folder,
/// writing only inside it. The target may already hold files (a fresh clone with a README, an edited
/// theme given <c>--force</c>), and a link among them could send a write anywhere: so every folder on the
/// way to a file must be a real folder, a file written over must be a regular file and not a link, and
/// all of that is checked before the first byte is written, so a refused copy writes nothing.
/// </summary>
public static class ConfinedCopy
{
    /// <summary>Why <paramref name="source"/> must not be copied into <paramref name="target"/>, or null when it may.
    /// A non-empty target is refused unless <paramref name="force"/>; a link or misplaced entry is refused always.</summary>
    public static string? Refusal(string source, string target, bool force)
    {
        if (File.Exists(target))
        {
            return $"'{target}' is a file, not a folder";
        }

        if (!Directory.Exists(target))
        {
            return null;
        }

        if (!force && Directory.EnumerateFileSystemEntries(target).Any())
        {
            return $"'{target}' is not empty: pass --force to write into it (files of the same name are replaced, others kept)";
        }

        return Files(source).Select(file => Obstacle(target, file)).FirstOrDefault(o => o is not null);
    }

    /// <summary>Copies every file of <paramref name="source"/> (dot files included) and returns their
    /// relative paths, in ordinal order. Call <see cref="Refusal"/> first.</summary>
    public static ImmutableArray<string> Copy(string source, string target)
    {
        var written = ImmutableArray.CreateBuilder<string>();
        foreach (var file in Files(source))
        {
            var destination = Path.Combine(target, file);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Delete(destination); // CreateNew below then never writes through whatever stood there
            using (var output = new FileStream(destination, FileMode.CreateNew, FileAccess.Write))
            using (var input = File.OpenRead(Path.Combine(source, file)))
            {
                input.CopyTo(output);
            }

            written.Add(file.Replace('\\', '/'));
        }

        return written.ToImmutable();
    }

    /// <summary>The files under a folder, relative to it, in ordinal order.</summary>
    private static IEnumerable<string> Files(string source) =>
        Directory.EnumerateFiles(source, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(file => Path.GetRelativePath(source, file))
            .Order(StringComparer.Ordinal);

    /// <summary>What stands in the way of writing <paramref name="file"/> under <paramref name="target"/>, or null.</summary>
    private static string? Obstacle(string target, string file)
    {
        var parts = file.Split(Path.DirectorySeparatorChar);
        var path = target;
        for (var i = 0; i < parts.Length; i++)
        {
            path = Path.Combine(path, parts[i]);
            var entry = new FileInfo(path);
            var last = i == parts.Length - 1;
            if (entry.LinkTarget is not null)
            {
                return $"'{path}' is a link; nothing is written through links (remove it, or choose another folder)";
            }

            if (last ? Directory.Exists(path) : File.Exists(path))
            {
                return $"'{path}' is in the way: a {(last ? "folder" : "file")} stands where a {(last ? "file" : "folder")} goes";
            }
        }

        return null;
    }
}
