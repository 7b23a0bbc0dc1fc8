using System.Collections.Immutable;
using JobBoard.Model;
using JobBoard.Output;
using JobBoard.Site;

namespace JobBoard.Pipeline;

/// <summary>A site generated in memory, before it is written anywhere.</summary>
/// <param name="Site">The validated model; null when the settings (site.yml, theme) could not be loaded.</param>
/// <param name="RenderFailed">A template failed, so some pages are missing: never publish such a site.</param>
public sealed record GeneratedSite(
    ImmutableArray<OutputFile> Files,
    ImmutableArray<Diagnostic> Diagnostics,
    int PostingsRead,
    SiteModel? Site,
    bool RenderFailed)
{
    /// <summary>The key of everything the site was made from (<see cref="BuildCache.InputsKey"/>) when a cache
    /// made it; zero otherwise. Two sites with the same nonzero key are the same site.</summary>
    public UInt128 Inputs { get; init; }
}
