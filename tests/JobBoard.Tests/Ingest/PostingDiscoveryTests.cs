using JobBoard.Ingest;
using JobBoard.Pipeline;
using JobBoard.Site;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Ingest;

/// <summary>
/// Which files under <c>jobs/</c> are postings: not the backups, swap, lock and temporary files
/// that editors leave while a user edits, nor the folder metadata of operating systems.
/// </summary>
public sealed class PostingDiscoveryTests
{
    private const string Posting = "---\ntitle: Dev\ncompany: Acme\n---\n\nBody.\n";

    /// <summary>One file name a line, and whether it is read as a posting.</summary>
    public static TheoryData<string, bool> Names() => new()
    {
        { "x.md", true },
        { "x.txt", true },
        { "x.markdown", true },
        { "backend-engineer", true }, // no extension: the format is sniffed from the content
        { "backend-engineer-2.md", true },
        { "c#-dev.md", true },
        { "tmp-workers.md", true }, // tmp and bak only count at the end of a name
        { "bakery-manager.md", true },
        { "x.tmp.md", true },
        { "x.bak.md", true },
        { "x~y.md", true },
        { "~x.md", true }, // only Office's ~$ prefix marks a lock file
        { "#x.md", true }, // an Emacs auto-save has a # at both ends
        { "49130", true },
        { "x.md~", false }, // Emacs and Vim backup
        { "x.md.~1~", false }, // Emacs numbered backup
        { "#x.md#", false }, // Emacs auto-save
        { ".#x.md", false }, // Emacs lock link
        { ".x.md.swp", false }, // Vim swap file
        { "x.md.swp", false },
        { "x.md.swo", false },
        { "x.md.swx", false },
        { "4913", false }, // Vim's write test
        { "x.md___jb_tmp___", false }, // JetBrains safe write
        { "x.md___jb_old___", false },
        { "x.md.kate-swp", false },
        { ".x.md.kate-swp", false },
        { "x.md.tmp", false },
        { "X.MD.TMP", false },
        { "x.md.bak", false },
        { "x.md.orig", false }, // git merge leftover
        { "x.md.rej", false }, // failed patch hunk
        { "~$x.md", false }, // Office lock file
        { ".DS_Store", false },
        { "Thumbs.db", false },
        { "desktop.ini", false },
        { ".hidden.md", false }, // any dot file
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Leftovers_of_editors_and_systems_are_not_postings(string name, bool posting) =>
        Assert.Equal(posting, !PostingDiscovery.Skips(name));

    [Fact]
    public void Discover_and_Lists_agree_on_every_name_of_the_table()
    {
        // Lists decides the preview server's incremental rebuilds; a file it lists and Discover
        // skips would be a posting in serve and none in build.
        using var temp = new TempFolder();
        var names = Names().Select(row => (Name: (string)row[0], Posting: (bool)row[1])).ToList();
        foreach (var (name, _) in names)
        {
            temp.Write("input/jobs/" + name, Posting);
        }

        var input = temp.Combine("input");
        var postings = names.Where(n => n.Posting).Select(n => "jobs/" + n.Name).Order(StringComparer.Ordinal);
        Assert.Equal(postings, PostingDiscovery.Discover(input).Select(f => f.RelativePath));
        Assert.All(names, n => Assert.Equal(n.Posting, PostingDiscovery.Lists(input, temp.Combine("input", "jobs", n.Name))));
    }

    [Fact]
    public void A_posting_beside_its_editor_leftovers_builds_alone()
    {
        // Copies of a.md would otherwise be duplicate postings (JB0303) and fail the build.
        using var temp = new TempFolder();
        foreach (var name in new[] { "a.md", "a.md~", "a.md___jb_tmp___" })
        {
            temp.Write("input/jobs/" + name, Posting);
        }

        var generated = BuildPipeline.Generate(new BuildOptions(temp.Combine("input"), RepoPaths.Theme, Now: new DateOnly(2026, 11, 1)));
        Assert.Empty(generated.Diagnostics.Where(d => d.IsError));
        Assert.Equal(["jobs/a.md"], generated.Site!.All.Select(p => p.File));
        Assert.Equal(1, generated.PostingsRead);
    }

    [Fact]
    public void Links_are_listed_as_entries_and_links_to_folders_never_entered()
    {
        // Reading a listed link reports it (JB0111, JB0112); what lies under a linked folder is never a posting.
        using var temp = new TempFolder();
        temp.Write("input/jobs/a.md", Posting);
        temp.Write("input/jobs/real/c.md", Posting);
        temp.Write("elsewhere/b.md", Posting);
        File.CreateSymbolicLink(temp.Combine("input", "jobs", "folder"), temp.Combine("elsewhere"));
        File.CreateSymbolicLink(temp.Combine("input", "jobs", "file.md"), "a.md");
        var input = temp.Combine("input");

        Assert.Equal(["jobs/a.md", "jobs/file.md", "jobs/folder", "jobs/real/c.md"], PostingDiscovery.Discover(input).Select(f => f.RelativePath));
        Assert.All(["a.md", "file.md", "folder", "real/c.md"], name => Assert.True(PostingDiscovery.Lists(input, Path.Combine(input, "jobs", name))));
        Assert.False(PostingDiscovery.Lists(input, Path.Combine(input, "jobs", "folder", "b.md")));
        Assert.False(PostingDiscovery.Lists(input, Path.Combine(input, "jobs", "real")));
    }
}
