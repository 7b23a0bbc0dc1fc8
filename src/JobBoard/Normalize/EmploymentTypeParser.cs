using System.Collections.Frozen;
using System.Text.RegularExpressions;
using JobBoard.Model;

namespace JobBoard.Normalize;

/// <summary>
/// Reads an employment type ("Full-time", "FULL_TIME", "Contract", "Werkstudent") into the
/// schema.org value. When a value names several ("Full-time or Contract"), the first one written wins.
/// Pure and total: unknown or empty text gives null.
/// </summary>
public static partial class EmploymentTypeParser
{
    private const int MaxLength = 10_000;

    /// <summary>
    /// Words and phrases (lower case, words separated by one space) to the type they mean.
    /// "Working student" / "Werkstudent" is a part-time contract for students, so PartTime.
    /// "Apprenticeship" has no schema.org value and stays unknown rather than forced into Intern.
    /// </summary>
    private static readonly FrozenDictionary<string, EmploymentType> Terms = new Dictionary<string, EmploymentType>(StringComparer.Ordinal)
    {
        ["full time"] = EmploymentType.FullTime,
        ["fulltime"] = EmploymentType.FullTime,
        ["permanent"] = EmploymentType.FullTime,
        ["fte"] = EmploymentType.FullTime,
        ["vollzeit"] = EmploymentType.FullTime,
        ["part time"] = EmploymentType.PartTime,
        ["parttime"] = EmploymentType.PartTime,
        ["teilzeit"] = EmploymentType.PartTime,
        ["working student"] = EmploymentType.PartTime,
        ["werkstudent"] = EmploymentType.PartTime,
        ["contract"] = EmploymentType.Contractor,
        ["contractor"] = EmploymentType.Contractor,
        ["contract to hire"] = EmploymentType.Contractor,
        ["freelance"] = EmploymentType.Contractor,
        ["freelancer"] = EmploymentType.Contractor,
        ["temporary"] = EmploymentType.Temporary,
        ["temp"] = EmploymentType.Temporary,
        ["fixed term"] = EmploymentType.Temporary,
        ["seasonal"] = EmploymentType.Temporary,
        ["befristet"] = EmploymentType.Temporary,
        ["internship"] = EmploymentType.Intern,
        ["intern"] = EmploymentType.Intern,
        ["praktikum"] = EmploymentType.Intern,
        ["volunteer"] = EmploymentType.Volunteer,
        ["volunteering"] = EmploymentType.Volunteer,
        ["per diem"] = EmploymentType.PerDiem,
        ["perdiem"] = EmploymentType.PerDiem,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Longest phrase in <see cref="Terms"/>, in words.</summary>
    private const int LongestTerm = 3;

    public static EmploymentType? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }

        // "FULL_TIME", "full-time" and "Full time" all become the words "full time".
        var words = WordRegex().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToArray();

        // schema.org's OTHER only as the whole value: "other" is too common a word in a sentence.
        if (words is ["other"])
        {
            return EmploymentType.Other;
        }
        for (var i = 0; i < words.Length; i++)
        {
            for (var length = Math.Min(LongestTerm, words.Length - i); length >= 1; length--)
            {
                if (Terms.TryGetValue(string.Join(' ', words, i, length), out var type))
                {
                    return type;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();
}
