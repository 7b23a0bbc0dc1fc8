using System.Formats.Tar;

namespace JobBoard.Check;

/// <summary>
/// The input folder a change is compared with (<c>diff --base</c>): a folder as it is, or the
/// same input folder as of a git ref, extracted with <c>git archive</c> into a temporary folder.
/// </summary>
public static class BaseInput
{
    /// <returns>The base input folder, or null with a problem. <paramref name="scratch"/> receives extracted files.</returns>
    public static string? Resolve(string dirOrRef, string input, string scratch, out string? problem)
    {
        problem = null;
        if (Directory.Exists(dirOrRef))
        {
            return dirOrRef;
        }

        var inputFull = Path.GetFullPath(input);
        var top = Git.TopLevel(inputFull);
        if (top is null)
        {
            problem = $"'{dirOrRef}' is not a folder, and '{input}' is not in a git repository";
            return null;
        }

        if (Git.ResolveCommit(top, dirOrRef) is not { } commit)
        {
            problem = $"'{dirOrRef}' is neither a folder nor a git ref";
            return null;
        }

        var inRepo = Path.GetRelativePath(top, inputFull).Replace('\\', '/');
        var target = Path.Combine(scratch, "base");
        Directory.CreateDirectory(target);
        var listed = Git.Run(top, "ls-tree", "-r", "--name-only", commit, "--", inRepo);
        if (listed.Ok && listed.Text.Trim().Length > 0)
        {
            var archive = Git.Run(top, "archive", "--format=tar", commit, "--", inRepo);
            if (!archive.Ok)
            {
                problem = $"git archive failed: {archive.Error}";
                return null;
            }

            TarFile.ExtractToDirectory(new MemoryStream(archive.Output), target, overwriteFiles: true);
        }

        // A ref without the input folder (the first posting ever): the base is an empty board.
        var baseInput = Path.Combine(target, inRepo);
        Directory.CreateDirectory(baseInput);
        return baseInput;
    }
}
