using System.CommandLine;
using System.Globalization;
using System.Text;
using JobBoard.Ingest;
using JobBoard.Model;
using JobBoard.Normalize;
using JobBoard.Output;
using JobBoard.Pipeline;
using JobBoard.Site;

namespace JobBoard.Cli;

/// <summary><c>inspect</c>: what the normalizer makes of posting files, and where each value came from.
/// The text form shows control characters in names and values escaped (<see cref="TerminalText"/>).</summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Folder whose taxonomy.yml is used", DefaultValueFactory = _ => "input" };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var files = new Argument<string[]>("FILE") { Description = "Posting files", Arity = ArgumentArity.OneOrMore };

        var command = new Command("inspect", "Show the normalized metadata of posting files") { input, format, files };
        command.SetAction(parse =>
        {
            var taxonomy = LoadTaxonomy(parse.GetValue(input)!);
            var results = parse.GetValue(files)!
                .Select(file => (file, BuildPipeline.ReadPosting(Folder(file), file, file.Replace('\\', '/'), taxonomy)))
                .ToList();
            Console.Out.Write(parse.GetValue(format) == "json" ? InspectReport.ToJson(results) : ToText(results));
            return results.Any(r => r.Item2.HasErrors) ? ExitCodes.Errors : ExitCodes.Success;
        });
        return command;
    }

    private static Taxonomy LoadTaxonomy(string input)
    {
        var path = Path.Combine(input, BuildSettings.TaxonomyFile);
        if (!File.Exists(path) && new FileInfo(path).LinkTarget is null)
        {
            return Taxonomy.Empty;
        }

        var read = ConfinedFolder.Input(input).ReadText(path, path);
        var outcome = read.Value is { } text ? Taxonomy.Parse(text, path) : new(null, read.Diagnostics);
        DiagnosticPrinter.Print(outcome.Diagnostics);
        return outcome.Value ?? Taxonomy.Empty;
    }

    /// <summary>
    /// A file named on the command line is read as its own folder allows: inspect looks at files anywhere
    /// (a posting from an email, say), but still never through a link out of that folder, and never a
    /// pipe, a device or more than a posting's limit (<c>inspect /dev/zero</c> is refused at once).
    /// </summary>
    private static ConfinedFolder Folder(string file) =>
        new(Path.GetDirectoryName(Path.GetFullPath(file)) ?? Path.GetFullPath(file), "folder it is named in", SourceReader.MaxBytes);

    private static string ToText(IEnumerable<(string File, Outcome<Posting> Result)> results)
    {
        var text = new StringBuilder();
        foreach (var (file, result) in results)
        {
            var p = result.Value;
            var shown = TerminalText.Escape(file);
            text.AppendLine(p is null ? $"{shown}: not readable" : $"{shown} ({PostingJson.FormatName(p.Format)})");
            if (p is not null)
            {
                Row(text, p, "title", p.Title);
                Row(text, p, "company", p.Company?.Name);
                Row(text, p, "locations", string.Join("; ", p.Locations.Select(l => l.Label)));
                Row(text, p, "workplace", string.Join(", ", p.Workplace.Names()) + (p.RemoteRegion is { } r ? $" (region {r})" : ""));
                Row(text, p, "employmentType", p.EmploymentType?.ToSchemaOrg());
                Row(text, p, "experienceLevel", p.Experience?.ToString());
                Row(text, p, "salary", p.Salary is { } s
                    ? string.Create(CultureInfo.InvariantCulture, $"{s.Min}-{s.Max} {s.Currency} {s.Period.ToSchemaOrg()}") : null);
                Row(text, p, "datePosted", p.DatePosted?.ToIsoDate());
                Row(text, p, "validThrough", p.ValidThrough?.ToIsoDate());
                Row(text, p, "applyUrl", p.ApplyUrl);
                Row(text, p, "archived", p.Archived ? "true" : null);
                Row(text, p, "tags", string.Join(", ", p.Tags));
                Row(text, p, "slug", p.Slug);
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                text.AppendLine("  " + TerminalText.Escape(diagnostic.ToString()));
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, Posting posting, string field, string? value)
    {
        var shown = string.IsNullOrEmpty(value) ? "-" : value;
        var source = posting.Sources.TryGetValue(field, out var from) ? $"   <- {from}" : "";
        text.AppendLine(TerminalText.Escape(string.Create(CultureInfo.InvariantCulture, $"  {field,-16}{shown}{source}")));
    }
}
