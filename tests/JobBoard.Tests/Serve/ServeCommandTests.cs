using System.Diagnostics;
using System.Text.RegularExpressions;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Serve;

/// <summary>The real <c>jobboard serve</c> process: prints its URL, serves, and stops cleanly on a signal.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_prints_its_url_serves_the_site_and_stops_on_a_termination_signal()
    {
        using var temp = new TempFolder();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = temp.Path,
        };
        foreach (var arg in new[] { Cli.Executable, "serve", "--port", "0", "--input", Path.Combine(RepoPaths.Fixtures, "basic"), "--theme", RepoPaths.Theme })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            string? url = null;
            while (url is null && await process.StandardOutput.ReadLineAsync().WaitAsync(EventStream.Patience) is { } line)
            {
                url = Regex.Match(line, @"^Serving at (http://127\.0\.0\.1:\d+/)").Groups[1].Value is { Length: > 0 } u ? u : null;
            }

            Assert.NotNull(url);
            using var http = new HttpClient();
            Assert.Contains("Fixture Board", await http.GetStringAsync(url), StringComparison.Ordinal);

            // What Ctrl+C does, without needing a terminal: SIGINT and SIGTERM take the same path.
            Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            await process.WaitForExitAsync().WaitAsync(EventStream.Patience);
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Stopping.", await process.StandardOutput.ReadToEndAsync(), StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await stderr;
        }
    }
}
