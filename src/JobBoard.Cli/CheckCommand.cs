using System.CommandLine;
using System.Globalization;
using JobBoard.Check;
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
        var paths = new Argument<string[]>("PATH") { Description = "Posting files or folders inside the input's jobs/ (default: all)", Arity = ArgumentArity.ZeroOrMore };

        var command = new Command("check", "Validate postings without building the site") { input, format, changedSince, now, strict, links, linkTimeout, paths };
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

            var result = PostingChecker.Check(inputDir, selection, today);
            if (parse.GetValue(links))
            {
                result = ApplyLinkHealth.CheckAsync(inputDir, result, DateTimeOffset.UtcNow, TimeSpan.FromSeconds(parse.GetValue(linkTimeout))).GetAwaiter().GetResult();
            }

            var shown = result.Diagnostics.Select(d => d with { File = DiagnosticPrinter.DisplayPath(inputDir, d.File) }).ToList();
            switch (parse.GetValue(format))
            {
                case "github":
                    Console.Out.Write(DiagnosticFormatter.GitHub(shown));
                    break;
                case "json":
                    Console.Out.Write(DiagnosticFormatter.Json(shown));
                    break;
                default:
                    Console.Out.Write(DiagnosticFormatter.Text(shown, DiagnosticPrinter.SourceLines(), DiagnosticPrinter.Colour(Console.IsOutputRedirected)));
                    if (result.UnknownKeys is { } unknown)
                    {
                        Console.Out.WriteLine(unknown);
                    }

                    if (result.Links is { } checkedLinks)
                    {
                        Console.Out.WriteLine(checkedLinks);
                    }

                    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"Checked {result.PostingsChecked} {(result.PostingsChecked == 1 ? "posting" : "postings")}: {Count(result.Errors, "error")}, {Count(result.Warnings, "warning")}"));
                    break;
            }

            return result.Errors > 0 || (parse.GetValue(strict) && result.Warnings > 0) ? ExitCodes.Errors : ExitCodes.Success;
        });
        return command;
    }

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"jobboard check: {TerminalText.Escape(problem)}");
        return ExitCodes.Usage;
    }
}
