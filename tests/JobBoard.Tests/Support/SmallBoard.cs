using System.Text;
using JobBoard.Pipeline;

namespace JobBoard.Tests.Support;

/// <summary>A one-posting board in a temporary folder, with its own copy of the theme to edit, generated in memory
/// with strict templates.</summary>
public sealed class SmallBoard : IDisposable
{
    public SmallBoard(string siteYml = "title: Test\nbaseUrl: https://test.example.org/\n")
    {
        Temp.Write("input/site.yml", siteYml);
        Temp.Write("input/jobs/night-nurse-acme.md", "---\ntitle: Night Nurse\ncompany: Acme\ndatePosted: 2026-10-30\n---\nNights.\n");
        Theme = Temp.CopyFrom(RepoPaths.Theme, "theme");
    }

    public TempFolder Temp { get; } = new();

    public string Theme { get; }

    /// <summary>Writes a file of the board, given by its path under the board's folder (<c>input/pages/about.md</c>).</summary>
    public string Write(string path, string text) => Temp.Write(path, text);

    /// <summary>Replaces text in a file of the theme (<c>layouts/base.hbs</c>).</summary>
    public void EditTheme(string file, string from, string to)
    {
        var path = Path.Combine(Theme, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }

    public GeneratedSite Generate() =>
        BuildPipeline.Generate(new BuildOptions(Temp.Combine("input"), Theme, Now: new DateOnly(2026, 11, 1), StrictTemplates: true));

    /// <summary>The text of a file the site has.</summary>
    public static string Text(GeneratedSite site, string path) =>
        Encoding.UTF8.GetString(Assert.Single(site.Files, f => f.Path == path).Content);

    public void Dispose() => Temp.Dispose();
}
