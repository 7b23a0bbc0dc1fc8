namespace JobBoard.Tests.Support;

/// <summary>
/// The real postings in <c>../shared/seeds/</c>, a sibling of the repository root. Only tests marked
/// <see cref="SeedFactAttribute"/> or <see cref="SeedTheoryAttribute"/> read them, so a clone without
/// the folder reports those tests as skipped instead of letting them pass without checking anything.
/// </summary>
public static class SeedFiles
{
    /// <summary>Why seed tests are skipped, or null when the seeds are there.</summary>
    public static string? Missing => RepoPaths.Seeds is null ? "../shared/seeds is not next to the repository" : null;

    public static string Folder => RepoPaths.Seeds ?? throw new InvalidOperationException(Missing + "; mark the test [SeedFact] or [SeedTheory]");

    /// <summary>The seeds' file names, in ordinal order.</summary>
    public static IEnumerable<string> Names() =>
        Directory.GetFiles(Folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    /// <summary>The seed whose name starts with <paramref name="prefix"/> and an underscore (e.g. <c>002</c>).</summary>
    public static string PathOf(string prefix) => Assert.Single(Directory.GetFiles(Folder, prefix + "_*"));

    /// <summary>The seed's text with <c>\n</c> line breaks.</summary>
    public static string Text(string prefix) => File.ReadAllText(PathOf(prefix)).Replace("\r\n", "\n", StringComparison.Ordinal);
}
