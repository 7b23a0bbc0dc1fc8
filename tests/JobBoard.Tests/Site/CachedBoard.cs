using JobBoard.Pipeline;
using JobBoard.Site;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Site;

/// <summary>A copy of the basic fixture board and theme, built once with a <see cref="BuildCache"/>.</summary>
public sealed class CachedBoard : IDisposable
{
    public CachedBoard()
    {
        Options = new BuildOptions(Temp.CopyFrom(Path.Combine(RepoPaths.Fixtures, "basic"), "input"),
            Temp.CopyFrom(RepoPaths.Theme, "theme"), Now: new DateOnly(2026, 11, 1));
        BuildPipeline.Generate(Options, Cache);
    }

    public TempFolder Temp { get; } = new();

    public BuildOptions Options { get; }

    public BuildCache Cache { get; } = new();

    /// <summary>How many files the board's jobs/ folder holds.</summary>
    public int PostingFiles => Directory.GetFiles(Temp.Combine("input", "jobs"), "*", SearchOption.AllDirectories).Length;

    public void Dispose() => Temp.Dispose();

    /// <summary>Builds with the cache and asserts the site is, byte for byte, the one a cold build makes.</summary>
    /// <returns>The build with the cache.</returns>
    public GeneratedSite AssertSameAsColdBuild()
    {
        var warm = BuildPipeline.Generate(Options, Cache);
        var cold = BuildPipeline.Generate(Options);
        Assert.Equal(cold.Files.Select(f => f.Path), warm.Files.Select(f => f.Path));
        foreach (var (c, w) in cold.Files.Zip(warm.Files))
        {
            Assert.True(c.Content.AsSpan().SequenceEqual(w.Content), $"{c.Path} differs from a cold build");
        }

        Assert.Equal(cold.Diagnostics.Select(d => d.ToString()), warm.Diagnostics.Select(d => d.ToString()));
        return warm;
    }

    /// <summary>Sets the last write time of every input file.</summary>
    public void DateInputFiles(DateTime time)
    {
        foreach (var file in Directory.EnumerateFiles(Temp.Combine("input"), "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, time);
        }
    }
}
