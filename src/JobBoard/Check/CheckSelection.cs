using System.Collections.Immutable;
using JobBoard.Ingest;
using JobBoard.Model;
using JobBoard.Pipeline;
using JobBoard.Site;

namespace JobBoard.Check;

/// <summary>
/// Which postings <c>check</c> reports on: all of them, the files and folders named on the
/// command line, or those a pull request changed (<c>--changed-since REF</c>). Every posting
/// is still read, because the site-wide rules (duplicates, slugs) compare a posting with all others.
/// </summary>
/// <param name="Files">Input-relative paths (<c>jobs/x.md</c>) to report on; null means every posting.</param>
/// <param name="Diagnostics">Problems with the selection itself, such as a file outside <c>jobs/</c>.</param>
public sealed record CheckSelection(ImmutableHashSet<string>? Files, ImmutableArray<Diagnostic> Diagnostics)
{
    public static CheckSelection All { get; } = new(null, []);

    public bool Includes(string file) => Files is null || Files.Contains(file);

    /// <summary>
    /// Posting files or folders as given on the command line (relative to the working folder). A file
    /// that discovery skips (hidden, or an editor's leftover such as <c>x.md~</c>) is no posting, so it is
    /// checked no more than build reads it, even when named: <see cref="PostingChecker"/> reads only what
    /// <see cref="PostingDiscovery.Discover"/> lists.
    /// </summary>
    public static CheckSelection FromPaths(string input, IEnumerable<string> paths)
    {
        var files = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var inputFull = Path.GetFullPath(input);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            var relative = Relative(inputFull, full);
            if (Directory.Exists(full))
            {
                var inside = PostingDiscovery.Discover(input).Where(f => IsUnder(f.RelativePath, relative)).ToList();
                if (!IsUnder(relative, PostingDiscovery.JobsFolder) && !IsUnder(PostingDiscovery.JobsFolder, relative))
                {
                    diagnostics.Add(Outside(relative));
                }

                files.UnionWith(inside.Select(f => f.RelativePath));
            }
            else if (!File.Exists(full))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.UnreadableFile, Severity.Error, relative, 0, 0, "no such file"));
            }
            else if (IsUnder(relative, PageReader.Folder))
            {
                continue; // a page: check reads every page with the settings
            }
            else if (!IsUnder(relative, PostingDiscovery.JobsFolder))
            {
                diagnostics.Add(Outside(relative));
            }
            else
            {
                files.Add(relative);
            }
        }

        return new(files.ToImmutable(), diagnostics.ToImmutable());
    }

    /// <summary>
    /// Postings added, modified or renamed since <paramref name="gitRef"/> (compared from the merge
    /// base, so commits that landed on the base branch meanwhile do not count), plus untracked
    /// files. A changed site.yml or taxonomy.yml can change every posting's result, so then all
    /// postings are checked. So are they after a changed page of
    /// <c>pages/</c>, whose path a posting's <c>redirect_from</c> may name. Returns null with a problem when git cannot answer.
    /// </summary>
    public static CheckSelection? ChangedSince(string input, string gitRef, out string? problem)
    {
        problem = null;
        var inputFull = Path.GetFullPath(input);
        var top = Git.TopLevel(inputFull);
        if (top is null)
        {
            problem = $"'{input}' is not inside a git repository";
            return null;
        }

        if (Git.ResolveCommit(top, gitRef) is not { } commit)
        {
            problem = $"'{gitRef}' is not a git ref (a branch, tag or commit)";
            return null;
        }

        var baseCommit = Git.Run(top, "merge-base", commit, "HEAD") is { Ok: true } mergeBase ? mergeBase.Text.Trim() : commit;
        var changed = Git.Run(top, "diff", "--name-only", "-z", "--no-renames", "--diff-filter=AM", baseCommit, "--");
        if (!changed.Ok)
        {
            problem = $"git cannot compare with '{gitRef}': {changed.Error}";
            return null;
        }

        var untracked = Git.Run(top, "ls-files", "-z", "--others", "--exclude-standard");
        var paths = changed.Text.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Concat(untracked.Ok ? untracked.Text.Split('\0', StringSplitOptions.RemoveEmptyEntries) : []);

        var files = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var everything = false;
        foreach (var path in paths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var relative = Relative(inputFull, Path.GetFullPath(Path.Combine(top, path)));
            // An untracked editor backup such as site.yml~ is no change the pull request makes.
            if (relative.StartsWith("../", StringComparison.Ordinal) || PostingDiscovery.Skips(Path.GetFileName(relative)))
            {
                continue;
            }

            if (relative is SiteConfig.FileName or BuildSettings.TaxonomyFile || IsUnder(relative, PageReader.Folder))
            {
                everything = true;
            }
            else if (IsUnder(relative, PostingDiscovery.JobsFolder))
            {
                files.Add(relative);
            }
            else if (!IsUnder(relative, CompanyProfileReader.Folder) && !IsUnder(relative, CompanyProfileReader.LogoFolder))
            {
                diagnostics.Add(Outside(relative)); // a profile or logo is no posting: check reports every profile's problems anyway
            }
        }

        return new(everything ? null : files.ToImmutable(), diagnostics.ToImmutable());
    }

    private static Diagnostic Outside(string relative) =>
        new(DiagnosticCodes.FileOutsideJobs, Severity.Error, relative, 0, 0,
            $"this file is outside the {PostingDiscovery.JobsFolder}/ folder, so it is never published",
            $"move it into the {PostingDiscovery.JobsFolder}/ folder next to the other postings");

    private static string Relative(string inputFull, string full) =>
        Path.GetRelativePath(inputFull, full).Replace('\\', '/');

    private static bool IsUnder(string path, string folder) =>
        folder == "." || path == folder || path.StartsWith(folder + "/", StringComparison.Ordinal);
}
