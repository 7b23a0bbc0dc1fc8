using JobBoard.Tests.Support;

namespace JobBoard.Tests.Tool;

/// <summary>
/// The CLI as a user gets it: packed with <c>dotnet pack</c> (from the build the tests run against) and
/// installed with <c>dotnet tool install --tool-path</c> into a temporary folder, once per test class.
/// The package cache is temporary too, so an earlier run's package of the same version is never used.
/// </summary>
public sealed class InstalledTool : IDisposable
{
    private readonly TempFolder temp = new();

    public InstalledTool()
    {
        var configuration = new DirectoryInfo(Path.GetDirectoryName(Cli.Executable)!).Parent!.Name;
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["NUGET_PACKAGES"] = temp.Combine("packages"),
        };
        Succeed(Cli.RunProgram("dotnet", ["pack", Path.Combine(RepoPaths.Root, "src", "JobBoard.Cli"), "--no-build", "-c", configuration,
            "-o", temp.Combine("nupkg"), "-p:PublishDir=" + temp.Combine("publish") + Path.DirectorySeparatorChar], environment));
        Succeed(Cli.RunProgram("dotnet", ["tool", "install", "--tool-path", temp.Combine("tools"), "--add-source", temp.Combine("nupkg"),
            "JobBoard.Cli"], environment, temp.Path));
    }

    /// <summary>The package <c>dotnet pack</c> made.</summary>
    public string Package => Directory.EnumerateFiles(temp.Combine("nupkg"), "*.nupkg").Single();

    /// <summary>Runs the installed <c>jobboard</c> command in a folder.</summary>
    public Cli.Result Run(IEnumerable<string> args, string workingDirectory) =>
        Cli.RunProgram(temp.Combine("tools", "jobboard"), args, workingDirectory: workingDirectory);

    public void Dispose() => temp.Dispose();

    private static void Succeed(Cli.Result result)
    {
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"exit {result.ExitCode}\n{result.Stdout}\n{result.Stderr}");
        }
    }
}
