using System.Collections.Immutable;
using System.Security.Cryptography;
using JobBoard.Ingest;
using JobBoard.Model;
using JobBoard.Normalize;

namespace JobBoard.Site;

/// <summary>
/// Reads <c>input/companies/*.md</c> (front matter and a Markdown description) and <c>*.yml</c>, and
/// each one's logo from beside it or from <c>input/logos/</c>, as the input folder allows
/// (<see cref="ConfinedFolder"/>: no link out of it). A problem is a warning at its line and leaves
/// out that value alone; a file that cannot be read at all is the folder's own error.
/// </summary>
public static class CompanyProfileReader
{
    public const string Folder = "companies";

    public const string LogoFolder = "logos";

    private static readonly string[] Extensions = [".md", ".yml", ".yaml"];

    private static readonly string[] Keys = ["name", "website", "logo", "description"];

    private const string SocialPrefix = "social.";

    /// <summary>The profile files, input-relative, in ordinal order (what the settings' fingerprint hashes too).</summary>
    public static IEnumerable<string> Files(string input)
    {
        var folder = Path.Combine(input, Folder);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.Ordinal))
                .Select(f => Folder + "/" + Path.GetFileName(f)).Order(StringComparer.Ordinal)
            : [];
    }

    /// <param name="renderMarkdown">Markdown to safe HTML, as a posting's body is rendered.</param>
    public static Outcome<CompanyProfiles> Read(string input, Func<string, string> renderMarkdown)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var profiles = ImmutableSortedDictionary.CreateBuilder<string, CompanyProfile>(StringComparer.Ordinal);
        var folder = ConfinedFolder.Input(input);
        foreach (var file in Files(input))
        {
            var slug = Path.GetFileNameWithoutExtension(file);
            if (Slugger.Slugify(slug) != slug)
            {
                diagnostics.Add(Warning(file, 0, $"'{slug}' is not a company slug, so no company page shows this profile",
                    $"name the file {Slugger.Slugify(slug)}{Path.GetExtension(file)}, the slug of the company's name"));
                continue;
            }

            var text = folder.ReadText(Path.Combine(input, file), file);
            diagnostics.AddRange(text.Diagnostics);
            if (text.Value is not null && Parse(input, file, slug, text.Value, renderMarkdown, diagnostics) is { } profile)
            {
                profiles[slug] = profile;
            }
        }

        return new(new CompanyProfiles(profiles.ToImmutable()), diagnostics.ToImmutable());
    }

    private static CompanyProfile? Parse(string input, string file, string slug, string text, Func<string, string> renderMarkdown,
        ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        // A .yml profile is front matter without a body: read between fences, one line down.
        var markdownFile = Path.GetExtension(file) == ".md";
        var shift = markdownFile ? 0 : 1;
        var read = FrontMatterReader.Read(new SourceFile(file, markdownFile ? text : $"---\n{text}\n---\n"));
        diagnostics.AddRange(read.Diagnostics.Select(d => d with { Line = Math.Max(0, d.Line - shift) }));
        if (read.Value is not { } front)
        {
            return null;
        }

        var fields = front.Fields.Select(f => f with { Line = f.Line - shift }).ToList();
        T? Value<T>(string key, Func<RawField, T?> read)
            where T : class =>
            fields.FirstOrDefault(f => f.Key == key) is { } field && Single(file, field, diagnostics) is not null ? read(field) : null;
        string? Url(RawField field)
        {
            if (UrlPolicy.IsAllowed(field.Value))
            {
                return field.Value.Trim();
            }

            diagnostics.Add(Warning(file, field.Line, $"'{PostingNormalizer.Shorten(field.Value)}' is not an http, https or mailto link; it is left out",
                "write the full link, e.g. https://example.com/", field.Column));
            return null;
        }

        foreach (var unknown in fields.Where(f => !Keys.Contains(f.Key, StringComparer.Ordinal) && !f.Key.StartsWith(SocialPrefix, StringComparison.Ordinal)))
        {
            diagnostics.Add(Warning(file, unknown.Line, $"unknown key '{unknown.Key}'; it is ignored",
                "a profile has name, website, logo, description and social links (social: {github: https://...})", unknown.Column));
        }

        var social = fields.Where(f => f.Key.StartsWith(SocialPrefix, StringComparison.Ordinal))
            .Select(f => Single(file, f, diagnostics) is null || Url(f) is not { } url ? null : new SocialLink(f.Key[SocialPrefix.Length..], url))
            .OfType<SocialLink>().ToImmutableArray();
        return new CompanyProfile(
            slug,
            file,
            Value("name", f => f.Value.Trim()),
            Value("website", Url),
            Value("description", f => f.Value.Trim()),
            front.Body.Trim().Length == 0 ? "" : renderMarkdown(front.Body),
            Value("logo", f => Logo(input, file, slug, f, diagnostics)),
            social);
    }

    /// <summary>The field's one value, or null with a warning when it has none or several.</summary>
    private static string? Single(string file, RawField field, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (field.Values.Length == 1 && field.Value.Trim().Length > 0)
        {
            return field.Value;
        }

        diagnostics.Add(Warning(file, field.Line, $"'{field.Key}' needs one value, not {field.Values.Length}; it is left out", "write key: value", field.Column));
        return null;
    }

    /// <summary>The logo named by a file name or relative path: beside the profile first, then in <c>input/logos/</c>.</summary>
    private static CompanyLogo? Logo(string input, string file, string slug, RawField field, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var name = field.Value.Trim().Replace('\\', '/');
        if (Path.IsPathRooted(name) || name.Contains(':', StringComparison.Ordinal) || name.Split('/').Contains(".."))
        {
            diagnostics.Add(Warning(file, field.Line, $"the logo '{PostingNormalizer.Shorten(name)}' is not a file of the input folder; it is left out",
                $"put the image in input/{LogoFolder}/ and write its file name, e.g. logo: {slug}.svg (pages show only the board's own images)", field.Column));
            return null;
        }

        var found = new[] { Folder, LogoFolder }.Select(f => $"{f}/{name}").FirstOrDefault(p => File.Exists(Path.Combine(input, p)) || new FileInfo(Path.Combine(input, p)).LinkTarget is not null);
        if (found is null)
        {
            diagnostics.Add(Warning(file, field.Line, $"the logo '{name}' is neither in input/{Folder}/ nor in input/{LogoFolder}/; it is left out",
                "check the file name's spelling and case", field.Column));
            return null;
        }

        var bytes = ConfinedFolder.Input(input).Read(Path.Combine(input, found), found);
        diagnostics.AddRange(bytes.Diagnostics);
        if (bytes.Value is null)
        {
            return null;
        }

        if (ImageSize.Read(bytes.Value) is not { } size)
        {
            diagnostics.Add(Warning(file, field.Line, $"input/{found} is not a PNG, JPEG, GIF, WebP or SVG image whose size can be read; it is left out",
                "save the logo as SVG (with width and height, or a viewBox) or PNG", field.Column));
            return null;
        }

        // Named by content, as theme assets are: a changed logo gets a new URL, so it may be cached for ever.
        var path = $"{LogoFolder}/{slug}.{Convert.ToHexStringLower(SHA256.HashData(bytes.Value))[..10]}{size.Extension}";
        return new CompanyLogo("/" + path, size.Width, size.Height, new OutputFile(path, bytes.Value));
    }

    private static Diagnostic Warning(string file, int line, string message, string? hint = null, int column = 0) =>
        new(DiagnosticCodes.InvalidCompanyProfile, Severity.Warning, file, line, column, message, hint);
}
