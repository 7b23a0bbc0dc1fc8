using System.CommandLine;
using System.Globalization;
using JobBoard.Check;
using JobBoard.Model;
using JobBoard.Output;

namespace JobBoard.Cli;

/// <summary><c>check</c>: validate postings without writing a site, for authors and pull requests.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Folder with site.yml, taxonomy.yml and jobs/", DefaultValueFactory = _ => "input" };
        var format = new Option<string>("--format") { Description = "text, github (workflow annotations) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "github", "json");
        var changedSince = new Option<string?>("--changed-since") { Description = "Check only postings changed since this git ref (e.g. origin/main), plus the site-wide rules" };
        var now = new Option<string?>("--now") { Description = "Today's date (YYYY-MM-DD) for expiry; default SOURCE_DATE_EPOCH, else the newest posting date" };
        var strict = new Option<bool>("--strict") { Description = "Fail on warnings too" };
        var links = new Option<bool>("--links") { Description = "Also request every open posting's apply link (answers kept 24 h in .jobboard/links.json)" };
        var linkTimeout = new Option<double>("--link-timeout") { Description = "Seconds to wait for each link's answer", DefaultValueFactory = _ => LinkChecker.DefaultTimeout.TotalSeconds };
        var expiring = new Option<int?>("--expiring") { Description = "Instead, list the open postings whose validThrough is within N days of today, with their contact" };
        var paths = new Argument<string[]>("PATH") { Description = "Posting files or folders inside the input's jobs/ (default: all)", Arity = ArgumentArity.ZeroOrMore };

        var command = new Command("check", "Validate postings without building the site") { input, format, changedSince, now, strict, links, linkTimeout, expiring, paths };
        command.SetAction(parse =>
        {
            var inputDir = parse.GetValue(input)!;
            if (!BuildClock.TryResolve(parse.GetValue(now), out var today, out var problem))
            {
                return Usage(problem!);
            }

            if (!Directory.Exists(inputDir))
            {
                return Usage($"input folder '{inputDir}' not found");
            }

            if (parse.GetValue(linkTimeout) is not (> 0 and <= 3600))
            {
                return Usage("--link-timeout must be a number of seconds above 0 (at most 3600)");
            }

            var given = parse.GetValue(paths) ?? [];
            CheckSelection selection;
            if (parse.GetValue(changedSince) is { } gitRef)
            {
                if (given.Length > 0)
                {
                    return Usage("give either PATHs or --changed-since, not both");
                }

                if (CheckSelection.ChangedSince(inputDir, gitRef, out problem) is not { } changed)
                {
                    return Usage(problem!);
                }

                selection = changed;
            }
            else
            {
                selection = given.Length == 0 ? CheckSelection.All : CheckSelection.FromPaths(inputDir, given);
            }

            if (parse.GetValue(expiring) is { } days)
            {
                return ListExpiring(inputDir, selection, today, days, parse.GetValue(format)!, parse.GetValue(strict));
            }

            var result = PostingChecker.Check(inputDir, selection, today);
            if (parse.GetValue(links))
            {
                result = ApplyLinkHealth.CheckAsync(inputDir, result, DateTimeOffset.UtcNow, TimeSpan.FromSeconds(parse.GetValue(linkTimeout))).GetAwaiter().GetResult();
            }

            return Report(inputDir, result.Diagnostics, parse.GetValue(format)!, parse.GetValue(strict), [result.UnknownKeys, result.Links?.ToString(),
                string.Create(CultureInfo.InvariantCulture,
                    $"Checked {result.PostingsChecked} {(result.PostingsChecked == 1 ? "posting" : "postings")}: {Count(result.Errors, "error")}, {Count(result.Warnings, "warning")}")]);
        });
        return command;
    }

    /// <summary><c>--expiring N</c>: the open postings that close within N days, in place of the problems.</summary>
    private static int ListExpiring(string inputDir, CheckSelection selection, DateOnly? today, int days, string format, bool strict)
    {
        if (days is < 0 or > 3650)
        {
            return Usage($"--expiring {days} is not a number of days from 0 to 3650");
        }

        var found = ExpiringPostings.Find(inputDir, selection, today, days);
        var count = found.Diagnostics.Count(d => d.Code == DiagnosticCodes.ExpiresSoon);
        return Report(inputDir, found.Diagnostics, format, strict, [found.Today is { } day
            ? string.Create(CultureInfo.InvariantCulture,
                $"{count} of the open postings close within {days} days of {day.ToIsoDate()}")
            : null]);
    }

    /// <summary>Prints the diagnostics in the format asked for, with the <paramref name="summary"/> lines that are not null
    /// after the text format's; the exit code: errors, or with <c>--strict</c> warnings too, fail.</summary>
    private static int Report(string inputDir, IEnumerable<Diagnostic> diagnostics, string format, bool strict, IEnumerable<string?> summary)
    {
        var shown = diagnostics.Select(d => d with { File = DiagnosticPrinter.DisplayPath(inputDir, d.File) }).ToList();
        switch (format)
        {
            case "github":
                Console.Out.Write(DiagnosticFormatter.GitHub(shown));
                break;
            case "json":
                Console.Out.Write(DiagnosticFormatter.Json(shown));
                break;
            default:
                DiagnosticPrinter.Write(Console.Out, shown, DiagnosticPrinter.Colour(Console.IsOutputRedirected));
                foreach (var line in summary.OfType<string>())
                {
                    Console.Out.WriteLine(line);
                }

                break;
        }

        return shown.Any(d => d.IsError) || (strict && shown.Count > 0) ? ExitCodes.Errors : ExitCodes.Success;
    }

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"jobboard check: {TerminalText.Escape(problem)}");
        return ExitCodes.Usage;
    }
}
