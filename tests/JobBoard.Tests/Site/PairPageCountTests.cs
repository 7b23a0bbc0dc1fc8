using JobBoard.Tests.Support;
using Xunit.Abstractions;

namespace JobBoard.Tests.Site;

/// <summary>
/// Tag pair pages (<c>/remote/tags/{t}/</c>, <c>/locations/{l}/tags/{t}/</c>) do not blow up a big board: on the
/// 10,000-posting synthetic board (scripts/bench-corpus.sh, bench/site.yml: the default pairMinimum of 3) the pages
/// written stay within twice the single-facet count.
/// </summary>
public sealed class PairPageCountTests(ITestOutputHelper output)
{
    /// <summary>About a minute on a quiet machine; the development machine is shared.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Pages are the <c>index.html</c> files written. The single-facet count is the pages of the same build
    /// without the pair pages: every <c>index.html</c> but those under <c>/remote/tags/</c> and
    /// <c>/locations/{l}/tags/</c> (job pages, home, remote, tag, company, location and employment lists with their
    /// /page/N/ pages, the indexes, /search/ and /search/for/{tag}/ among them).
    /// </summary>
    [BenchFact]
    public void Pair_pages_keep_a_10000_posting_board_within_twice_its_single_facet_pages()
    {
        using var temp = new TempFolder();
        var generated = Cli.RunProgram("bash", [Path.Combine(RepoPaths.Root, "scripts", "bench-corpus.sh"), "10000", temp.Path], timeout: Patience);
        Assert.True(generated.ExitCode == 0, generated.Stderr);

        // As scripts/bench.sh builds it: after the generator's latest datePosted, keeping going past its bad postings.
        var built = Cli.Run(["build", "--input", "input", "--theme", RepoPaths.Theme, "--output", "out", "--keep-going", "--now", "2026-12-31"],
            workingDirectory: temp.Path, timeout: Patience);
        Assert.True(built.ExitCode == 0, built.Stdout);
        var outFolder = temp.Combine("out");
        string[] Relative(string pattern) =>
            [.. Directory.EnumerateFiles(outFolder, pattern, SearchOption.AllDirectories).Select(f => Path.GetRelativePath(outFolder, f).Replace('\\', '/'))];
        static bool InPair(string path) =>
            path.StartsWith("remote/tags/", StringComparison.Ordinal)
            || (path.StartsWith("locations/", StringComparison.Ordinal) && path.Split('/') is [_, _, "tags", ..]);

        var pages = Relative("index.html");
        var pairPages = pages.Count(InPair);
        var single = pages.Length - pairPages;
        var feeds = Relative("feed.xml");
        output.WriteLine($"pages: {pages.Length} ({single} single-facet, {pairPages} of pairs); Atom feeds: {feeds.Length} ({feeds.Count(InPair)} of pairs)");

        Assert.True(pages.Count(p => p.StartsWith("jobs/", StringComparison.Ordinal)) > 9000, built.Stdout);
        Assert.Contains("remote/tags/go/index.html", pages);
        Assert.True(pairPages > 0);
        Assert.True(pages.Length <= 2 * single, $"{pages.Length} pages, {single} single-facet");
    }
}
