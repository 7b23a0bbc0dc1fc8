using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace JobBoard.Normalize;

/// <summary>
/// Splits list values as postings write them: YAML lists, comma/semicolon/pipe-separated strings
/// ("Python, Java, Go") and hashtag strings (seed 001: <c>hashtags: "#reactjs,#kubernetes,#rest"</c>,
/// or "#react #node"). Pure and total.
/// </summary>
/// <remarks>
/// Spaces only separate items made of hashtags: "Spring Boot" stays one item, "#react #node" is two.
/// A leading '#' is dropped, an inner one kept ("C#", "F#").
/// </remarks>
public static partial class ListParser
{
    private const int MaxItems = 10_000;

    /// <summary>Items in order of first appearance, trimmed, without empties, distinct ignoring case
    /// (the first spelling is kept).</summary>
    public static ImmutableArray<string> Split(IEnumerable<string> values)
    {
        if (values is null)
        {
            return [];
        }

        var items = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            foreach (var piece in SeparatorRegex().Split(value))
            {
                foreach (var part in SplitHashtags(piece))
                {
                    var item = part.Trim().TrimStart('#').Trim();
                    if (item.Length > 0 && items.Count < MaxItems && seen.Add(item))
                    {
                        items.Add(item);
                    }
                }
            }
        }

        return items.ToImmutable();
    }

    // Spaced dashes, slashes and dots separate too: "Ember.JS / Node.JS", "React - Scala - Typescript",
    // "assistive. disabilities"; unspaced ones belong to names ("CI/CD", "Objective-C", "Node.js").
    [GeneratedRegex(@"[,;|\r\n]|\s+[/·–—-]\s+|\.\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorRegex();

    /// <summary>"#react #node" is two items; "#machine learning" and "Spring Boot" stay one.</summary>
    private static IEnumerable<string> SplitHashtags(string piece)
    {
        var words = piece.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && words.All(w => w.StartsWith('#')) ? words : [piece];
    }
}
