using JobBoard.Ingest;
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

    /// <summary>
    /// A file's lines, or null when it cannot be read. Diagnostics come sorted by file, so only the
    /// last file read is kept: a big board's warnings name every posting, and keeping all their lines
    /// would hold the whole input in memory again.
    /// </summary>
    public static Func<string, IReadOnlyList<string>?> SourceLines()
    {
        (string Path, IReadOnlyList<string>? Lines)? last = null;
        return path =>
        {
            if (last?.Path != path)
            {
                // Read by the same rule as the postings: it was read so, but may have become a pipe since.
                var full = Path.GetFullPath(path);
                var text = new ConfinedFolder(Path.GetDirectoryName(full) ?? full, "folder", SourceReader.MaxBytes).ReadText(full, path).Value;
                last = (path, text?.Split(["\r\n", "\r", "\n"], StringSplitOptions.None));
            }

            return last.Value.Lines;
        };
    }
}
