using JobBoard.Model;
using JobBoard.Output;

namespace JobBoard.Cli;

/// <summary>
/// Writes diagnostics compiler-style (<c>path:line:col: error: message</c>, the source line with a
/// caret, the hint), with colour only on a terminal and never when <c>NO_COLOR</c> is set.
/// </summary>
internal static class DiagnosticPrinter
{
    /// <summary>Build's diagnostics on standard error.</summary>
    public static void Print(IEnumerable<Diagnostic> diagnostics, string? input = null)
    {
        var shown = input is null ? diagnostics : diagnostics.Select(d => d with { File = DisplayPath(input, d.File) });
        Console.Error.Write(DiagnosticFormatter.Text(shown, SourceLines(), Colour(Console.IsErrorRedirected)));
    }

    public static bool Colour(bool redirected) =>
        !redirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>
    /// An input-relative path (<c>jobs/x.md</c>) as the user reaches it from the working folder
    /// (<c>input/jobs/x.md</c>): the form editors, terminals and GitHub annotations can open.
    /// </summary>
    public static string DisplayPath(string input, string file)
    {
        var full = Path.GetFullPath(Path.Combine(input, file));
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return (relative.StartsWith("..", StringComparison.Ordinal) && Path.IsPathRooted(input) ? full : relative).Replace('\\', '/');
    }

    /// <summary>Reads each file at most once; null when it cannot be read.</summary>
    public static Func<string, IReadOnlyList<string>?> SourceLines()
    {
        var cache = new Dictionary<string, IReadOnlyList<string>?>(StringComparer.Ordinal);
        return path =>
        {
            if (!cache.TryGetValue(path, out var lines))
            {
                try
                {
                    lines = File.Exists(path) ? File.ReadAllLines(path) : null;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    lines = null;
                }

                cache[path] = lines;
            }

            return lines;
        };
    }
}
