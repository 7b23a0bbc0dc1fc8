namespace JobBoard.Ingest;

/// <summary>
/// File names that editors, tools and operating systems leave beside the files a user edits:
/// backups, auto-saves, swap and lock files, safe-write temporaries, merge leftovers and folder
/// metadata. None is a posting: read as one, <c>x.md~</c> is a duplicate of <c>x.md</c>, and a
/// save through a temporary file flashes an error in the preview server.
/// </summary>
public static class EditorLeftovers
{
    /// <summary>
    /// One pattern a line: <c>*</c> stands for the edited file's name (one character or more);
    /// a pattern without it is a whole file name. Only the two ends of a name are matched, so a
    /// posting named <c>tmp-workers.md</c> or <c>bakery-manager.md</c> is never taken for a leftover.
    /// </summary>
    private static readonly string[] Patterns =
    [
        "*~", // Emacs and Vim backups: x.md~, and Emacs' numbered x.md.~1~
        "#*#", // Emacs auto-save
        ".#*", // Emacs lock link (a dot file too)
        "*.swp", "*.swo", "*.swx", // Vim swap files (usually .x.md.swp) and its test of the swap folder
        "4913", // Vim's test that it may write in the folder before it saves
        "*___jb_tmp___", "*___jb_old___", // JetBrains IDEs' safe write: new content, then the old file
        "*.kate-swp", // Kate and other KDE editors
        "~$*", // Microsoft Office lock file
        "*.tmp", "*.bak", // temporary files and backups of many editors and tools
        "*.orig", "*.rej", // git merge and patch leftovers
        ".DS_Store", "Thumbs.db", "desktop.ini", // macOS and Windows folder metadata
    ];

    private static readonly NamePattern[] Rules = [.. Patterns.Select(NamePattern.Parse)];

    /// <summary>Whether a file name (without folders) is an editor's or a system's leftover rather than a posting.</summary>
    public static bool IsLeftover(string fileName) => Rules.Any(rule => rule.Matches(fileName));

    /// <summary>A pattern split at its <c>*</c>; <see cref="Whole"/> when it has none.</summary>
    private sealed record NamePattern(string Prefix, string Suffix, bool Whole)
    {
        public static NamePattern Parse(string pattern) =>
            pattern.IndexOf('*', StringComparison.Ordinal) is var star and >= 0
                ? new(pattern[..star], pattern[(star + 1)..], Whole: false)
                : new(pattern, "", Whole: true);

        // Ignoring case, since Windows tools write THUMBS.DB or X.BAK as readily as the lowercase names,
        // and on Windows and macOS disks both spellings are the same file.
        public bool Matches(string fileName) => Whole
            ? fileName.Equals(Prefix, StringComparison.OrdinalIgnoreCase)
            : fileName.Length > Prefix.Length + Suffix.Length
                && fileName.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
                && fileName.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);
    }
}
