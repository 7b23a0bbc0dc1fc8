using System.CommandLine;
using JobBoard.Check;
using JobBoard.Output;
using JobBoard.Pipeline;
using JobBoard.Site;

namespace JobBoard.Cli;

/// <summary><c>diff</c>: what a change does to the site, as Markdown for a pull-request comment.</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var baseOption = new Option<string>("--base") { Description = "The input folder or git ref (e.g. origin/main) to compare with", Required = true };
        var input = new Option<string>("--input") { Description = "Folder with site.yml, taxonomy.yml and jobs/", DefaultValueFactory = _ => "input" };
        var theme = BundledFiles.ThemeOption("Theme folder (used for both sides, so only content changes show)");
        var baseUrl = new Option<string?>("--base-url") { Description = "Absolute URL to link pages to, e.g. the deploy preview" };
        var now = new Option<string?>("--now") { Description = "Today's date (YYYY-MM-DD) for expiry; default SOURCE_DATE_EPOCH, else the newest posting date" };

        var command = new Command("diff", "List the job, tag and company pages a change adds, changes or removes (Markdown)")
        {
            baseOption, input, theme, baseUrl, now,
        };
        command.SetAction(parse =>
        {
            if (!BuildClock.TryResolve(parse.GetValue(now), out var today, out var problem))
            {
                return Usage(problem!);
            }

            var inputDir = parse.GetValue(input)!;
            if (!Directory.Exists(inputDir))
            {
                return Usage($"input folder '{inputDir}' not found");
            }

            var scratch = Path.Combine(Path.GetTempPath(), "jobboard-diff-" + Guid.NewGuid().ToString("N"));
            try
            {
                if (BaseInput.Resolve(parse.GetValue(baseOption)!, inputDir, scratch, out problem) is not { } baseDir)
                {
                    return Usage(problem!);
                }

                var options = new BuildOptions(inputDir, BundledFiles.Theme(parse, theme), Now: today);
                var after = BuildPipeline.Generate(options);
                if (after.Site is null)
                {
                    DiagnosticPrinter.Print(after.Diagnostics, inputDir);
                    return ExitCodes.Errors;
                }

                // Both sides expire postings on the same day, so only the change itself shows.
                var before = BuildPipeline.Generate(options with { Input = baseDir, Now = after.Site.Now });
                Console.Out.Write(ChangeSummary.Compare(before, after).ToMarkdown(parse.GetValue(baseUrl)));
                return ExitCodes.Success;
            }
            finally
            {
                if (Directory.Exists(scratch))
                {
                    Directory.Delete(scratch, recursive: true);
                }
            }
        });
        return command;
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"jobboard diff: {TerminalText.Escape(problem)}");
        return ExitCodes.Usage;
    }
}
