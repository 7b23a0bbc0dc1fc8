using System.CommandLine;
using System.Globalization;
using JobBoard.Check;
using JobBoard.Ingest;
using JobBoard.Output;
using JobBoard.Pipeline;
using JobBoard.Site;

namespace JobBoard.Cli;

/// <summary><c>new</c>: scaffold <c>input/jobs/{slug}.md</c> from options; never overwrites.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Folder with site.yml, taxonomy.yml and jobs/", DefaultValueFactory = _ => "input" };
        var title = new Option<string>("--title") { Description = "Job title", Required = true };
        var company = new Option<string>("--company") { Description = "Hiring company", Required = true };
        var location = new Option<string?>("--location") { Description = "e.g. \"Berlin, Germany (Hybrid)\" or \"Remote (EU)\"" };
        var applyUrl = new Option<string?>("--apply-url") { Description = "Where to apply: https://... or mailto:..." };
        var employmentType = new Option<string?>("--employment-type") { Description = "Full-time, Part-time, Contract, Internship, Temporary" };
        var salary = new Option<string?>("--salary") { Description = "e.g. \"€70k–90k\"" };
        var tags = new Option<string[]>("--tag") { Description = "A skill tag (repeatable)", AllowMultipleArgumentsPerToken = true };
        var date = new Option<string?>("--date") { Description = "datePosted (YYYY-MM-DD); default today (UTC)" };
        var validThrough = new Option<string?>("--valid-through") { Description = "Last day to apply (YYYY-MM-DD)" };

        var command = new Command("new", "Scaffold a posting file in the input's jobs/ folder")
        {
            input, title, company, location, applyUrl, employmentType, salary, tags, date, validThrough,
        };
        command.SetAction(parse =>
        {
            var inputDir = parse.GetValue(input)!;
            if (!TryDate(parse.GetValue(date), "--date", out var posted, out var problem)
                || !TryDate(parse.GetValue(validThrough), "--valid-through", out var until, out problem))
            {
                return Usage(problem!);
            }

            if (string.IsNullOrWhiteSpace(parse.GetValue(title)) || string.IsNullOrWhiteSpace(parse.GetValue(company)))
            {
                return Usage("--title and --company must not be empty");
            }

            var settings = BuildSettings.LoadInput(inputDir);
            if (settings.Value is null)
            {
                DiagnosticPrinter.Print(settings.Diagnostics, inputDir);
                return ExitCodes.Errors;
            }

            var posting = new NewPosting(parse.GetValue(title)!, parse.GetValue(company)!,
                posted ?? DateOnly.FromDateTime(DateTime.UtcNow), parse.GetValue(location), parse.GetValue(applyUrl),
                parse.GetValue(employmentType), parse.GetValue(salary), [.. parse.GetValue(tags) ?? []], until);
            var (slug, text) = PostingScaffold.Create(posting, settings.Value.Taxonomy);
            var path = Path.Combine(inputDir, PostingDiscovery.JobsFolder, slug + ".md");
            var shown = DiagnosticPrinter.DisplayPath(inputDir, $"{PostingDiscovery.JobsFolder}/{slug}.md");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            try
            {
                using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                using var writer = new StreamWriter(file, new System.Text.UTF8Encoding(false));
                writer.Write(text);
            }
            catch (IOException) when (File.Exists(path))
            {
                Console.Error.WriteLine($"jobboard new: {shown} already exists; not overwritten (edit it, or choose another title)");
                return ExitCodes.Errors;
            }

            Console.WriteLine(shown);
            return ExitCodes.Success;
        });
        return command;
    }

    private static bool TryDate(string? value, string option, out DateOnly? date, out string? problem)
    {
        date = null;
        problem = null;
        if (value is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        problem = $"{option} '{value}' is not a date like 2026-11-25";
        return false;
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"jobboard new: {TerminalText.Escape(problem)}");
        return ExitCodes.Usage;
    }
}
