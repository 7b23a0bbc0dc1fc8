namespace JobBoard.Ingest;

/// <summary>The discover stage: every posting file under <c>{input}/jobs/</c>, in ordinal path order.</summary>
public static class PostingDiscovery
{
    public const string JobsFolder = "jobs";

    /// <returns>Full paths with their input-relative form (<c>jobs/x.md</c>, forward slashes).</returns>
    public static IReadOnlyList<(string FullPath, string RelativePath)> Discover(string inputDirectory)
    {
        var jobs = Path.Combine(inputDirectory, JobsFolder);
        if (!Directory.Exists(jobs))
        {
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden };
        return [.. Directory.EnumerateFiles(jobs, "*", options)
            .Where(path => !Path.GetFileName(path).StartsWith('.'))
            .Select(path => (path, Path.GetRelativePath(inputDirectory, path).Replace('\\', '/')))
            .OrderBy(f => f.Item2, StringComparer.Ordinal)];
    }
}
