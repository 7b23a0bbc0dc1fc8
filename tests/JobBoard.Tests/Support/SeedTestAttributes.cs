namespace JobBoard.Tests.Support;

// Tests that read ../shared/seeds/ (see SeedFiles). xunit 2 decides skipping when it discovers a
// test, so these attributes set Skip themselves: a clone without the seeds shows them as skipped.

public sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute() => Skip = SeedFiles.Missing;
}

public sealed class SeedTheoryAttribute : TheoryAttribute
{
    public SeedTheoryAttribute() => Skip = SeedFiles.Missing;
}
