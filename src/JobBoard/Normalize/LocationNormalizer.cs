using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using JobBoard.Ingest;
using JobBoard.Model;

namespace JobBoard.Normalize;

/// <summary>
/// Places, workplace and remote region of a posting: from location fields (or the parts of a
/// scraped title after the company), an explicit remote/workplace key, and last from the prose
/// (#LI-Remote, "fully remote", a sentence naming the remote region).
/// </summary>
internal static partial class LocationNormalizer
{
    public static LocationInfo Normalize(
        RawPosting raw, FieldCandidates fields, NormalizeContext context, string? title, IReadOnlyList<string> titleRest)
    {
        var places = new List<string>();
        var workplace = Workplace.None;
        string? region = null;
        if (!fields.All(PostingField.Location).Any() && titleRest.Count > 0 && fields.First(PostingField.Title) is { } titleField)
        {
            foreach (var parsed in titleRest.Select(LocationParser.Parse))
            {
                places.AddRange(parsed.Places);
                workplace |= parsed.Workplace;
                region ??= parsed.RemoteRegion;
            }

            context.Note("locations", titleField);
        }

        foreach (var field in fields.All(PostingField.Location))
        {
            foreach (var value in field.Values)
            {
                var parsed = LocationParser.Parse(value);
                if (value.Length > LocationParser.MaxLocationLength)
                {
                    context.Warning(DiagnosticCodes.LocationsCut, field.Line,
                        $"the location is longer than {LocationParser.MaxLocationLength} characters; only its first {parsed.Places.Length} places are kept",
                        "list the places that matter, or write a region such as \"Remote (EU)\"", field.Column);
                }

                places.AddRange(parsed.Places);
                // "Paris (télétravail partiel possible)": a statement beside the place.
                workplace |= parsed.Workplace == Workplace.None ? WorkplaceStatements.Read(value) : parsed.Workplace;
                region ??= parsed.RemoteRegion;
            }

            context.Note("locations", field);
        }

        if (fields.First(PostingField.Workplace) is { } explicitWorkplace)
        {
            var value = explicitWorkplace.Value;
            var parsed = BooleanParser.Parse(value) switch
            {
                true => Workplace.Remote,
                false => Workplace.Onsite,
                null when value.Contains("TELECOMMUTE", StringComparison.OrdinalIgnoreCase) => Workplace.Remote,
                null when WorkplaceCodes.TryGetValue(value.Trim(), out var coded) => coded,
                null => LocationParser.Parse(value).Workplace,
            };
            // An explicit remote/workplace key is authoritative: "location: Berlin" plus
            // "remote: true" is a remote job of a Berlin company, not also an on-site one.
            if (parsed != Workplace.None)
            {
                workplace = parsed;
                context.Note("workplace", explicitWorkplace);
            }
        }

        if (fields.First(PostingField.RemoteRegion) is { } regionField && PostingNormalizer.Clean(regionField.Value) is { Length: > 0 } explicitRegion)
        {
            region = context.Take("remoteRegion", regionField, LocationParser.Parse($"Remote ({explicitRegion})").RemoteRegion ?? explicitRegion);
        }

        if (workplace == Workplace.None && TitleWorkplace(title) is not Workplace.None and var fromTitle)
        {
            workplace = context.TakeInferred("workplace", "the title", fromTitle);
        }

        if (workplace == Workplace.None && WorkplaceStatements.Read(raw.Body) is not Workplace.None and var fromText)
        {
            workplace = context.TakeInferred("workplace", "inferred from text", fromText);
        }

        if (workplace.HasFlag(Workplace.Remote) && region is null)
        {
            region = RegionFromText(raw.Body, context);
        }

        if (workplace.HasFlag(Workplace.Remote) && region is null)
        {
            // Google for Jobs takes a remote job only with the countries its applicants may live in.
            context.Warning(DiagnosticCodes.RemoteWithoutRegion, (fields.First(PostingField.Workplace) ?? fields.First(PostingField.Location))?.Line ?? 0,
                "this remote position names no country or region applicants may live in; its structured data leaves out 'remote' (TELECOMMUTE)",
                "add 'remoteRegion: US' (a country, or a region such as EU or Europe), or write the location as 'Remote (EU)'");
        }

        if (!context.Sources.ContainsKey("workplace") && workplace != Workplace.None && context.Sources.TryGetValue("locations", out var from))
        {
            context.NoteInferred("workplace", from);
        }

        return new LocationInfo([.. places.Distinct(StringComparer.OrdinalIgnoreCase)], workplace, region);
    }

    /// <summary>
    /// The workplace a title states in a part of its own: "Designer (hybrid)", "Data Engineer - Remote",
    /// "[Remote OK] Writer". The first part is the role, so "Remote Sensing Scientist" says nothing.
    /// </summary>
    internal static Workplace TitleWorkplace(string? title)
    {
        if (string.IsNullOrEmpty(title))
        {
            return Workplace.None;
        }

        // Bracketed parts stand anywhere ("[Remote] Writer"); the others follow the role.
        var bracketed = Bracketed().Matches(title).Select(m => m.Groups[1].Value);
        var following = Bracketed().Replace(title, TitleParts.Separators[0])
            .Split(TitleParts.Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Skip(1);
        var workplace = Workplace.None;
        foreach (var part in following.Concat(bracketed))
        {
            if (part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWorkplaceWords)
            {
                // "Remote OK" is a statement (remote or on-site), "Remote (EU)" a place.
                workplace |= WorkplaceStatements.Read(part) is not Workplace.None and var stated ? stated : LocationParser.Parse(part).Workplace;
            }
        }

        return workplace;
    }

    /// <summary>Words a title part may have and still be a workplace label ("Remote within Europe only").</summary>
    private const int MaxWorkplaceWords = 4;

    [GeneratedRegex(@"[(\[]([^)\]]*)[)\]]")]
    private static partial Regex Bracketed();

    /// <summary>"remote" in any case, found with vector instructions: in the invariant globalization mode the tool runs in,
    /// <c>Contains("remote", OrdinalIgnoreCase)</c> compares a character at a time, 60 times slower on a 6 KB text.</summary>
    private static readonly SearchValues<string> Remote = SearchValues.Create(["remote"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Scraped postings state the remote region in prose: "all employees (in office and remote)
    /// in the U.S." — a sentence that says remote and names a region.
    /// </summary>
    private static string? RegionFromText(string body, NormalizeContext context)
    {
        if (!body.AsSpan().ContainsAny(Remote))
        {
            return null;
        }

        foreach (var sentence in Sentences.Split(body))
        {
            if (!sentence.Text.ContainsAny(Remote))
            {
                continue;
            }

            var text = sentence.Text.ToString();
            foreach (var (pattern, region) in RegionWords)
            {
                if (Sentences.ContainsWord(text, pattern))
                {
                    return context.TakeInferred("remoteRegion", $"inferred from text (line {sentence.Line})", region);
                }
            }
        }

        return null;
    }

    /// <summary>Workplace codes of scraped career pages (uxbrighton's schema.org copies).</summary>
    private static readonly FrozenDictionary<string, Workplace> WorkplaceCodes = new Dictionary<string, Workplace>(StringComparer.OrdinalIgnoreCase)
    {
        ["FULLY_REMOTE"] = Workplace.Remote,
        ["PART_REMOTE"] = Workplace.Hybrid,
        ["NO_REMOTE"] = Workplace.Onsite,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly (string Pattern, string Region)[] RegionWords =
    [
        ("U.S.", "US"), ("US", "US"), ("USA", "US"), ("United States", "US"), ("UK", "UK"), ("United Kingdom", "UK"),
        ("EU", "EU"), ("European Union", "EU"), ("Canada", "Canada"), ("EMEA", "EMEA"), ("LATAM", "LATAM"),
    ];
}
