using System.Security.Cryptography;
using System.Text;

namespace JobBoard.Tests.Support;

/// <summary>Reads a built site folder: its files and a hash over all paths and bytes.</summary>
public static class SiteTree
{
    public static IReadOnlyList<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>SHA-256 over every relative path and file content, in ordinal path order.</summary>
    public static string Hash(string root)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Files(root))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            sha.AppendData(File.ReadAllBytes(Path.Combine(root, file)));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
