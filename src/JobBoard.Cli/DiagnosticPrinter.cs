using System.Collections.Concurrent;
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
        Write(Console.Error, shown, Colour(Console.IsErrorRedirected));
    }

    /// <summary>
    /// Writes diagnostics as <see cref="DiagnosticFormatter.Text"/> does, each file's formatted apart (its source read
    /// once) and in parallel, in their order: a big board warns about thousands of postings, and this runs after the build.
    /// </summary>
    public static void Write(TextWriter writer, IEnumerable<Diagnostic> diagnostics, bool colour)
    {
        var folders = new ConcurrentDictionary<string, ConfinedFolder>(StringComparer.Ordinal);
        foreach (var text in ByFile(diagnostics).AsParallel().AsOrdered().Select(run => DiagnosticFormatter.Text(run, SourceLines(folders), colour)))
        {
            writer.Write(text);
        }
    }

    /// <summary>The diagnostics in runs of the same file (they come sorted by file).</summary>
    private static IEnumerable<List<Diagnostic>> ByFile(IEnumerable<Diagnostic> diagnostics)
    {
        List<Diagnostic>? run = null;
        foreach (var diagnostic in diagnostics)
        {
            if (run is not null && run[0].File != diagnostic.File)
            {
                yield return run;
                run = null;
            }

            (run ??= []).Add(diagnostic);
        }

        if (run is not null)
        {
            yield return run;
        }
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
    /// A line of a file by its number from 1, or null when the file cannot be read or is shorter. Only the last file read
    /// is kept: a big board's warnings name every posting, and keeping all their text would hold the whole input in
    /// memory again. Lines end at "\r\n", "\r" or "\n", as the readers count them.
    /// </summary>
    /// <param name="folders">The folders files are read from, by path, shared so that each folder's links are looked up once.</param>
    private static Func<string, int, string?> SourceLines(ConcurrentDictionary<string, ConfinedFolder> folders)
    {
        (string Path, string? Text, List<Range> Lines)? last = null;
        return (path, number) =>
        {
            if (last?.Path != path)
            {
                // Read by the same rule as the postings: it was read so, but may have become a pipe since.
                var full = Path.GetFullPath(path);
                var folder = folders.GetOrAdd(Path.GetDirectoryName(full) ?? full, f => new ConfinedFolder(f, "folder", SourceReader.MaxBytes));
                var text = folder.ReadText(full, path).Value;
                last = (path, text, text is null ? [] : Lines(text));
            }

            var (_, source, lines) = last.Value;
            return source is not null && number <= lines.Count ? source[lines[number - 1]] : null;
        };
    }

    /// <summary>Where each line of <paramref name="text"/> starts and ends, its line break left out.</summary>
    private static List<Range> Lines(string text)
    {
        var lines = new List<Range>();
        var start = 0;
        for (int found; (found = text.AsSpan(start).IndexOfAny('\r', '\n')) >= 0;)
        {
            var end = start + found;
            lines.Add(start..end);
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }

        lines.Add(start..text.Length);
        return lines;
    }
}
