using System.CommandLine;
using System.Diagnostics;
using System.Runtime.InteropServices;
using JobBoard.Cli.Serve;
using JobBoard.Output;
using JobBoard.Pipeline;
using JobBoard.Site;

namespace JobBoard.Cli;

/// <summary><c>serve</c>: build in memory, serve on 127.0.0.1, rebuild on change and live-reload the browser.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Folder with site.yml, taxonomy.yml and jobs/", DefaultValueFactory = _ => "input" };
        var theme = BundledFiles.ThemeOption("Theme folder");
        var baseUrl = new Option<string?>("--base-url") { Description = "Absolute URL for canonical links (overrides site.yml)" };
        var now = new Option<string?>("--now") { Description = "Today's date (YYYY-MM-DD) for expiry; default SOURCE_DATE_EPOCH, else the newest posting date" };
        var port = new Option<int>("--port") { Description = "Port to listen on (0 picks a free one)", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "Address to listen on: an IP address or localhost", DefaultValueFactory = _ => "127.0.0.1" };
        var open = new Option<bool>("--open") { Description = "Open the site in the default browser" };

        var command = new Command("serve", "Build in memory, serve locally, rebuild and live-reload on change")
        {
            input, theme, baseUrl, now, port, host, open,
        };
        command.SetAction(parse =>
        {
            string? problem = null;
            var listen = parse.GetValue(host)!;
            if (!BuildClock.TryResolve(parse.GetValue(now), out var today, out problem)
                || !BuildCommand.TryBaseUrl(parse.GetValue(baseUrl), out problem)
                || !Check(PreviewServer.IsValidHost(listen), $"--host '{listen}' is not an IP address or localhost", ref problem)
                || !Check(parse.GetValue(port) is >= 0 and <= 65535, "--port must be between 0 and 65535", ref problem))
            {
                Console.Error.WriteLine($"jobboard serve: {TerminalText.Escape(problem!)}");
                return ExitCodes.Usage;
            }

            var options = new BuildOptions(parse.GetValue(input)!, BundledFiles.Theme(parse, theme), Output: "", BaseUrl: parse.GetValue(baseUrl),
                Now: today, KeepGoing: true);
            if (!Directory.Exists(options.Input))
            {
                Console.Error.WriteLine($"jobboard serve: input folder '{TerminalText.Escape(options.Input)}' not found");
                return ExitCodes.Usage;
            }

            return Serve(options, listen, parse.GetValue(port), parse.GetValue(open));
        });
        return command;
    }

    private static int Serve(BuildOptions options, string host, int port, bool open)
    {
        var stop = new TaskCompletionSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.TrySetResult();
        }

        var hub = new LiveReloadHub();
        var coordinator = new RebuildCoordinator(options, hub, Console.Out);
        coordinator.BuildFirst();
        using var watcher = coordinator.Watch();
        PreviewServer server;
        try
        {
            server = PreviewServer.StartAsync(host, port, () => coordinator.Current, hub).GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"jobboard serve: cannot listen on {host}:{port}: {e.Message}");
            return ExitCodes.Errors;
        }

        Console.WriteLine($"Serving at {server.Url} (Ctrl+C to stop)");
        if (open)
        {
            OpenBrowser(server.Url);
        }

        stop.Task.GetAwaiter().GetResult();
        Console.WriteLine("Stopping.");
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return ExitCodes.Success;
    }

    private static bool Check(bool ok, string message, ref string? problem)
    {
        problem = ok ? problem : message;
        return ok;
    }

    private static void OpenBrowser(Uri url)
    {
        try
        {
            Process.Start(new ProcessStartInfo(url.ToString()) { UseShellExecute = true })?.Dispose();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Console.Error.WriteLine($"jobboard serve: could not open a browser ({e.Message}); open {url} yourself");
        }
    }
}
