namespace JobBoard.Ingest;

/// <summary>
/// The discover stage: every posting file under <c>{input}/jobs/</c>, in ordinal path order. Hidden
/// files and folders and the leftovers of editors and systems (<see cref="EditorLeftovers"/>) are no postings.
/// </summary>
public static class PostingDiscovery
{
    public const string JobsFolder = "jobs";

    private static readonly EnumerationOptions Options = new() { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden };

    /// <returns>Full paths with their input-relative form (<c>jobs/x.md</c>, forward slashes).</returns>
    public static IReadOnlyList<(string FullPath, string RelativePath)> Discover(string inputDirectory)
    {
        var jobs = Path.Combine(inputDirectory, JobsFolder);
        if (!Directory.Exists(jobs))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(jobs, "*", Options)
            .Where(path => !Skips(Path.GetFileName(path)))
            .Select(path => (path, Relative(inputDirectory, path)))
            .OrderBy(f => f.Item2, StringComparer.Ordinal)];
    }

    /// <summary>The input-relative form of a path (<c>jobs/x.md</c>, forward slashes).</summary>
    public static string Relative(string inputDirectory, string path) =>
        Path.GetRelativePath(inputDirectory, path).Replace('\\', '/');

    /// <summary>
    /// Whether <see cref="Discover"/> skips a file by its name (without folders): a hidden dot file,
    /// or an editor's or a system's leftover such as <c>x.md~</c>.
    /// </summary>
    public static bool Skips(string fileName) => fileName.StartsWith('.') || EditorLeftovers.IsLeftover(fileName);

    /// <summary>
    /// Whether <see cref="Discover"/> lists this existing file: it lies under <c>jobs/</c>, its name is
    /// not one <see cref="Skips"/>, and neither it nor a folder between it and <c>jobs/</c> is hidden
    /// (a dot name, or the hidden attribute).
    /// </summary>
    public static bool Lists(string inputDirectory, string fullPath)
    {
        var jobs = Path.GetFullPath(Path.Combine(inputDirectory, JobsFolder));
        var path = Path.GetFullPath(fullPath);
        if (!path.StartsWith(jobs + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Skips(Path.GetFileName(path))
            || !File.Exists(path))
        {
            return false;
        }

        try
        {
            for (; path.Length > jobs.Length; path = Path.GetDirectoryName(path)!)
            {
                if (Path.GetFileName(path).StartsWith('.') || File.GetAttributes(path).HasFlag(FileAttributes.Hidden))
                {
                    return false;
                }
            }
        }
        catch (IOException)
        {
            return false; // deleted meanwhile
        }

        return true;
    }
}
