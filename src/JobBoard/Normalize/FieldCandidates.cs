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
        foreach (var field in raw.Fields)
        {
            if (field.Origin == FieldOrigin.Section)
            {
                sections.Add(field);
            }
            else if (Resolve(field.Key) is { } meaning)
            {
                resolved.Add((meaning, field));
            }
            else if (field.Origin != FieldOrigin.Heading)
            {
                extra.TryAdd(field.Key, string.Join(", ", field.Values));
                var suggestion = KeyAliases.Suggest(field.Key);
                context.Warning(DiagnosticCodes.UnknownKey, field.Line, $"unknown key '{field.Key}' (kept for templates)",
                    suggestion is null ? null : $"did you mean '{suggestion}'?", field.Column);
            }
        }

        var candidates = new FieldCandidates(sections.ToImmutable(), extra.ToImmutable());
        foreach (var (meaning, field) in resolved.OrderBy(r => Rank(r.Raw.Origin)).ThenBy(r => r.Raw.Line))
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

    /// <summary>Nested front matter arrives as dotted keys; <c>hiringOrganization.name</c> may be
    /// known as a whole, otherwise a trailing <c>.name</c> means the parent.</summary>
    private static PostingField? Resolve(string key) =>
        KeyAliases.Resolve(key)
        ?? (key.EndsWith(".name", StringComparison.OrdinalIgnoreCase) ? KeyAliases.Resolve(key[..^5]) : null);

    private static int Rank(FieldOrigin origin) => origin switch
    {
        FieldOrigin.FrontMatter => 0,
        FieldOrigin.HeaderLine => 1,
        FieldOrigin.FooterLine => 2,
        FieldOrigin.Heading => 3,
        _ => 4,
    };
}
