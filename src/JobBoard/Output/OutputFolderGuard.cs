using JobBoard.Site;

namespace JobBoard.Output;

/// <summary>
/// Whether <c>build</c> may replace a folder with the site. Publishing swaps the output folder out
/// whole and deletes the old one, so <c>--output .</c> from the repository root or <c>--output input</c>
/// once deleted the postings, site.yml and the theme. Refused: a folder that is, contains or lies
/// inside the input or theme folder or the repository's <c>.git</c>; one that is or contains the
/// repository root, the current folder (when it holds the input), the home folder or <c>/</c>; a file;
/// and, unless forced, a non-empty folder without the <see cref="MarkerName"/> file every build writes.
/// Paths are compared after resolving symbolic links, and without regard to case: a case-insensitive
/// file system (macOS, Windows) takes <c>Input</c> for <c>input</c>, and refusing a name that differs
/// only in case costs nothing where the file system tells them apart.
/// </summary>
public static class OutputFolderGuard
{
    /// <summary>
    /// The file that marks a folder as a site <c>build</c> wrote, inside it so that it comes and goes
    /// with the site in the same swap (a marker beside the folder could outlive it or name another).
    /// It is hidden, so hosts that skip dot files (Netlify, by its users' reports) do not publish it,
    /// and it holds one fixed sentence, nothing about the machine or the build, so publishing it
    /// would harm nothing and the site stays byte-identical everywhere.
    /// </summary>
    public const string MarkerName = ".jobboard-output";

    /// <summary>The marker as a file of the site; every build adds it to the site it publishes.</summary>
    public static OutputFile Marker { get; } = OutputFile.Text(MarkerName,
        "This folder is a site written by jobboard build; each build replaces it whole.\n");

    /// <summary>Why <paramref name="output"/> must not be replaced by a build of <paramref name="input"/>
    /// with <paramref name="theme"/>, or null when it may. <paramref name="force"/> lifts only the marker rule.</summary>
    public static string? Refusal(string output, string input, string theme, bool force)
    {
        if (string.IsNullOrWhiteSpace(output))
        {
            return "--output must name a folder, e.g. --output output";
        }

        var target = RealPath(output);
        var clash = Protected(RealPath(input), RealPath(theme))
            .Select(p => (p.What, p.Folder, Relation: (SameOrInside(target, p.Folder), SameOrInside(p.Folder, target)) switch
            {
                (true, true) => "is",
                (false, true) => "contains",
                (true, false) when p.InsideToo => "lies inside",
                _ => null,
            }))
            .Where(c => c.Relation is not null)
            .OrderBy(c => c.Relation != "is") // "is the repository root" says more than "contains the input folder"
            .FirstOrDefault();
        if (clash.Relation is not null)
        {
            return $"--output '{output}' {clash.Relation} {clash.What} ('{clash.Folder}'); a build replaces its output folder whole, "
                + "so choose one of its own, e.g. --output output";
        }

        if (File.Exists(target))
        {
            return $"--output '{output}' is a file, not a folder";
        }

        if (!force && Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()
            && !File.Exists(Path.Combine(target, MarkerName)))
        {
            return $"--output '{output}' is not empty and has no {MarkerName} file, so it is not a site jobboard build wrote "
                + "(sites built before builds wrote that file have none either): delete it, or pass --force to replace it";
        }

        return null;
    }

    /// <summary>
    /// The folders a build must not replace, as a table: what to call each, its real path, and whether
    /// an output inside it is refused too (inside the input or theme, the output would be read as
    /// input or deleted with it; inside the repository or the home folder is where outputs belong).
    /// </summary>
    private static IEnumerable<(string What, string Folder, bool InsideToo)> Protected(string input, string theme)
    {
        yield return ("the input folder", input, true);
        yield return ("the theme folder", theme, true);
        if (RepositoryRoot(input) is { } root)
        {
            yield return ("the repository's .git", Path.Combine(root, ".git"), true);
            yield return ("the repository root", root, false);
        }

        var current = RealPath(Directory.GetCurrentDirectory());
        if (SameOrInside(input, current))
        {
            yield return ("the current folder", current, false);
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0)
        {
            yield return ("the home folder", RealPath(home), false);
        }

        yield return ("the root folder", Path.GetPathRoot(input)!, false);
    }

    /// <summary>The nearest folder at or above <paramref name="input"/> that holds <c>.git</c> (a folder,
    /// or a file in a worktree or submodule), or null outside a repository.</summary>
    private static string? RepositoryRoot(string input)
    {
        for (var folder = input; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (Path.Exists(Path.Combine(folder, ".git")))
            {
                return folder;
            }
        }

        return null;
    }

    private static bool SameOrInside(string path, string folder) =>
        WithSeparator(path).StartsWith(WithSeparator(folder), StringComparison.OrdinalIgnoreCase);

    private static string WithSeparator(string path)
    {
        path = Path.TrimEndingDirectorySeparator(path);
        return Path.EndsInDirectorySeparator(path) ? path : path + Path.DirectorySeparatorChar;
    }

    /// <summary>
    /// The absolute path with every symbolic link along it resolved (<see cref="Ingest.RealPath"/>).
    /// <c>..</c> in the path as given is taken lexically first, as the build's own
    /// <see cref="Path.GetFullPath(string)"/> takes it; a path whose links loop is compared as written.
    /// </summary>
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        return Ingest.RealPath.Resolve(full) ?? full;
    }
}
