namespace JobBoard.Tests.Support;

/// <summary>
/// A fact about the synthetic benchmark board that <c>../shared/bench/gen_corpus.py</c> generates
/// (<c>scripts/bench-corpus.sh</c>). A clone without it reports the test as skipped, never as passed: xunit 2
/// decides skipping when it discovers the test, so the attribute sets <see cref="FactAttribute.Skip"/> itself.
/// </summary>
public sealed class BenchFactAttribute : FactAttribute
{
    public BenchFactAttribute() => Skip = RepoPaths.BenchGenerator is null ? "../shared/bench/gen_corpus.py is not next to the repository" : null;
}
