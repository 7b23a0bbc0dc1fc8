using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Runtime;
using JobBoard.Output;
using JobBoard.Pipeline;
using JobBoard.Site;

namespace JobBoard.Cli;

/// <summary><c>build</c>: input/ and theme/ into a complete static site in output/.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Folder with site.yml, taxonomy.yml and jobs/", DefaultValueFactory = _ => "input" };
        var theme = BundledFiles.ThemeOption("Theme folder");
        var output = new Option<string>("--output") { Description = "Where the site is written", DefaultValueFactory = _ => "output" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Absolute URL the site is served from (overrides site.yml)" };
        var now = new Option<string?>("--now") { Description = "Today's date (YYYY-MM-DD) for expiry; default SOURCE_DATE_EPOCH, else the newest posting date" };
        var strict = new Option<bool>("--strict") { Description = "Fail on warnings too" };
        var keepGoing = new Option<bool>("--keep-going") { Description = "Publish the valid postings even when some have errors" };
        var stats = new Option<bool>("--stats") { Description = "Print time per stage, CPU time, allocations, peak memory and garbage collections" };
        var force = new Option<bool>("--force") { Description = "Replace a non-empty output folder that has no " + OutputFolderGuard.MarkerName + " file" };

        var command = new Command("build", "Build the site") { input, theme, output, baseUrl, now, strict, keepGoing, stats, force };
        command.SetAction(parse =>
        {
            if (!BuildClock.TryResolve(parse.GetValue(now), out var today, out var problem)
                || !TryBaseUrl(parse.GetValue(baseUrl), out problem))
            {
                return Usage(problem!);
            }

            var options = new BuildOptions(parse.GetValue(input)!, BundledFiles.Theme(parse, theme), parse.GetValue(output)!,
                parse.GetValue(baseUrl), today, parse.GetValue(keepGoing), parse.GetValue(strict));
            if (!Directory.Exists(options.Input))
            {
                return Usage($"input folder '{options.Input}' not found");
            }

            if (OutputFolderGuard.Refusal(options.Output, options.Input, options.Theme, parse.GetValue(force)) is { } refusal)
            {
                return Usage(refusal);
            }

            // A build is a batch job: blocking collections keep the heap near its live data, where
            // background ones let it grow to twice that (a 100,000-posting board: 1.6 GB, not 2.7 GB).
            GCSettings.LatencyMode = GCLatencyMode.Batch;

            // On a terminal, one line that says how far the build is; redirected output gets
            // only the summary line, so logs stay plain.
            var terminal = !Console.IsOutputRedirected;
            var result = BuildPipeline.Build(options, terminal ? stage => Console.Write($"\r  {stage} done   ") : null);
            if (terminal)
            {
                Console.Write("\r" + new string(' ', 40) + "\r");
            }

            DiagnosticPrinter.Print(result.Diagnostics, options.Input);
            if (result.UnknownKeys is { } unknown)
            {
                Console.WriteLine(unknown);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(result.Published ? "Built" : "Not published:")} {result.PostingsRead} postings, {result.PagesWritten} files, {result.Errors} errors, {result.Warnings} warnings in {result.Elapsed.TotalSeconds:0.00} s{(result.Published ? $" -> {TerminalText.Escape(options.Output)}" : "")}"));
            if (result.Budgets is { } budgets)
            {
                Console.WriteLine(budgets);
            }

            PrintRetired(result.Retired, options.Input, parse.GetValue(stats));
            if (parse.GetValue(stats))
            {
                PrintStats(result);
            }

            return result.Published ? ExitCodes.Success : ExitCodes.Errors;
        });
        return command;
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"jobboard build: {TerminalText.Escape(problem)}");
        return ExitCodes.Usage;
    }

    /// <summary>A line on the postings closed longer than keepClosedDays, which have no page any more; their files with --stats.</summary>
    private static void PrintRetired(ImmutableArray<string> retired, string input, bool listFiles)
    {
        if (retired.IsEmpty)
        {
            return;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Left out {retired.Length} {(retired.Length == 1 ? "posting" : "postings")} closed for longer than keepClosedDays (site.yml){(listFiles ? ":" : "; --stats lists them")}"));
        if (!listFiles)
        {
            return;
        }

        foreach (var file in retired)
        {
            Console.WriteLine("  " + TerminalText.Escape(DiagnosticPrinter.DisplayPath(input, file)));
        }
    }

    private static void PrintStats(BuildResult result)
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        foreach (var (stage, time, allocated, peak) in result.Stages)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {stage,-14}{time.TotalMilliseconds,9:0} ms {allocated / 1048576,8} MB allocated {peak / 1048576,8} MB peak"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  cpu {process.TotalProcessorTime.TotalSeconds:0.00} s, allocated {GC.GetTotalAllocatedBytes() / 1048576} MB, peak memory {process.PeakWorkingSet64 / 1048576} MB, {result.PagesWritten} files, {result.BytesWritten / 1048576.0:0.0} MB written"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  collections {GC.CollectionCount(0)} (generation 1: {GC.CollectionCount(1)}, 2: {GC.CollectionCount(2)}), paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms"));
    }

    internal static bool TryBaseUrl(string? value, out string? problem)
    {
        problem = null;
        if (value is null || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            return true;
        }

        problem = $"--base-url '{value}' is not an absolute http(s) URL";
        return false;
    }
}
