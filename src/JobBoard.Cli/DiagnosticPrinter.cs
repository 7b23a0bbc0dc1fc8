using System.Collections.Concurrent;
using System.Text;
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
        foreach (var text in ByFile(diagnostics).AsParallel().AsOrdered().Select(run => DiagnosticFormatter.Text(run, SourceLines(folders, run), colour)))
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
    /// The source lines a run of one file's diagnostics points at, by number from 1 (null when the file cannot be read or
    /// is shorter). The file is read once and only those lines are decoded: a big board's warnings name every posting, and
    /// decoding each whole file again cost as much as reading the board. Lines end at "\r\n", "\r" or "\n", as the
    /// readers count them.
    /// </summary>
    /// <param name="folders">The folders files are read from, by path, shared so that each folder's links are looked up once.</param>
    private static Func<string, int, string?> SourceLines(ConcurrentDictionary<string, ConfinedFolder> folders, List<Diagnostic> run)
    {
        var wanted = run.Where(d => d.Line > 0).Select(d => d.Line).ToHashSet();
        if (wanted.Count == 0)
        {
            return (_, _) => null;
        }

        // Read by the same rule as the postings: it was read so, but may have become a pipe since.
        var path = run[0].File;
        var full = Path.GetFullPath(path);
        var folder = folders.GetOrAdd(Path.GetDirectoryName(full) ?? full, f => new ConfinedFolder(f, "folder", SourceReader.MaxBytes));
        var lines = folder.Read(full, path, bytes => new Outcome<Dictionary<int, string>>(Decode(bytes, wanted), [])).Value;
        return (_, number) => lines?.GetValueOrDefault(number);
    }

    /// <summary>The <paramref name="wanted"/> lines of a file's bytes, decoded as the postings are (<see cref="SourceReader.EncodingOf"/>):
    /// only those lines of a UTF-8 file, the whole of a UTF-16 one.</summary>
    private static Dictionary<int, string> Decode(ReadOnlySpan<byte> bytes, HashSet<int> wanted)
    {
        var (encoding, mark) = SourceReader.EncodingOf(bytes);
        return encoding == Encoding.UTF8
            ? Lines(bytes[mark..], (byte)'\r', (byte)'\n', wanted, Encoding.UTF8.GetString)
            : Lines(encoding.GetString(bytes[mark..]).AsSpan(), '\r', '\n', wanted, line => line.ToString());
    }

    /// <summary>The <paramref name="wanted"/> lines of <paramref name="text"/> by number from 1, their line breaks left out.</summary>
    private static Dictionary<int, string> Lines<T>(ReadOnlySpan<T> text, T cr, T lf, HashSet<int> wanted, Func<ReadOnlySpan<T>, string> decode)
        where T : IEquatable<T>
    {
        var lines = new Dictionary<int, string>();
        var (start, number) = (0, 1);
        while (lines.Count < wanted.Count)
        {
            var found = text[start..].IndexOfAny(cr, lf);
            var end = found < 0 ? text.Length : start + found;
            if (wanted.Contains(number))
            {
                lines[number] = decode(text[start..end]);
            }

            if (found < 0)
            {
                break;
            }

            start = end + (text[end].Equals(cr) && end + 1 < text.Length && text[end + 1].Equals(lf) ? 2 : 1);
            number++;
        }

        return lines;
    }
}
