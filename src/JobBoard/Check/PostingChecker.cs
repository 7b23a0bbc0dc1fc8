using System.Collections.Immutable;
using JobBoard.Ingest;
using JobBoard.Model;
using JobBoard.Pipeline;
using JobBoard.Site;

namespace JobBoard.Check;

/// <summary>The result of <c>check</c>: diagnostics in file order, and how many postings they cover.</summary>
public sealed record CheckResult(ImmutableArray<Diagnostic> Diagnostics, int PostingsChecked)
{
    /// <summary>The checked postings' unknown keys in one line (<see cref="Normalize.UnknownKeys.Summary"/>), or null.</summary>
    public string? UnknownKeys { get; init; }

    /// <summary>The checked postings the site publishes as open (not archived, not expired): those whose
    /// apply links <see cref="ApplyLinkHealth"/> requests.</summary>
    public ImmutableArray<Posting> Open { get; init; } = [];

    /// <summary>What <c>--links</c> checked, or null without it.</summary>
    public LinkSummary? Links { get; init; }

    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);
}

/// <summary>
/// <c>check</c>: the build's read → parse → normalize → assemble stages without rendering or
/// writing anything, so it needs no theme and runs in a pull request in a second.
/// </summary>
public static class PostingChecker
{
    public static CheckResult Check(string input, CheckSelection selection, DateOnly? now)
    {
        var settings = BuildSettings.LoadInput(input);
        if (settings.Value is not { } loaded)
        {
            return new CheckResult(BuildPipeline.Sorted(settings.Diagnostics.AddRange(selection.Diagnostics)), 0);
        }

        var (files, perFile, assembled) = BuildPipeline.ReadAndAssemble(input, loaded, now);
        var selected = files.Where(selection.Includes).ToHashSet(StringComparer.Ordinal);
        var diagnostics = settings.Diagnostics.ToBuilder();
        diagnostics.AddRange(selection.Diagnostics);
        diagnostics.AddRange(perFile.SelectMany(o => o.Diagnostics).Where(d => selected.Contains(d.File)));
        diagnostics.AddRange(assembled.Diagnostics.Where(d => Concerns(d, selected)));
        var checkedPostings = perFile.Where(o => o.Value is { } p && selected.Contains(p.File)).Select(o => o.Value!);
        return new CheckResult(BuildPipeline.Sorted(diagnostics.ToImmutable()), selected.Count)
        {
            UnknownKeys = Normalize.UnknownKeys.Summary(checkedPostings),
            Open = assembled.Value is { } site ? [.. site.Open.Where(p => selected.Contains(p.File))] : [],
        };
    }

    /// <summary>
    /// A site-wide diagnostic sits on one file but may be caused by another: "slug already used by
    /// jobs/a.md" is reported on jobs/b.md. A pull request that adds jobs/a.md must still see it.
    /// </summary>
    private static bool Concerns(Diagnostic diagnostic, HashSet<string> selected) =>
        selected.Contains(diagnostic.File)
        || (diagnostic.Code is DiagnosticCodes.DuplicateSlug or DiagnosticCodes.DuplicatePosting
            && selected.Any(f => diagnostic.Message.Contains(f, StringComparison.Ordinal)));
}
