using System.Collections.Immutable;
using JobBoard.Ingest;
using JobBoard.Model;

namespace JobBoard.Normalize;

/// <summary>
/// A posting's fields sorted by what they mean (<see cref="PostingField"/>) and by how explicit
/// they are: front matter beats a header line, which beats a footer line, then the heading.
/// List sections (Keywords, Technical Stack) and unknown keys are kept apart.
/// </summary>
internal sealed class FieldCandidates
{
    private readonly Dictionary<PostingField, List<RawField>> known = [];

    private FieldCandidates(ImmutableArray<RawField> sections, ImmutableSortedDictionary<string, string> extra)
    {
        Sections = sections;
        Extra = extra;
    }

    /// <summary>Values of list sections such as "Keywords" or "Our stack".</summary>
    public ImmutableArray<RawField> Sections { get; }

    /// <summary>Keys the normalizer does not know, with their values joined by ", ".</summary>
    public ImmutableSortedDictionary<string, string> Extra { get; }

    public static FieldCandidates Collect(RawPosting raw, NormalizeContext context)
    {
        var sections = ImmutableArray.CreateBuilder<RawField>();
        var extra = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var resolved = new List<(PostingField Field, RawField Raw)>();
        foreach (var field in ComposeAddresses(raw.Fields))
        {
            if (IsTypeMarker(field.Key))
            {
                continue;
            }

            if (field.Origin == FieldOrigin.Section)
            {
                sections.Add(field);
            }
            else if (field.Key == PlainTextReader.SubtitleKey)
            {
                resolved.AddRange(ReadSubtitle(field, raw.Body));
            }
            else if (Resolve(field.Key) is { } meaning)
            {
                resolved.Add((meaning, field));
            }
            else if (field.Origin != FieldOrigin.Heading)
            {
                extra.TryAdd(field.Key, string.Join(", ", field.Values));

                // Only a likely typo is worth a warning where it is written; other keys are named
                // once per run (UnknownKeys.Summary).
                if (!UnknownKeys.IsTemplateKey(field.Key) && KeyAliases.Suggest(field.Key) is { } suggestion)
                {
                    context.Warning(DiagnosticCodes.UnknownKey, field.Line, $"unknown key '{field.Key}' (kept for templates)",
                        $"did you mean '{suggestion}'?", field.Column);
                }
            }
        }

        var candidates = new FieldCandidates(sections.ToImmutable(), extra.ToImmutable());
        foreach (var (meaning, field) in resolved.OrderBy(r => Rank(r.Raw.Origin)).ThenBy(r => KeyAliases.Rank(Parent(r.Raw.Key))).ThenBy(r => r.Raw.Line))
        {
            if (!candidates.known.TryGetValue(meaning, out var list))
            {
                list = [];
                candidates.known[meaning] = list;
            }

            list.Add(field);
        }

        return candidates;
    }

    public RawField? First(PostingField field) =>
        known.TryGetValue(field, out var list) ? list.FirstOrDefault(f => f.Values.Any(v => v.Trim().Length > 0)) : null;

    public IEnumerable<RawField> All(PostingField field) =>
        known.TryGetValue(field, out var list) ? list : [];

    /// <summary>
    /// Each part of a subtitle line counts by what it is: an employment type, a place, or the
    /// company ("Brightline Bank · New York, NY") when the text names it as one ("Brightline Bank is…").
    /// </summary>
    private static IEnumerable<(PostingField, RawField)> ReadSubtitle(RawField field, string body)
    {
        foreach (var part in field.Values)
        {
            if (EmploymentTypeParser.Parse(part) is not null)
            {
                yield return (PostingField.EmploymentType, field with { Key = "Employment Type", Values = [part] });
            }
            // Without a gazetteer, a bare word ("Engineering") is no place: only "City, Region"
            // or a remote/hybrid part counts.
            else if (LocationParser.Parse(part) is { } place
                     && ((place.Places.Length > 0 && part.Contains(',')) || (place.Workplace & (Workplace.Remote | Workplace.Hybrid)) != 0))
            {
                yield return (PostingField.Location, field with { Key = "Location", Values = [part] });
            }
            else if (part.Length > 1 && char.IsUpper(part[0])
                     && (body.Contains(part + " is ", StringComparison.Ordinal) || body.Contains("At " + part + ",", StringComparison.Ordinal)
                         || body.Contains(" at " + part, StringComparison.Ordinal)))
            {
                yield return (PostingField.Company, field with { Key = "Company", Values = [part] });
            }
        }
    }

    /// <summary>schema.org front matter carries <c>@type</c> and <c>@context</c> markers: not data.</summary>
    private static bool IsTypeMarker(string key) =>
        key.StartsWith('@') || key.Contains(".@", StringComparison.Ordinal);

    /// <summary>The parts of an address, in the order a place is written ("Austin, TX, US").</summary>
    private static readonly string[][] AddressParts =
    [
        ["city", "town", "locality", "addresslocality"],
        ["region", "state", "province", "addressregion"],
        ["country", "countrycode", "addresscountry"],
    ];

    /// <summary>
    /// Nested locations — <c>location: {city: Berlin, country: Germany}</c> or schema.org's
    /// <c>jobLocation.address.addressLocality</c> — become one location field per place.
    /// </summary>
    private static IEnumerable<RawField> ComposeAddresses(ImmutableArray<RawField> fields)
    {
        var parts = new Dictionary<string, (RawField First, string?[][] Parts)>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var dot = field.Key.IndexOf('.', StringComparison.Ordinal);
            var part = dot < 0 ? -1 : Array.FindIndex(AddressParts, names => names.Contains(LastSegment(field.Key)));
            if (part < 0 || KeyAliases.Resolve(field.Key[..dot]) != PostingField.Location)
            {
                yield return field;
                continue;
            }

            var root = field.Key[..dot];
            if (!parts.TryGetValue(root, out var address))
            {
                address = (field, new string?[AddressParts.Length][]);
                parts[root] = address;
            }

            address.Parts[part] = [.. field.Values];
        }

        foreach (var (root, (first, address)) in parts)
        {
            var places = Enumerable.Range(0, address.Max(p => p?.Length ?? 0))
                .Select(i => string.Join(", ", address.Select(p => p is not null && i < p.Length ? p[i]?.Trim() : null)
                    .Where(v => !string.IsNullOrEmpty(v))));
            yield return first with { Key = root, Values = [.. places.Where(p => p.Length > 0)] };
        }
    }

    private static string LastSegment(string key) =>
        new([.. key[(key.LastIndexOf('.') + 1)..].Where(char.IsLetter).Select(char.ToLowerInvariant)]);

    /// <summary>
    /// Nested front matter arrives as dotted keys; <c>hiringOrganization.name</c> may be known as a
    /// whole, otherwise a trailing <c>.name</c> or <c>.original</c> (scrapers keep the text as the
    /// page showed it there: <c>title.original</c>, <c>salary.original</c>) means the parent, and a
    /// key that says "apply" (<c>contact."Apply here"</c>) is the apply link.
    /// </summary>
    private static PostingField? Resolve(string key)
    {
        if (KeyAliases.Resolve(key) is { } known)
        {
            return known;
        }

        var parent = Parent(key);
        if (!ReferenceEquals(parent, key) && KeyAliases.Resolve(parent) is { } meaning and not PostingField.ApplyUrl)
        {
            return meaning;
        }

        return key[(key.LastIndexOf('.') + 1)..].Contains("apply", StringComparison.OrdinalIgnoreCase) ? PostingField.ApplyUrl : null;
    }

    /// <summary>The key without a trailing <c>.name</c> or <c>.original</c>; the key itself otherwise.</summary>
    private static string Parent(string key) =>
        key.EndsWith(".name", StringComparison.OrdinalIgnoreCase) ? key[..^5]
        : key.EndsWith(".original", StringComparison.OrdinalIgnoreCase) ? key[..^9]
        : key;

    private static int Rank(FieldOrigin origin) => origin switch
    {
        FieldOrigin.FrontMatter => 0,
        FieldOrigin.HeaderLine => 1,
        FieldOrigin.FooterLine => 2,
        FieldOrigin.Heading => 3,
        _ => 4,
    };
}
