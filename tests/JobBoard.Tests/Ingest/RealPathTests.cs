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

        var root = RealPath.Resolve(temp.Path)!;
        Assert.Equal(real is null ? null : Path.Combine(root, real), RealPath.Resolve(temp.Combine(path)));
    }
}
