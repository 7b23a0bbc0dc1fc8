using System.Collections.Immutable;

namespace JobBoard.Normalize;

/// <summary>
/// Finds "stack lines" in prose: enumerations such as "a major programming language, e.g. Java,
/// Go, C / C++, Python, etc." (seed 004). In such a list even an ambiguous word like "Go"
/// names the language, so every item the taxonomy knows counts as a tag.
/// </summary>
internal static class StackLines
{
    private const int MinimumKnownItems = 3;
    private const int MaxWordsPerItem = 3;
    private static readonly string[] Fillers = ["e.g.", "e.g", "i.e.", "such as", "and", "or", "etc.", "etc", "like"];

    public static ImmutableArray<string> Tags(string body, Taxonomy taxonomy)
    {
        var tags = ImmutableArray.CreateBuilder<string>();
        foreach (var sentence in Sentences.Split(body))
        {
            if (sentence.Text.Count(',') < MinimumKnownItems - 1)
            {
                continue;
            }

            var known = sentence.Text.ToString().Split([',', '/', '(', ')', ';'], StringSplitOptions.TrimEntries)
                .Select(StripFillers)
                .Where(item => item.Length > 0 && item.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWordsPerItem)
                .Select(taxonomy.Canonicalize)
                .Where(match => match.Known)
                .Select(match => match.Id)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (known.Count >= MinimumKnownItems)
            {
                tags.AddRange(known);
            }
        }

        return tags.ToImmutable();
    }

    private static string StripFillers(string item)
    {
        var text = item.Trim().TrimEnd('.', ':');
        foreach (var filler in Fillers)
        {
            if (text.StartsWith(filler + " ", StringComparison.OrdinalIgnoreCase))
            {
                text = text[(filler.Length + 1)..].Trim();
            }
        }

        return text;
    }
}
