using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using JobBoard.Check;
using JobBoard.Model;
using JobBoard.Normalize;
using JobBoard.Render;
using JobBoard.Site;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Normalize;

/// <summary>
/// Runs every case of every spec file in Normalize/Specs/ (Markdig-style spec tests): the file name
/// picks the parser, the parser's result is printed compactly and compared with the expected text.
/// </summary>
public sealed class ParserSpecTests
{
    // Above Parsers, whose lambdas read it: static fields are set in the order written, so it is never null there.
    private static readonly MarkdownRenderer Body = new();

    /// <summary>Spec file name (without .txt) to "run the parser and print the result".</summary>
    private static readonly IReadOnlyDictionary<string, Func<string?, string>> Parsers =
        new Dictionary<string, Func<string?, string>>(StringComparer.Ordinal)
        {
            ["salary"] = text => Print(SalaryParser.Parse(text)),
            ["location"] = text => Print(LocationParser.Parse(text)),
            ["place"] = text => Print(PlaceResolver.Resolve(text ?? string.Empty)),
            ["workplace-in-text"] = text => Print(WorkplaceStatements.Read(text)),
            ["workplace-in-title"] = text => Print(LocationNormalizer.TitleWorkplace(text)),
            ["employment-type"] = text => EmploymentTypeParser.Parse(text)?.ToSchemaOrg() ?? "none",
            ["experience"] = text => ExperienceParser.Parse(text)?.ToString() ?? "none",
            ["experience-from-title"] = text => ExperienceParser.FromTitle(text)?.ToString() ?? "none",
            ["date"] = text => DateParser.Parse(text)?.ToIsoDate() ?? "none",
            ["sentences"] = text => Sentences.Split(text ?? string.Empty).Select(s => $"{s.Text} ({s.Line})").ToList() is { Count: > 0 } found
                ? string.Join(" | ", found) : "(none)",
            ["posted-date-in-text"] = text => PostedDateStatement.Find(text ?? string.Empty) is { } found ? $"{found.Date.ToIsoDate()} (line {found.Line})" : "none",
            ["boolean"] = text => BooleanParser.Parse(text) switch { true => "true", false => "false", null => "none" },
            ["list"] = text => Print(ListParser.Split(text is null ? [] : text.Split(" ¦ "))),
            ["slug"] = text => Slugger.Slugify(text) is { Length: > 0 } slug ? slug : "(empty)",
            ["redirect-from"] = text => RedirectNormalizer.PlainPath(text ?? string.Empty) ?? "none",
            ["key-alias"] = text => KeyAliases.Resolve(text ?? string.Empty) is { } field
                ? KeyAliases.Rank(text!) is var rank and > 0 ? $"{field}, fallback {rank}" : field.ToString()
                : "none",
            ["company-slug"] = text => (text ?? string.Empty).Split(" | ", 2) is [var slug, var words]
                ? CompanySlug.Name(slug, words)
                : "(not a case: slug | text)",
            ["duplicate-title"] = text => DuplicateNames.Title(text ?? string.Empty) is { Length: > 0 } key ? key : "(empty)",
            ["duplicate-company"] = text => DuplicateNames.Company(text ?? string.Empty) is { Length: > 0 } key ? key : "(empty)",
            ["same-place"] = text => (text ?? string.Empty).Split(" | ", 2) is [var a, var b]
                ? LikelyDuplicates.SamePlaces([PlaceResolver.Resolve(a)], [PlaceResolver.Resolve(b)]) ? "same" : "different"
                : "(not a case: place | place)",
            ["tracking-account"] = text => CompanySlug.FromTrackingUrl(text) ?? "none",
            ["closed-job-page"] = text => ClosedJobPhrases.Find(text ?? string.Empty) ?? "none",
            ["status"] = text => StatusParser.IsClosed(text) switch { true => "closed", false => "open", null => "none" },
            ["apply-link"] = text => ApplyLink.FromValue(text ?? string.Empty) ?? "none",
            ["apply-instruction"] = text => ApplyLink.Find(text ?? string.Empty).Link is { } found ? $"{found.Link} (line {found.Line})" : "none",
            ["key-suggestion"] = text => KeyAliases.Suggest(text ?? string.Empty) ?? "none",
            ["body-html"] = text => Escape(Body.Render(text ?? string.Empty).Html.ToString()),
            ["image-size"] = text => ImageSize.Read(text!.StartsWith('<') ? Encoding.UTF8.GetBytes(text) : Convert.FromHexString(text.Replace(" ", "", StringComparison.Ordinal)))
                is { } image ? $"{image.Extension} {image.Width}x{image.Height}" : "none",
            ["body-text"] = text => Body.Render(text ?? string.Empty).Text.ToString() is { Length: > 0 } plain ? Escape(plain) : "(empty)",
            ["date-text"] = text => InLanguage(text, (t, date) => t.Format.Date(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture))),
            ["number-text"] = text => InLanguage(text, (t, number) => t.Format.Number(decimal.Parse(number, CultureInfo.InvariantCulture))),
            ["salary-text"] = text => InLanguage(text, (t, salary) => SalaryParser.Parse(salary) is { } pay ? SalaryFormatter.Format(pay, t) : "none"),
            ["budget-size"] = text => Budget.All.Single(b => b.Key == "largestPage").Parse(text ?? string.Empty) is { } size
                ? size.ToString(CultureInfo.InvariantCulture) : "none",
            ["budget-files"] = text => Budget.All.Single(b => b.Key == "files").Parse(text ?? string.Empty) is { } count
                ? count.ToString(CultureInfo.InvariantCulture) : "none",
            ["ui-text"] = text => InLanguage(text, (t, call) => call.Split(' ') is [var key, .. var pairs]
                ? t.Text(key, [.. pairs.Select(p => p.Split('=', 2)).Select(p => (p[0], int.TryParse(p[1], out var n) ? n : (object)p[1]))])
                : "(not a case: key name=value ...)"),
        };

    public static TheoryData<string, int, string, string> Cases()
    {
        var data = new TheoryData<string, int, string, string>();
        foreach (var path in Directory.EnumerateFiles(SpecCase.Folder, "*.txt").Order(StringComparer.Ordinal))
        {
            foreach (var c in SpecCase.Load(path))
            {
                data.Add(c.Spec, c.Line, c.Input, c.Expected);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parser_reads_spec_case(string spec, int line, string input, string expected)
    {
        Assert.True(Parsers.TryGetValue(spec, out var parse), $"{spec}.txt: no parser is registered for this spec file");
        var actual = parse!(new SpecCase(spec, line, input, expected).Value());
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            Assert.Fail($"{spec}.txt:{line}: {input}\n  expected: {expected}\n  actual:   {actual}");
        }
    }

    [Fact]
    public void Every_parser_has_a_spec_file_with_cases()
    {
        var counts = Directory.EnumerateFiles(SpecCase.Folder, "*.txt")
            .ToDictionary(path => Path.GetFileNameWithoutExtension(path), path => SpecCase.Load(path).Count());
        Assert.All(Parsers.Keys, spec => Assert.True(counts.GetValueOrDefault(spec!) >= 5, $"{spec}.txt has fewer than 5 cases"));
        Assert.True(counts.Values.Sum() >= 120, $"only {counts.Values.Sum()} spec cases in total");
    }

    private static string Print(Salary? salary)
    {
        if (salary is null)
        {
            return "none";
        }

        var amount = (salary.Min, salary.Max) switch
        {
            ({ } min, { } max) when min == max => Number(min),
            ({ } min, { } max) => $"{Number(min)}-{Number(max)}",
            ({ } min, null) => $"from {Number(min)}",
            (null, { } max) => $"up to {Number(max)}",
            _ => "?",
        };
        return $"{amount} {salary.Currency} {salary.Period.ToSchemaOrg()}";
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Print(LocationInfo info)
    {
        var text = $"[{string.Join("; ", info.Places)}] {Print(info.Workplace)}";
        return info.RemoteRegion is null ? text : $"{text} region={info.RemoteRegion}";
    }

    private static string Print(Place place) => $"{place.Label} [{place.Country ?? "-"}]";

    private static string Print(Workplace workplace) =>
        workplace == Workplace.None ? "none" : string.Join(',', workplace.Names());

    /// <summary>Runs <paramref name="format"/> on the text after "language | " with the default theme's translation of that
    /// language; no-break spaces come out as <c>\u00A0</c> and <c>\u202F</c>, so they can be told from spaces.</summary>
    private static string InLanguage(string? text, Func<Translation, string, string> format) =>
        (text ?? string.Empty).Split(" | ", 2) is [var language, var input]
            ? format(DefaultTheme.Translation(language), input).Replace("\u00A0", "\\u00A0", StringComparison.Ordinal)
                .Replace("\u202F", "\\u202F", StringComparison.Ordinal)
            : "(not a case: language | input)";

    /// <summary>Line breaks as <c>\n</c>, so a rendered body fits on its spec line.</summary>
    private static string Escape(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Print(ImmutableArray<string> items) =>
        items.IsEmpty ? "(empty)" : string.Join(" | ", items);
}
