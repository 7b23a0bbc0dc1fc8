using System.Diagnostics;

namespace JobBoard.Tests.Support;

/// <summary>Runs the real <c>jobboard</c> executable (built beside the tests) in a child process.</summary>
public static class Cli
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>The CLI's build output for the same configuration as the tests (bin/Debug/net10.0 or bin/Release/...).</summary>
    public static string Executable
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            return Path.Combine(RepoPaths.Root, "src", "JobBoard.Cli", "bin", configuration, framework.Name, "jobboard.dll");
        }
    }

    /// <param name="timeout">How long it may take: 2 minutes unless said (a 10,000-posting board on a busy machine takes longer).</param>
    public static Result Run(IEnumerable<string> args, IDictionary<string, string>? environment = null, string? workingDirectory = null, TimeSpan? timeout = null) =>
        RunProgram("dotnet", [Executable, .. args], environment, workingDirectory, timeout);

    /// <summary>Runs any program the same way (the installed tool, <c>dotnet pack</c>).</summary>
    public static Result RunProgram(string program, IEnumerable<string> args, IDictionary<string, string>? environment = null,
        string? workingDirectory = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepoPaths.Root,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var limit = timeout ?? TimeSpan.FromMinutes(2);
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in {limit.TotalMinutes} minutes: " + string.Join(' ', args));
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
