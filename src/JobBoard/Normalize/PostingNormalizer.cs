using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using JobBoard.Ingest;
using JobBoard.Model;

namespace JobBoard.Normalize;

/// <summary>
/// The normalize stage: a <see cref="RawPosting"/> as written becomes a typed <see cref="Posting"/>.
/// Each field takes its value from the most explicit place that has one (front matter, then a
/// header line, a footer line, the heading, a section, and last the prose), and records where
/// in <see cref="Posting.Sources"/>. What the posting does not support stays empty.
/// </summary>
public static partial class PostingNormalizer
{
    /// <summary>The phrase patterns every body is searched with, which switch engines in a big read (<see cref="PhraseMatcher"/>).</summary>
    internal static readonly PhraseMatcher[] Phrases =
        [EmploymentTypeNormalizer.Statements, TagNormalizer.Links, WorkplaceStatements.FirmStatement, .. WorkplaceStatements.Rules.Select(rule => rule.Phrases)];

    /// <summary>A read of postings has ended: the phrase patterns' automata go, and the next read counts afresh.</summary>
    internal static void EndRead()
    {
        foreach (var phrases in Phrases)
        {
            phrases.Reset();
        }
    }

    public static Outcome<Posting> Normalize(RawPosting raw, Taxonomy taxonomy)
    {
        var context = new NormalizeContext(raw);
        var fields = FieldCandidates.Collect(raw, context);

        var title = fields.First(PostingField.Title) is { } titleField
            ? context.Take("title", titleField, Clean(titleField.Value))
            : InferTitle(raw, context);
        var company = NormalizeCompany(raw, fields, context, title);
        (title, var titleRest) = TitleParts.Split(title, company?.Name);
        var location = LocationNormalizer.Normalize(raw, fields, context, title, titleRest);
        var experience = fields.First(PostingField.Experience) is { } level && ExperienceParser.Parse(level.Value) is { } parsed
            ? context.Take("experienceLevel", level, parsed)
            : context.TakeInferred("experienceLevel", "title words", ExperienceParser.FromTitle(title));

        // "type" is a department in seed 000 ("Engineering") but an employment type in many
        // footers ("**Type:** Internship"): the value decides, when nothing else gives the type.
        var typeInDepartment = fields.First(PostingField.EmploymentType) is null && fields.First(PostingField.Department) is { } department
            && EmploymentTypeParser.Parse(department.Value) is not null
            ? department
            : null;

        var datePosted = Read(fields, PostingField.DatePosted, "datePosted", context, DateParser.Parse);
        if (datePosted.Value is null && PostedDateStatement.Find(raw.Body) is { } stated)
        {
            var line = raw.BodyLine + stated.Line - 1;
            datePosted = (context.TakeInferred("datePosted", $"inferred from text (line {line})", stated.Date), line);
        }
        var validThrough = Read(fields, PostingField.ValidThrough, "validThrough", context, DateParser.Parse);
        var places = PlaceResolver.ResolveAll(location.Places);
        var apply = NormalizeApplyUrl(raw, fields, context);
        var posting = new Posting
        {
            File = raw.Source.Path,
            Format = raw.Format,
            Slug = NormalizeSlug(raw, fields, context, title, company),
            Title = title,
            Company = company,
            Department = typeInDepartment is null ? Text(fields, PostingField.Department, "department", context) : null,
            Locations = places,
            CompanySlug = company is null ? null : Slugger.Slugify(company.Name),
            LocationSlugs = [.. places.Select(place => Slugger.Slugify(place.Label))],
            Workplace = location.Workplace,
            RemoteRegion = location.RemoteRegion,
            EmploymentType = EmploymentTypeNormalizer.Normalize(raw, fields, context, title, typeInDepartment),
            Experience = experience,
            Salary = SalaryNormalizer.Normalize(raw, fields, context),
            Tags = TagNormalizer.Normalize(raw, fields, context, taxonomy),
            DatePosted = datePosted.Value,
            DatePostedLine = datePosted.Line,
            ValidThrough = validThrough.Value,
            ValidThroughLine = validThrough.Line,
            Archived = NormalizeArchived(fields, context),
            ApplyUrl = apply.Link,
            ApplyUrlLine = apply.Line,
            Summary = Text(fields, PostingField.Summary, "summary", context),
            Featured = Parsed(fields, PostingField.Featured, "featured", context, ParseFeatured) ?? false,
            RedirectFrom = RedirectNormalizer.Normalize(fields, context),
            Body = raw.Body,
            BodyLine = raw.BodyLine,
            Extra = fields.Extra,
        };

        if (posting.Title is null)
        {
            context.Error(DiagnosticCodes.MissingTitle, 1, "the posting has no title",
                raw.Format == PostingFormat.FrontMatterMarkdown ? "add a 'title:' line to the front matter" : "start the file with a '# Title' line");
        }

        return new(posting with { Sources = context.Sources }, context.Diagnostics);
    }

    private static string? InferTitle(RawPosting raw, NormalizeContext context)
    {
        if (TextInference.Title(raw.Body) is not { } inferred)
        {
            return null;
        }

        var line = raw.BodyLine + inferred.Line - 1;
        context.Warning(DiagnosticCodes.InferredTitle, line, $"title '{inferred.Title}' was inferred from the text",
            "state the title explicitly");
        return context.TakeInferred("title", $"inferred from text (line {line})", inferred.Title);
    }

    private static Company? NormalizeCompany(RawPosting raw, FieldCandidates fields, NormalizeContext context, string? title)
    {
        var website = UrlOrNull(fields.First(PostingField.CompanyWebsite), "companyWebsite", context);
        var logo = UrlOrNull(fields.First(PostingField.CompanyLogo), "companyLogo", context);
        if (logo is not null)
        {
            // The pages' Content-Security-Policy allows the board's own images only (img-src 'self').
            context.Warning(DiagnosticCodes.LogoOnlyInStructuredData, fields.First(PostingField.CompanyLogo)!.Line,
                $"the logo '{Shorten(logo)}' is on another site: it is used in the structured data only, pages show local images only",
                "put the image in input/logos/ and name it in a company profile, input/companies/{company}.md");
        }
        if (fields.First(PostingField.Company) is { } field && Clean(field.Value) is { Length: > 0 } name)
        {
            return context.Take("company", field, new Company(name, website, logo));
        }

        // A slug the text only writes as an ordinary word ("startup: signalement"), not as a name
        // or a domain, yields to the name the text hires under ("SignalConso recrute…").
        var stated = title is null ? null : TextInference.Company(title);
        if (fields.First(PostingField.CompanySlug) is { } slugField && Clean(slugField.Value) is { Length: > 0 } slug)
        {
            var spelled = CompanySlug.Name(slug, raw.Body);
            if (spelled.Any(c => char.IsUpper(c) || c == '.') || (stated ?? TextInference.Company(raw.Body)) is not { } named)
            {
                return context.Take("company", slugField, new Company(spelled, website, logo));
            }

            return context.TakeInferred("company", $"named in the text, not as the slug '{slug}' is", new Company(named.Name, website, logo));
        }

        // An applicant-tracking link names the employer's account (jobs.lever.co/acme).
        foreach (var link in fields.All(PostingField.ApplyUrl))
        {
            if (CompanySlug.FromTrackingUrl(Clean(link.Value)) is { } account)
            {
                return context.TakeInferred("company", $"applicant-tracking account in {NormalizeContext.Describe(link)}",
                    new Company(CompanySlug.Name(account, raw.Body), website, logo));
            }
        }

        if (stated is not null)
        {
            return context.TakeInferred("company", "named in the title", new Company(stated.Value.Name, website, logo));
        }

        if (TextInference.Company(raw.Body) is not { } inferred)
        {
            return null;
        }

        var line = raw.BodyLine + inferred.Line - 1;
        context.Warning(DiagnosticCodes.InferredCompany, line, $"company '{inferred.Name}' was inferred from the text",
            "state the company explicitly");
        return context.TakeInferred("company", $"inferred from text (line {line})", new Company(inferred.Name, website, logo));
    }

    private static string NormalizeSlug(
        RawPosting raw, FieldCandidates fields, NormalizeContext context, string? title, Company? company)
    {
        if (fields.First(PostingField.Slug) is { } field)
        {
            var slug = Slugger.Slugify(field.Value);
            if (slug.Length > 0)
            {
                if (!string.Equals(slug, field.Value.Trim(), StringComparison.Ordinal))
                {
                    context.Warning(DiagnosticCodes.InvalidSlug, field.Line, $"slug '{field.Value}' was changed to '{slug}'",
                        "slugs use lowercase letters, digits and dashes");
                }

                return context.Take("slug", field, slug);
            }
        }

        var derived = Slugger.Slugify(string.Join(' ', title, company?.Name));
        if (derived.Length == 0)
        {
            derived = Slugger.Slugify(Path.GetFileNameWithoutExtension(raw.Source.Path));
        }

        return derived.Length > 0 ? derived : "job";
    }

    /// <summary>
    /// Archived when any key says the job is over: <c>archived: true</c> (Lever syncs),
    /// <c>open: false</c> (beta.gouv: filled), <c>status: closed</c> (Staticman). beta.gouv files carry
    /// <c>open: false</c> beside a stale <c>status: open</c>, so a "closed" anywhere wins. A closing
    /// date is not read here: whether it has passed depends on the build day.
    /// </summary>
    private static bool NormalizeArchived(FieldCandidates fields, NormalizeContext context)
    {
        var archived = false;
        foreach (var (field, closed) in ClosedWhen)
        {
            foreach (var raw in fields.All(field))
            {
                switch (closed(raw.Value))
                {
                    case true when !archived:
                        archived = context.Take("archived", raw, true);
                        break;
                    case null:
                        context.Warning(DiagnosticCodes.UnparsedValue, raw.Line, $"cannot read archived from '{Shorten(raw.Value)}'", column: raw.Column);
                        break;
                }
            }
        }

        return archived;
    }

    /// <summary>Keys that can say a job is over, and how each says it (true: closed).</summary>
    private static readonly (PostingField Field, Func<string, bool?> Closed)[] ClosedWhen =
    [
        (PostingField.Archived, BooleanParser.Parse),
        (PostingField.Open, value => !BooleanParser.Parse(value)),
        (PostingField.Status, StatusParser.IsClosed),
    ];

    /// <summary>
    /// An apply instruction in the text wins ("Apply here: …", "send your CV to …"): it is what the
    /// reader is told to do. Otherwise the best key that names a link, in the order of
    /// <see cref="KeyAliases.Rank"/>: seed 001 has both <c>url</c> (the posting's page) and
    /// <c>applyUrl</c>; pythonjobs has <c>url</c> (the homepage) and <c>contact.email</c>. A value
    /// that could only be a broken or unsafe link (another scheme, markup, a lone path) is an error;
    /// words that name no link ("Nicholas", "see below") are passed over with a warning, and a flag
    /// such as <c>directApply: false</c> silently.
    /// </summary>
    private static (string? Link, int Line) NormalizeApplyUrl(RawPosting raw, FieldCandidates fields, NormalizeContext context)
    {
        var (fromText, pointsElsewhere) = ApplyLink.Find(raw.Body);
        if (fromText is { } instruction)
        {
            var line = raw.BodyLine + instruction.Line - 1;
            return (context.TakeInferred("applyUrl", $"apply instruction in the text (line {line})", instruction.Link), line);
        }

        var candidates = fields.All(PostingField.ApplyUrl);
        if (pointsElsewhere)
        {
            candidates = candidates.OrderBy(f => Clean(f.Value).StartsWith("http", StringComparison.OrdinalIgnoreCase) ? 0 : 1);
        }

        // A list ("how_to_apply: [Jane Doe, jane@example.com]") is tried entry by entry.
        foreach (var (field, value) in candidates.SelectMany(f => f.Values.Select(v => (Field: f, Value: Clean(v)))))
        {
            if (BooleanParser.Parse(value) is not null)
            {
                continue;
            }

            var link = ApplyLink.FromValue(value);
            var withoutAddresses = BracketedEmail().IsMatch(value) ? BracketedWord().Replace(BracketedEmail().Replace(value, ""), "") : value;
            var refused = Scheme().IsMatch(value)
                ? !UrlPolicy.IsAllowed(value)
                : Markup().IsMatch(withoutAddresses) || link is null && !value.Any(char.IsWhiteSpace) && LinkLike().IsMatch(value);
            if (refused)
            {
                context.Error(DiagnosticCodes.UnsafeUrl, field.Line, $"apply link '{Shorten(value)}' is not an http, https or mailto URL",
                    "use a full link such as https://example.com/jobs/123", field.Column);
                continue;
            }

            if (link is not null)
            {
                return (context.Take("applyUrl", field, link), field.Line);
            }

            context.Warning(DiagnosticCodes.NoApplyLinkInValue, field.Line, $"'{Shorten(value)}' names no single link or e-mail address to apply with; ignored",
                "write one link such as https://example.com/jobs/123 or an e-mail address", field.Column);
        }

        return (null, 0);
    }

    /// <summary>Markup in a value beside an address: refused, never read leniently.</summary>
    [GeneratedRegex(@"[<>""`{}]")]
    private static partial Regex Markup();

    /// <summary>An address in angle brackets, as in <c>Jane Doe &lt;jane@example.com&gt;</c>.</summary>
    [GeneratedRegex(@"<[^<>\s]+@[^<>\s]+>")]
    private static partial Regex BracketedEmail();

    /// <summary>A bare word in angle brackets beside such an address (<c>Jane &lt;lead&gt; &lt;jane@…&gt;</c>): a note, not markup.</summary>
    [GeneratedRegex(@"<\p{L}+>")]
    private static partial Regex BracketedWord();

    /// <summary>One token with the marks of a link (<c>/jobs/1</c>, <c>www.example.com</c>): a broken link, not words.</summary>
    [GeneratedRegex(@"[/.:@\\]")]
    private static partial Regex LinkLike();

    /// <summary>A value that starts with a URL scheme (<c>javascript:</c>, <c>ftp:</c>), not a time or "Apply here:".</summary>
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:(?!\s)")]
    private static partial Regex Scheme();

    private static string? UrlOrNull(RawField? field, string name, NormalizeContext context)
    {
        if (field is null || Clean(field.Value) is not { Length: > 0 } value)
        {
            return null;
        }

        if (UrlPolicy.IsAllowed(value))
        {
            return context.Take(name, field, value);
        }

        context.Warning(DiagnosticCodes.UnsafeUrl, field.Line, $"'{Shorten(value)}' is not an http or https URL; ignored");
        return null;
    }

    private static string? Text(FieldCandidates fields, PostingField field, string name, NormalizeContext context) =>
        fields.First(field) is { } raw && Clean(raw.Value) is { Length: > 0 } value ? context.Take(name, raw, value) : null;

    private static T? Parsed<T>(FieldCandidates fields, PostingField field, string name, NormalizeContext context, Func<string, T?> parse)
        where T : struct => Read(fields, field, name, context, parse).Value;

    /// <summary>The first value of <paramref name="field"/> that parses, and its line (0 when none does).</summary>
    private static (T? Value, int Line) Read<T>(FieldCandidates fields, PostingField field, string name, NormalizeContext context, Func<string, T?> parse)
        where T : struct
    {
        foreach (var raw in fields.All(field))
        {
            if (parse(raw.Value) is { } value)
            {
                return (context.Take(name, raw, value), raw.Line);
            }

            context.Warning(DiagnosticCodes.UnparsedValue, raw.Line, $"cannot read {name} from '{Shorten(raw.Value)}'", column: raw.Column);
        }

        return (null, 0);
    }

    /// <summary>Seed 001 writes <c>featured: 4</c>: a positive number counts as featured.</summary>
    private static bool? ParseFeatured(string value) =>
        BooleanParser.Parse(value) ?? (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n > 0 : null);

    /// <summary>A one-line value: quotes and surrounding space off, control characters
    /// (YAML "\u0001" escapes, pasted terminal junk) and Unicode line and paragraph separators turned into spaces.</summary>
    internal static string Clean(string value)
    {
        var text = value.Any(BreaksLine) ? new string([.. value.Select(c => BreaksLine(c) ? ' ' : c)]) : value;
        return text.Trim().Trim('"', '\'').Trim();
    }

    private static bool BreaksLine(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    internal static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
