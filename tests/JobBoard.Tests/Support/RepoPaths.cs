namespace JobBoard.Tests.Support;

/// <summary>Folders of the repository, found by walking up from the test assembly.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>The files <c>jobboard init</c> writes, as the CLI ships them.</summary>
    public static string Scaffold => Path.Combine(Root, "src", "JobBoard.Cli", "Scaffold");

    public static string Fixtures => Path.Combine(Root, "tests", "JobBoard.Tests", "Fixtures");

    /// <summary>The shared seed postings beside the repository, or null when absent.</summary>
    public static string? Seeds
    {
        get
        {
            var seeds = Path.Combine(Path.GetDirectoryName(Root)!, "shared", "seeds");
            return Directory.Exists(seeds) ? seeds : null;
        }
    }

    /// <summary>The labelled real postings beside the repository (postings/, labels.json), or null when absent.</summary>
    public static string? Corpus
    {
        get
        {
            var corpus = Path.Combine(Path.GetDirectoryName(Root)!, "shared", "corpus");
            return File.Exists(Path.Combine(corpus, "labels.json")) ? corpus : null;
        }
    }

    /// <summary>The synthetic board's generator beside the repository (<c>../shared/bench/gen_corpus.py</c>), or null when absent.</summary>
    public static string? BenchGenerator
    {
        get
        {
            var generator = Path.Combine(Path.GetDirectoryName(Root)!, "shared", "bench", "gen_corpus.py");
            return File.Exists(generator) ? generator : null;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Generator.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Generator.sln not found above " + AppContext.BaseDirectory);
    }
}
