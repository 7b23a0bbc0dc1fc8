using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using JobBoard.Ingest;
using JobBoard.Model;

namespace JobBoard.Normalize;

/// <summary>
/// Tags are canonical ids from the taxonomy. Explicit tags (front matter, header lines) are
/// all kept, unknown ones with a warning. Items of list sections ("Keywords", "Our stack")
/// count only when the taxonomy knows them: those sections mix skills with phrases like
/// "Performance Optimization". Prose adds known, unambiguous skills, and every known item of
/// a stack line (<see cref="StackLines"/>), only when the posting gives no explicit tags.
/// </summary>
internal static partial class TagNormalizer
{
    /// <summary>
    /// Tag keys that list a stack ("techno: Python / Open edX") rather than curate tags: their
    /// items are kept, and the skills the text asks for are still added.
    /// </summary>
    private static readonly FrozenSet<string> StackKeys = new[]
    {
        "stack", "techstack", "technicalstack", "technologies", "techno", "technos", "technologien", "tecnologías",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Links and e-mail addresses, taken out of the text before skills are looked for in it.</summary>
    internal static readonly PhraseMatcher Links = new(LinkRegex());

    public static ImmutableArray<string> Normalize(RawPosting raw, FieldCandidates fields, NormalizeContext context, Taxonomy taxonomy)
    {
        var tags = new SortedSet<string>(StringComparer.Ordinal);
        var sources = new List<string>();
        var explicitTags = false;
        foreach (var field in fields.All(PostingField.Tags))
        {
            foreach (var value in ListParser.Split(field.Values))
            {
                var match = taxonomy.Canonicalize(value);
                if (match.Id.Length == 0)
                {
                    continue;
                }

                if (!match.Known)
                {
                    var nearest = taxonomy.Nearest(match.Id);
                    context.Warning(DiagnosticCodes.UnknownTag, field.Line, $"tag '{value}' is not in taxonomy.yml",
                        nearest is null ? "add it to input/taxonomy.yml" : $"did you mean '{nearest}'?", field.Column);
                }

                tags.Add(match.Id);
            }

            sources.Add(NormalizeContext.Describe(field));
            explicitTags |= tags.Count > 0 && !StackKeys.Contains(field.Key.Replace("_", string.Empty, StringComparison.Ordinal));
        }

        foreach (var section in fields.Sections)
        {
            var known = ListParser.Split(section.Values).Select(taxonomy.Canonicalize).Where(m => m.Known).ToList();
            if (known.Count > 0)
            {
                tags.UnionWith(known.Select(m => m.Id));
                sources.Add(NormalizeContext.Describe(section));
            }
        }

        if (!explicitTags)
        {
            // "sppnaut.html" or "github.com/acme" in a link names no skill the job asks for.
            var prose = Links.Apply(raw.Body, static (regex, body) => regex.Replace(body, " "));
            var found = taxonomy.FindInText(prose).Concat(StackLines.Tags(prose, taxonomy)).ToList();
            if (found.Count(tags.Add) > 0)
            {
                sources.Add("inferred from text");
            }
        }

        if (sources.Count > 0)
        {
            context.NoteInferred("tags", string.Join("; ", sources.Distinct(StringComparer.Ordinal)));
        }

        return [.. tags];
    }

    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s)\]>""']+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex LinkRegex();
}
