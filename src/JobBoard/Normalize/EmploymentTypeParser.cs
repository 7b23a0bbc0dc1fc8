using System.Text.RegularExpressions;
using JobBoard.Model;

namespace JobBoard.Normalize;

/// <summary>
/// Reads an employment type ("Full-time", "FULL_TIME", "Contract", "CDI", "Werkstudent") into the
/// schema.org value. Pure and total: unknown or empty text gives null.
/// </summary>
/// <remarks>
/// When a value states an hours type and a contract nature ("Part-time, Fixed term"), the nature
/// wins: a fixed term beats a contractor, which beats the hours, which beat a bare "Permanent".
/// Alternatives keep the order written: in "Full-time or Contract" the first one with a type wins,
/// and a note in parentheses ("permanent (will consider contract)") only counts when the rest
/// names no type.
/// </remarks>
public static partial class EmploymentTypeParser
{
    private const int MaxLength = 10_000;

    /// <summary>Longest phrase in <see cref="EmploymentTypeVocabulary.Terms"/>, in words.</summary>
    private const int LongestTerm = 4;

    public static EmploymentType? Parse(string? text) => Read(text, null)?.Type;

    /// <summary>
    /// The type a text states and its rank, skipping the phrases in <paramref name="ambiguous"/>
    /// (words that mean something else in a title or a sentence: "Contract Manager").
    /// </summary>
    internal static (EmploymentType Type, int Rank)? Read(string? text, IReadOnlySet<string>? ambiguous)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }

        // schema.org's OTHER only as the whole value: "other" is too common a word in a sentence.
        if (text.Trim().Equals("other", StringComparison.OrdinalIgnoreCase))
        {
            return (EmploymentType.Other, 0);
        }

        foreach (var alternative in AlternativeRegex().Split(text))
        {
            var outside = ParenthesesRegex().Replace(alternative, " ");
            if ((Strongest(outside, ambiguous) ?? Strongest(alternative, ambiguous)) is { } type)
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>The highest-ranked term in <paramref name="text"/>; the first written among equals.</summary>
    private static (EmploymentType Type, int Rank)? Strongest(string text, IReadOnlySet<string>? ambiguous)
    {
        // "FULL_TIME", "full-time" and "Full time" all become the words "full time".
        var words = WordRegex().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToArray();
        (EmploymentType Type, int Rank)? best = null;
        for (var i = 0; i < words.Length; i++)
        {
            for (var length = Math.Min(LongestTerm, words.Length - i); length >= 1; length--)
            {
                var phrase = string.Join(' ', words, i, length);
                if (EmploymentTypeVocabulary.Terms.TryGetValue(phrase, out var term) && ambiguous?.Contains(phrase) != true)
                {
                    if (best is null || term.Rank > best.Value.Rank)
                    {
                        best = term;
                    }

                    i += length - 1;
                    break;
                }
            }
        }

        return best;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"\s(?:or|ou|oder|o|eller|lub)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlternativeRegex();

    [GeneratedRegex(@"\([^()]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesesRegex();
}
