using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO.Compression;
using JobBoard.Model;
using JobBoard.Site;

namespace JobBoard.Output;

/// <summary>
/// Measures the files of a build as they are written, for its budgets (<see cref="Budget"/>): how many, their
/// total size, the largest HTML page, and the first search: what a visitor's browser downloads to open
/// <c>/search/</c> and see its first results with the facet counts — the page, its script and stylesheet, the
/// index entry, the facet summary and the first results chunk (<see cref="FirstSearch"/>) — each compressed with
/// gzip at its best level, as <c>gzip -9</c> does. Netlify sends Brotli to browsers that take it, a little
/// smaller, so this is what the slowest of them pays. Safe to call from several threads.
/// </summary>
public sealed class BudgetMeter
{
    /// <summary>The files of the first search, by path; the script and the stylesheet by the start and end of their fingerprinted names.</summary>
    public static readonly ImmutableArray<(string Start, string End)> FirstSearch =
    [
        ("search/index.html", ""), ("assets/search.", ".js"), ("assets/style.", ".css"),
        ("search/index.json", ""), ("search/facets/summary.json", ""), ("search/results/0.json", ""),
    ];

    private readonly ConcurrentDictionary<string, long> firstSearch = new(StringComparer.Ordinal);
    private int files;
    private long total;
    private long largestPage;

    public void Add(OutputFile file)
    {
        Interlocked.Increment(ref files);
        Interlocked.Add(ref total, file.Length);
        if (file.Path.EndsWith(".html", StringComparison.Ordinal))
        {
            for (var largest = Interlocked.Read(ref largestPage); file.Length > largest;)
            {
                var was = Interlocked.CompareExchange(ref largestPage, file.Length, largest);
                largest = was == largest ? file.Length : was;
            }
        }

        if (FirstSearch.Any(f => f.End.Length == 0
                ? file.Path == f.Start
                : file.Path.StartsWith(f.Start, StringComparison.Ordinal) && file.Path.EndsWith(f.End, StringComparison.Ordinal)
                    && file.Path.IndexOf('/', f.Start.Length) < 0))
        {
            firstSearch[file.Path] = Gzipped(file.Bytes.Span);
        }
    }

    /// <summary>What was measured against each of <paramref name="limits"/>, in their order.</summary>
    public ImmutableArray<(BudgetLimit Limit, long Measured)> Measure(ImmutableArray<BudgetLimit> limits) =>
        [.. limits.Select(limit => (limit, limit.Budget.Key switch
        {
            "firstSearch" => firstSearch.Values.Sum(),
            "files" => files,
            "largestPage" => Interlocked.Read(ref largestPage),
            _ => Interlocked.Read(ref total),
        }))];

    /// <summary>The summary line: <c>Budgets: first search 62 KB of 150 KB, 615 files of 200000, …</c>.</summary>
    public static string Summary(ImmutableArray<(BudgetLimit Limit, long Measured)> measured) =>
        "Budgets: " + string.Join(", ", measured.Select(m => m.Limit.Budget.Unit == BudgetUnit.Files
            ? $"{m.Limit.Budget.Format(m.Measured)} {m.Limit.Budget.Label} of {m.Limit.Budget.Format(m.Limit.Limit)}"
            : $"{m.Limit.Budget.Label} {m.Limit.Budget.Format(m.Measured)} of {m.Limit.Budget.Format(m.Limit.Limit)}"));

    /// <summary>A warning for each budget exceeded, at its line of site.yml (<c>--strict</c> fails the build on it).</summary>
    public static IEnumerable<Diagnostic> Exceeded(ImmutableArray<(BudgetLimit Limit, long Measured)> measured) =>
        measured.Where(m => m.Measured > m.Limit.Limit).Select(m => new Diagnostic(DiagnosticCodes.OverBudget, Severity.Warning,
            SiteConfig.FileName, m.Limit.Line, 0,
            $"{m.Limit.Budget.Label}: {m.Limit.Budget.Format(m.Measured)} is over the budget of {m.Limit.Budget.Format(m.Limit.Limit)}",
            $"make the site smaller, or raise budgets: {m.Limit.Budget.Key} in site.yml"));

    private static long Gzipped(ReadOnlySpan<byte> content)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return compressed.Length;
    }
}
