extern alias cli;

using System.Collections.Concurrent;
using cli::JobBoard.Cli.Serve;

namespace JobBoard.Tests.Serve;

/// <summary>
/// Every snapshot the server handed to a request, recorded before the request reads it, so any
/// response can be matched against whole versions of a file: a body that equals none of them was
/// torn, truncated or mixed from two builds.
/// </summary>
internal sealed class SnapshotHistory(Func<SiteSnapshot> current)
{
    private readonly ConcurrentDictionary<int, SiteSnapshot> seen = new();

    /// <summary>What the server calls per request instead of reading the current snapshot itself.</summary>
    public SiteSnapshot Serve()
    {
        var site = current();
        seen.TryAdd(site.Version, site);
        return site;
    }

    public int Versions => seen.Count;

    /// <summary>The bytes the server sends for a site file in each version that had it (HTML with the reload script).</summary>
    public IReadOnlyList<byte[]> Served(string file) =>
        [.. seen.Values.Select(s => s.Find(file)).OfType<JobBoard.Site.OutputFile>()
            .Select(f => SiteSnapshot.ContentType(f.Path).StartsWith("text/html", StringComparison.Ordinal) ? ReloadClient.Inject(f.Content) : f.Content)];

    /// <summary>Whether some served version had no such file, so a 404 for it was right at some moment.</summary>
    public bool SometimesMissing(string file) => seen.Values.Any(s => !s.Contains(file));
}
