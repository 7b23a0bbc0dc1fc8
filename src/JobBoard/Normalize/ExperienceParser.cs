using System.Collections.Frozen;
using System.Text.RegularExpressions;
using JobBoard.Model;

namespace JobBoard.Normalize;

/// <summary>
/// Reads an experience level from an explicit field ("Mid to Senior (4-8 years)", "Senior/Lead")
/// or from the seniority words of a job title ("Sr. Backend Software Engineer"). Pure and total.
/// </summary>
/// <remarks>
/// Levels joined by a range word ("to", "or", "/", "-") make a range: "Mid to Senior" is mid-senior.
/// Levels written side by side form one title and the highest wins: "Senior Staff Engineer" is lead.
/// Years alone ("5+ years") give no level: the mapping from years to levels differs per company,
/// and we never invent.
/// </remarks>
public static partial class ExperienceParser
{
    private const int MaxLength = 10_000;

    /// <summary>
    /// Seniority words (lower case; multi-word entries separated by one space), English first,
    /// then other languages. Staff and Principal are above Senior and our scale ends at Lead, so
    /// they are Lead. Director, Head of, VP and C-level titles name a function, not a level on the
    /// ladder, and an intern's level is not stated: they give no level. "Entry" only counts as
    /// "entry level" ("Data Entry Clerk" is not junior). Roman numerals ("Engineer II") are left
    /// out: ladders differ too much between companies.
    /// </summary>
    private static readonly FrozenDictionary<string, ExperienceLevel> Words = new Dictionary<string, ExperienceLevel>(StringComparer.Ordinal)
    {
        ["junior"] = ExperienceLevel.Junior,
        ["jr"] = ExperienceLevel.Junior,
        ["entry level"] = ExperienceLevel.Junior,
        ["entrylevel"] = ExperienceLevel.Junior,
        ["graduate"] = ExperienceLevel.Junior,
        ["grad"] = ExperienceLevel.Junior,
        ["trainee"] = ExperienceLevel.Junior,
        ["beginner"] = ExperienceLevel.Junior,
        ["mid"] = ExperienceLevel.Mid,
        ["mid level"] = ExperienceLevel.Mid,
        ["midlevel"] = ExperienceLevel.Mid,
        ["intermediate"] = ExperienceLevel.Mid,
        ["medior"] = ExperienceLevel.Mid,
        ["senior"] = ExperienceLevel.Senior,
        ["sr"] = ExperienceLevel.Senior,
        ["experienced"] = ExperienceLevel.Senior,
        ["lead"] = ExperienceLevel.Lead,
        ["leader"] = ExperienceLevel.Lead,
        ["staff"] = ExperienceLevel.Lead,
        ["principal"] = ExperienceLevel.Lead,
        ["sénior"] = ExperienceLevel.Senior,
        ["séniore"] = ExperienceLevel.Senior,
        ["júnior"] = ExperienceLevel.Junior,
        ["débutant"] = ExperienceLevel.Junior,
        ["débutante"] = ExperienceLevel.Junior,
        ["einsteiger"] = ExperienceLevel.Junior,
        ["berufseinsteiger"] = ExperienceLevel.Junior,
        ["absolvent"] = ExperienceLevel.Junior,
        ["semi senior"] = ExperienceLevel.Mid,
        ["semisenior"] = ExperienceLevel.Mid,
        ["ssr"] = ExperienceLevel.Mid,
        // In French titles "principal" after the role is the senior grade ("développeur principal" is a
        // senior developer); the English "Principal Engineer" before the role stays Lead.
        ["développeur principal"] = ExperienceLevel.Senior,
        ["développeuse principale"] = ExperienceLevel.Senior,
        ["ingénieur principal"] = ExperienceLevel.Senior,
        ["ingénieure principale"] = ExperienceLevel.Senior,
        ["analyste principal"] = ExperienceLevel.Senior,
        ["analyste principale"] = ExperienceLevel.Senior,
        ["conseiller principal"] = ExperienceLevel.Senior,
        ["conseillère principale"] = ExperienceLevel.Senior,
        ["concepteur principal"] = ExperienceLevel.Senior,
        ["conceptrice principale"] = ExperienceLevel.Senior,
        ["starszy"] = ExperienceLevel.Senior,
        ["młodszy"] = ExperienceLevel.Junior,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Words after "lead" that make it a sales lead, not a seniority: "Lead Generation Specialist".
    /// </summary>
    private static readonly FrozenSet<string> SalesLeadWords = new[]
    {
        "generation", "gen", "qualification", "nurturing", "nurture", "scoring", "routing", "management",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words between two levels that make them a range rather than one compound title.</summary>
    private static readonly FrozenSet<string> RangeWords = new[] { "to", "or", "and", "bis" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Reads an explicit experience field: "Senior (6+ years)", "Mid to Senior (4-8 years)", "Entry level".</summary>
    public static Experience? Parse(string? text) => Read(text);

    /// <summary>Reads the seniority words of a title: "Lead Backend Software Engineer" is lead;
    /// "Backend Engineer" is null.</summary>
    public static Experience? FromTitle(string? title) => Read(title);

    private static Experience? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }

        var tokens = TokenRegex().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToArray();
        ExperienceLevel? from = null;
        ExperienceLevel? to = null;
        var rangeOpen = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (!IsWord(token))
            {
                rangeOpen |= from is not null && token is "/" or "-" or "–" or "—" or "&";
                continue;
            }

            if (RangeWords.Contains(token))
            {
                rangeOpen |= from is not null;
                continue;
            }

            if (LevelAt(tokens, i, out var consumed) is not { } level)
            {
                rangeOpen = false; // "Senior Backend / Lead Generation" do not pair up
                continue;
            }

            i += consumed - 1;
            if (from is null)
            {
                (from, to) = (level, level);
            }
            else if (rangeOpen)
            {
                from = Min(from.Value, level);
                to = Max(to!.Value, level);
            }
            else if (level > to)
            {
                // Side by side ("Senior Staff"): one compound title, the higher level wins.
                from = from == to ? level : from;
                to = level;
            }

            rangeOpen = false;
        }

        return from is null ? null : new Experience(from.Value, to!.Value);
    }

    private static ExperienceLevel? LevelAt(string[] tokens, int index, out int consumed)
    {
        consumed = 1;
        var next = NextWord(tokens, index);
        if (next is not null && Words.TryGetValue($"{tokens[index]} {next}", out var twoWords))
        {
            consumed = Array.IndexOf(tokens, next, index + 1) - index + 1;
            return twoWords;
        }

        if (!Words.TryGetValue(tokens[index], out var level))
        {
            return null;
        }

        if (tokens[index] == "lead" && next is not null && SalesLeadWords.Contains(next))
        {
            return null;
        }

        return level;
    }

    /// <summary>The next word, looking through one hyphen ("entry-level", "mid-level").</summary>
    private static string? NextWord(string[] tokens, int index)
    {
        var i = index + 1;
        if (i < tokens.Length && tokens[i] == "-")
        {
            i++;
        }

        return i < tokens.Length && IsWord(tokens[i]) ? tokens[i] : null;
    }

    private static bool IsWord(string token) => char.IsLetterOrDigit(token[0]);

    private static ExperienceLevel Min(ExperienceLevel a, ExperienceLevel b) => a < b ? a : b;

    private static ExperienceLevel Max(ExperienceLevel a, ExperienceLevel b) => a > b ? a : b;

    [GeneratedRegex(@"[\p{L}\p{N}]+|[/&–—-]", RegexOptions.CultureInvariant)]
    private static partial Regex TokenRegex();
}
