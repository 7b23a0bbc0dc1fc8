using System.Collections.Immutable;
using JobBoard.Model;

namespace JobBoard.Pipeline;

/// <summary>What a build did: counts for the summary line and every diagnostic, sorted by file and line.</summary>
/// <param name="Published">Whether the output folder was replaced with the new site.</param>
public sealed record BuildResult(
    int PostingsRead,
    int PagesWritten,
    ImmutableArray<Diagnostic> Diagnostics,
    TimeSpan Elapsed,
    bool Published)
{
    /// <summary>Wall time and peak memory of each stage, in order.</summary>
    public ImmutableArray<StageLap> Stages { get; init; } = [];

    public long BytesWritten { get; init; }

    /// <summary>The budgets' line: what was measured against each limit (<see cref="Output.BudgetMeter"/>); null when nothing was made.</summary>
    public string? Budgets { get; init; }

    /// <summary>The postings left out for being closed longer than <c>keepClosedDays</c> (<see cref="Site.SiteModel.Retired"/>).</summary>
    public ImmutableArray<string> Retired { get; init; } = [];

    /// <summary>The postings' unknown keys in one line (<see cref="Normalize.UnknownKeys.Summary"/>), or null.</summary>
    public string? UnknownKeys { get; init; }

    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);
}
