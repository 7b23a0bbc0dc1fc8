using System.Collections.Concurrent;
using JobBoard.Ingest;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Ingest;

/// <summary>Where a path really leads, as the system resolves it: the file's link and its folders' links, a <c>..</c> after a link.</summary>
public sealed class RealPathTests
{
    /// <summary>The links of the tree (name, target), then a path into it and where it really leads (null: a loop).</summary>
    public static TheoryData<string, string?> Cases() => new()
    {
        { "jobs/a.md", "jobs/a.md" },
        { "jobs/file-link.md", "jobs/a.md" },
        { "jobs/./x/../a.md", "jobs/a.md" }, // no link: as written
        { "jobs/folder-link/b.md", "elsewhere/b.md" },
        { "jobs/folder-link/../b.md", "b.md" }, // ".." leaves the link's target, not jobs/
        { "jobs/absolute-link", "elsewhere" },
        { "jobs/chain.md", "jobs/a.md" }, // a link to a link
        { "jobs/missing.md", "jobs/missing.md" }, // the last part need not exist
        { "jobs/dangling.md", "jobs/nowhere.md" },
        { "jobs/loop-1.md", null },
        { "jobs/self", "jobs" },
        { "jobs/far/b.md", "elsewhere/b.md" }, // 20 links
        { "jobs/far/chained-0.md", null }, // 20 links to the folder, 21 more to the file: over the limit of 40
        { "elsewhere/chained-0.md", "elsewhere/b.md" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_path_leads_where_the_system_opens_it(string path, string? real)
    {
        using var temp = new TempFolder();
        temp.Write("jobs/a.md", "");
        temp.Write("elsewhere/b.md", "");
        temp.Write("b.md", "");
        Directory.CreateDirectory(temp.Combine("jobs", "x"));
        File.CreateSymbolicLink(temp.Combine("jobs", "file-link.md"), "a.md");
        File.CreateSymbolicLink(temp.Combine("jobs", "folder-link"), "../elsewhere");
        File.CreateSymbolicLink(temp.Combine("jobs", "absolute-link"), temp.Combine("elsewhere"));
        File.CreateSymbolicLink(temp.Combine("jobs", "chain.md"), "file-link.md");
        File.CreateSymbolicLink(temp.Combine("jobs", "dangling.md"), "nowhere.md");
        File.CreateSymbolicLink(temp.Combine("jobs", "loop-1.md"), "loop-2.md");
        File.CreateSymbolicLink(temp.Combine("jobs", "loop-2.md"), "loop-1.md");
        File.CreateSymbolicLink(temp.Combine("jobs", "self"), ".");
        File.CreateSymbolicLink(temp.Combine("jobs", "far"), "far-1");
        for (var i = 1; i < 20; i++)
        {
            File.CreateSymbolicLink(temp.Combine("jobs", $"far-{i}"), i < 19 ? $"far-{i + 1}" : "../elsewhere");
        }

        for (var i = 0; i <= 20; i++)
        {
            File.CreateSymbolicLink(temp.Combine("elsewhere", $"chained-{i}.md"), i < 20 ? $"chained-{i + 1}.md" : "b.md");
        }

        var root = RealPath.Resolve(temp.Path)!;
        var expected = real is null ? null : Path.Combine(root, real);
        // With the folders' resolutions shared, as a build reads its files: every case's folder is looked up first.
        var folders = new ConcurrentDictionary<string, (string? Real, int Links)>(StringComparer.Ordinal);
        foreach (var other in Cases())
        {
            RealPath.Resolve(temp.Combine((string)other[0]), folders);
        }

        Assert.Equal((expected, expected), (RealPath.Resolve(temp.Combine(path)), RealPath.Resolve(temp.Combine(path), folders)));
    }
}
