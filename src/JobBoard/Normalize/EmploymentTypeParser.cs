using System.Buffers;
using System.Collections.Frozen;
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
        // "FULL_TIME", "full-time" and "Full time" all become the words "full time": written lower-case into one
        // buffer, each followed by a space, and looked up as slices of it. A word ends where the text has another
        // character, so the words and their spaces take at most one character more than the text.
        var words = ArrayPool<char>.Shared.Rent(text.Length + 1);
        var starts = ArrayPool<int>.Shared.Rent(text.Length + 2);
        try
        {
            var count = 0;
            var end = 0;
            foreach (var word in WordRegex().EnumerateMatches(text))
            {
                starts[count++] = end;
                end += text.AsSpan(word.Index, word.Length).ToLowerInvariant(words.AsSpan(end));
                words[end++] = ' ';
            }

            starts[count] = end;
            (EmploymentType Type, int Rank)? best = null;
            for (var i = 0; i < count; i++)
            {
                for (var length = Math.Min(LongestTerm, count - i); length >= 1; length--)
                {
                    var phrase = words.AsSpan(starts[i], starts[i + length] - starts[i] - 1);
                    if (Terms.TryGetValue(phrase, out var term) && ambiguous?.Contains(phrase.ToString()) != true)
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
        finally
        {
            ArrayPool<char>.Shared.Return(words);
            ArrayPool<int>.Shared.Return(starts);
        }
    }

    /// <summary><see cref="EmploymentTypeVocabulary.Terms"/>, looked up by a slice of a text.</summary>
    private static readonly FrozenDictionary<string, (EmploymentType Type, int Rank)>.AlternateLookup<ReadOnlySpan<char>> Terms =
        EmploymentTypeVocabulary.Terms.GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"\s(?:or|ou|oder|o|eller|lub)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlternativeRegex();

    [GeneratedRegex(@"\([^()]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesesRegex();
}
