using System.Text.RegularExpressions;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Pipeline;

/// <summary>
/// The folders of src/JobBoard are layers: a folder uses only the folders below it, so the
/// pipeline reads from the bottom up and no change of a lower folder needs a higher one
/// (docs/architecture.md). A source scan: a file's namespace is its folder's, so any other
/// folder's type it names comes through a <c>using</c>, a qualified name or a <c>cref</c>.
/// </summary>
public sealed class FolderLayerTests
{
    /// <summary>Each folder and its layer; folders of one layer do not use each other.</summary>
    private static readonly Dictionary<string, int> Layers = new(StringComparer.Ordinal)
    {
        ["Model"] = 0,
        ["Ingest"] = 1,
        ["Normalize"] = 2,
        ["Site"] = 3,
        ["Render"] = 4,
        ["Search"] = 5,
        ["Output"] = 5,
        ["Pipeline"] = 6,
        ["Check"] = 7,
    };

    private static string Core => Path.Combine(RepoPaths.Root, "src", "JobBoard");

    [Fact]
    public void Every_folder_of_the_library_has_a_layer()
    {
        var folders = Directory.GetDirectories(Core).Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj") && Directory.EnumerateFiles(Path.Combine(Core, name!), "*.cs").Any());
        Assert.Empty(folders.Where(name => !Layers.ContainsKey(name!)));
    }

    [Fact]
    public void Each_file_is_in_its_folders_namespace()
    {
        var misplaced = SourceFiles()
            .Where(f => !Regex.IsMatch(File.ReadAllText(f.Path), $@"^namespace JobBoard\.{f.Folder};", RegexOptions.Multiline))
            .Select(f => f.Path);
        Assert.Empty(misplaced);
    }

    [Fact]
    public void No_folder_uses_a_folder_above_or_beside_it()
    {
        var upward = new List<string>();
        foreach (var (path, folder) in SourceFiles())
        {
            var text = File.ReadAllText(path);
            var used = FolderName.Matches(text).Select(m => m.Groups["folder"].Value)
                .Where(name => name != folder && Layers.TryGetValue(name, out var layer) && layer >= Layers[folder])
                .Distinct(StringComparer.Ordinal);
            upward.AddRange(used.Select(name => $"{Path.GetRelativePath(Core, path)} ({folder}) uses {name}"));
        }

        Assert.Empty(upward);
    }

    [Fact]
    public void The_scan_sees_a_using_a_qualified_name_and_a_cref()
    {
        string[] samples = ["using JobBoard.Render;", "x = JobBoard.Site.SiteModel.JobPath(p);", "var n = Normalize.UnknownKeys.Summary(p);",
            "/// <see cref=\"Pipeline.BuildPipeline\"/>", "using static JobBoard.Search.SearchTerms;"];
        Assert.Equal(["Render", "Site", "Normalize", "Pipeline", "Search"],
            samples.Select(s => FolderName.Match(s).Groups["folder"].Value));
        Assert.False(FolderName.IsMatch("options.Output.Length; generated.Site.Now; theme.Render(x)"));
    }

    private static IEnumerable<(string Path, string Folder)> SourceFiles() =>
        Layers.Keys.Where(folder => Directory.Exists(Path.Combine(Core, folder)))
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Core, folder), "*.cs", SearchOption.AllDirectories)
                .Select(path => (path, folder)));

    /// <summary>A folder's name as a namespace: after <c>JobBoard.</c>, or alone (relative to <c>JobBoard</c>) before a
    /// type's name where no member access comes before it.</summary>
    private static readonly Regex FolderName = new(
        $@"\bJobBoard\.(?<folder>{string.Join('|', Layers.Keys)})\b|(?<![\w.])(?<folder>{string.Join('|', Layers.Keys)})\.[A-Z]",
        RegexOptions.CultureInvariant);
}
