using System.Diagnostics;

namespace JobBoard.Tests.Support;

/// <summary>A throwaway git repository in a temp folder, for <c>--changed-since</c> and <c>diff --base REF</c>.</summary>
public sealed class GitRepo : IDisposable
{
    private readonly TempFolder folder = new();

    public GitRepo()
    {
        Git("init", "-q", "-b", "main");
        Git("config", "user.email", "tests@example.org");
        Git("config", "user.name", "Tests");
        Git("config", "commit.gpgsign", "false");
    }

    public string Path => folder.Path;

    public string Write(string relativePath, string content) => folder.Write(relativePath, content);

    public void Commit(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "-m", message);
    }

    public string Git(params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)} failed: {error}");
        return output.Result;
    }

    public void Dispose() => folder.Dispose();
}
