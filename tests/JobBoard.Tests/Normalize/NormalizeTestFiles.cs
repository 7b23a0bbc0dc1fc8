namespace JobBoard.Tests.Normalize;

/// <summary>Finds files of the repository and the shared seeds from the test assembly folder.</summary>
internal static class NormalizeTestFiles
{
    /// <summary>The folder holding Generator.sln, or null when the tests run outside the repository.</summary>
    public static string? RepositoryRoot => Support.RepoPaths.Root;

    /// <summary>The <c>shared/seeds</c> folder next to some ancestor, or null when absent.</summary>
    public static string? SeedsFolder => Support.RepoPaths.Seeds;

    public static string RepositoryFile(string relative) =>
        Path.Combine(RepositoryRoot ?? throw new InvalidOperationException("Generator.sln not found above the test folder"), relative);

    /// <summary>The text of the seed whose file name starts with <paramref name="prefix"/>, or null.</summary>
    public static string? Seed(string prefix)
    {
        if (SeedsFolder is null)
        {
            return null;
        }

        var file = Directory.GetFiles(SeedsFolder, prefix + "*").OrderBy(f => f, StringComparer.Ordinal).FirstOrDefault();
        return file is null ? null : File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
