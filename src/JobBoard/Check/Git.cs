using System.Diagnostics;
using System.Text;

namespace JobBoard.Check;

/// <summary>The few git commands <c>check --changed-since</c> and <c>diff --base REF</c> need, run as a child process.</summary>
public static class Git
{
    /// <summary>The result of one git command; <see cref="Output"/> is raw bytes (tar archives are binary).</summary>
    public sealed record Result(int ExitCode, byte[] Output, string Error)
    {
        public bool Ok => ExitCode == 0;

        public string Text => Encoding.UTF8.GetString(Output);
    }

    public static Result Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Paths with non-ASCII letters come back verbatim instead of "\303\251"-quoted.
        start.Environment["GIT_CONFIG_COUNT"] = "1";
        start.Environment["GIT_CONFIG_KEY_0"] = "core.quotePath";
        start.Environment["GIT_CONFIG_VALUE_0"] = "false";
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            return new Result(process.ExitCode, output.ToArray(), error.Result.Trim());
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new Result(-1, [], $"cannot run git: {e.Message}");
        }
    }

    /// <summary>The repository's top folder containing <paramref name="directory"/>, or null outside a repository.</summary>
    public static string? TopLevel(string directory)
    {
        var result = Run(directory, "rev-parse", "--show-toplevel");
        return result.Ok ? result.Text.Trim() : null;
    }

    /// <summary>
    /// The full hash of the commit <paramref name="gitRef"/> names (a branch, tag, hash or
    /// expression such as <c>HEAD~1</c>), or null when it names none. Callers hand git this hash,
    /// never the user's text: a value such as <c>--output=../x</c> would otherwise be an option
    /// (<c>git diff --output</c> writes a file). <c>--end-of-options</c> (git 2.24) makes even
    /// this lookup read it as a ref.
    /// </summary>
    public static string? ResolveCommit(string directory, string gitRef)
    {
        var result = Run(directory, "rev-parse", "--verify", "--quiet", "--end-of-options", gitRef + "^{commit}");
        return result.Ok ? result.Text.Trim() : null;
    }
}
