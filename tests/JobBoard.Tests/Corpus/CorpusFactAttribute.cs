using JobBoard.Tests.Support;

namespace JobBoard.Tests.Corpus;

/// <summary>
/// A fact about the labelled corpus in <c>../shared/corpus/</c>. A clone without it reports the
/// test as skipped, never as passed: xunit 2 decides skipping when it discovers the test, so the
/// attribute sets <see cref="FactAttribute.Skip"/> itself.
/// </summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute() => Skip = RepoPaths.Corpus is null ? "../shared/corpus (labels.json and postings/) is not next to the repository" : null;
}
