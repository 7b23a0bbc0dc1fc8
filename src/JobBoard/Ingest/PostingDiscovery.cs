namespace JobBoard.Ingest;

/// <summary>
/// The discover stage: every posting file under <c>{input}/jobs/</c>, in ordinal path order. Hidden
/// files and folders and the leftovers of editors and systems (<see cref="EditorLeftovers"/>) are no postings.
/// </summary>
public static class PostingDiscovery
{
    public const string JobsFolder = "jobs";

    private static readonly EnumerationOptions Options = new() { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden };

    /// <returns>Full paths with their input-relative form (<c>jobs/x.md</c>, forward slashes). Every entry
    /// but a folder is listed, links and pipes too, so that reading it (<see cref="ConfinedFolder"/>) reports
    /// it; a link to a folder, <c>jobs/</c> itself included, is listed and never entered.</returns>
    public static IReadOnlyList<(string FullPath, string RelativePath)> Discover(string inputDirectory)
    {
        var jobs = Path.Combine(inputDirectory, JobsFolder);
        if (new FileInfo(jobs).LinkTarget is not null)
        {
            return [(jobs, JobsFolder)];
        }

        if (!Directory.Exists(jobs))
        {
            return [];
        }

        return [.. ConfinedFolder.Entries(jobs, Options)
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
    /// Whether <see cref="Discover"/> lists this existing entry: it lies under <c>jobs/</c>, its name is
    /// not one <see cref="Skips"/>, it is no folder (a link to one is listed), no folder between it and
    /// <c>jobs/</c> (nor <c>jobs/</c> itself) is a link, and neither it nor such a folder is hidden (a dot
    /// name, or the hidden attribute).
    /// </summary>
    public static bool Lists(string inputDirectory, string fullPath)
    {
        var jobs = Path.GetFullPath(Path.Combine(inputDirectory, JobsFolder));
        var path = Path.GetFullPath(fullPath);
        if (!path.StartsWith(jobs + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Skips(Path.GetFileName(path)))
        {
            return false;
        }

        try
        {
            for (var at = path; at.Length > jobs.Length; at = Path.GetDirectoryName(at)!)
            {
                var attributes = File.GetAttributes(at);
                var link = attributes.HasFlag(FileAttributes.ReparsePoint);
                if (Path.GetFileName(at).StartsWith('.') || attributes.HasFlag(FileAttributes.Hidden)
                    || (at == path ? attributes.HasFlag(FileAttributes.Directory) && !link : link))
                {
                    return false;
                }
            }

            return new FileInfo(jobs).LinkTarget is null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // deleted meanwhile
        }
    }
}
