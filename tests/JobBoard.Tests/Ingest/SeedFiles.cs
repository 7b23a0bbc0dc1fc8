namespace JobBoard.Tests.Ingest;

/// <summary>
/// The real postings in <c>shared/seeds/</c>, a sibling of the repository root. When the folder
/// is absent (a fresh clone elsewhere) the seed theories simply have no cases.
/// </summary>
public static class SeedFiles
{
    public static readonly string? Folder = Support.RepoPaths.Seeds;

    public static IEnumerable<object[]> Names() =>
        Folder is null
            ? []
            : Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).Select(n => new object[] { n! });

    /// <summary>The seed whose name starts with <paramref name="prefix"/> (e.g. <c>002</c>).</summary>
    public static string? PathOf(string prefix) =>
        Folder is null ? null : Directory.GetFiles(Folder, prefix + "_*").SingleOrDefault();
}
