namespace JobBoard.Tests.Normalize;

/// <summary>Finds files of the repository from the test assembly folder.</summary>
internal static class NormalizeTestFiles
{
    /// <summary>The folder holding Generator.sln, or null when the tests run outside the repository.</summary>
    public static string? RepositoryRoot => Support.RepoPaths.Root;

    public static string RepositoryFile(string relative) =>
        Path.Combine(RepositoryRoot ?? throw new InvalidOperationException("Generator.sln not found above the test folder"), relative);
}
