using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace JobBoard.Normalize;

/// <summary>
/// The employer as a posting introduces itself, in the two shapes organizations use for it:
/// a heading "About Acme" ("## About CDS", "**À propos du Service numérique canadien**", "Über Acme GmbH"),
/// or an opening sentence that defines the name with its acronym ("The Canadian Digital Service (CDS)
/// is…", "Le Service numérique canadien (SNC) change…"). Either names the employer more surely than
/// a name that merely recurs in the prose, so it is tried first.
/// </summary>
public static partial class CompanyIntroduction
{
    private const int TimeoutMs = TextInference.TimeoutMs;

    /// <summary>Words this many at most make a name from a heading or an acronym's definition.</summary>
    private const int MaxWords = 6;

    /// <summary>What an "About …" heading names when it is not the employer, in the languages of the key tables.</summary>
    private static readonly FrozenSet<string> NotAnEmployer = FrozenSet.ToFrozenSet(
        [
            "the", "this", "role", "job", "position", "team", "company", "client", "project", "opportunity",
            "department", "unit", "program", "programme", "candidate", "you", "your", "us", "our", "we",
            "working", "hiring", "benefits", "interview", "application", "compensation", "salary", "pay", "perks",
            "location", "office", "it", "them", "me", "yourself", "nous", "vous", "votre", "notre", "poste",
            "mission", "missions", "équipe", "entreprise", "société", "profil", "candidature", "uns", "dich", "sie",
            "ihnen", "firma", "unternehmen", "stelle", "nosotros", "empresa", "puesto", "ti", "ons", "jou", "jouw",
            "bedrijf", "oss", "dig", "företaget", "tjänsten", "rollen",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The name the posting introduces itself with and where it stands in <paramref name="body"/>; null when it has none.</summary>
    public static (string Name, int Index)? Find(string body)
    {
        try
        {
            var heading = AboutHeadings(body).FirstOrDefault();
            var definition = OpeningDefinition(body);
            return (heading, definition) switch
            {
                ({ Name: not null }, { } defined) when defined.Index < heading.Index => defined,
                ({ Name: not null }, _) => heading,
                _ => definition,
            };
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static IEnumerable<(string Name, int Index)> AboutHeadings(string body)
    {
        foreach (Match match in AboutHeading().Matches(body))
        {
            var group = match.Groups["name"];
            if (Spelled(group.Value.Trim(), body) is { } name)
            {
                yield return (name, group.Index);
            }
        }
    }

    /// <summary>
    /// A heading's name as the posting spells it: as written, unless written in capitals only
    /// ("ABOUT NEXTGEN AMERICA:"), then as the prose spells it; null when it is no employer's name.
    /// </summary>
    private static string? Spelled(string name, string body)
    {
        var words = name.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxWords || NotAnEmployer.Contains(words[0].TrimEnd('.', ',', '!')) || !char.IsUpper(name[0]))
        {
            return null;
        }

        if (name.Length < 4 || name.Any(char.IsLower))
        {
            return name;
        }

        for (var at = body.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = body.IndexOf(name, at + name.Length, StringComparison.OrdinalIgnoreCase))
        {
            var written = body.Substring(at, name.Length);
            if (written.Any(char.IsLower))
            {
                return written;
            }
        }

        return null;
    }

    /// <summary>
    /// "The Canadian Digital Service (CDS) is…" as the first sentence of one of the body's first two
    /// paragraphs: the name before the parenthesis, when the acronym abbreviates it.
    /// </summary>
    private static (string Name, int Index)? OpeningDefinition(string body)
    {
        var paragraphs = 0;
        var start = 0;
        while (start < body.Length && paragraphs < 2)
        {
            var end = body.IndexOf('\n', start);
            end = end < 0 ? body.Length : end;
            var line = body.AsSpan(start, end - start).Trim();
            if (line.Length > 0 && !IsHeading(line))
            {
                paragraphs++;
                var match = Definition().Match(body, start, end - start);
                if (match.Success && Abbreviates(match.Groups["acronym"].Value, match.Groups["name"].Value))
                {
                    return (match.Groups["name"].Value, match.Groups["name"].Index);
                }
            }

            start = end + 1;
        }

        return null;
    }

    private static bool IsHeading(ReadOnlySpan<char> line) =>
        line[0] == '#' || line.StartsWith("**") && line.EndsWith("**") || line.StartsWith("__") && line.EndsWith("__");

    /// <summary>
    /// Whether <paramref name="acronym"/> abbreviates <paramref name="name"/>: its first letter starts the
    /// name and the rest follow in order, each word giving the start of its own letters ("SNC": Service
    /// numérique canadien; "DINUM": Direction Interministérielle du NUMérique).
    /// </summary>
    internal static bool Abbreviates(string acronym, string name)
    {
        var words = name.Split([' ', '\t', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.Length <= MaxWords && Covers(acronym.ToUpperInvariant(), 0, words, 0);
    }

    /// <summary>Whether the letters of <paramref name="acronym"/> from <paramref name="from"/> on are prefixes of the words from <paramref name="word"/> on, in order; words without a letter are small ones ("of", "du").</summary>
    private static bool Covers(string acronym, int from, string[] words, int word)
    {
        if (from == acronym.Length)
        {
            return true;
        }

        for (var w = word; w < words.Length; w++)
        {
            var upper = words[w].ToUpperInvariant();
            for (var take = 1; take <= upper.Length && from + take <= acronym.Length && upper[take - 1] == acronym[from + take - 1]; take++)
            {
                if (Covers(acronym, from + take, words, w + 1))
                {
                    return true;
                }
            }

            // Only a small word ("of", "du", "and") may be passed over without a letter.
            if (w == word && from == 0 || char.IsUpper(words[w][0]) && words[w].Length > 3)
            {
                return false;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?[ \t]*(?i:about|à[ \t]+propos|a[ \t]+propos|über|acerca|sobre|over|om)(?:[ \t]+(?i:the|du|de[ \t]+la|de[ \t]+l['’]|des|de|d['’]|die|der|das|von))?[ \t]*(?<=[ \t'’])(?<name>[\p{L}\p{N}][^\n*_#:()]{0,60}?)[ \t]*(?:\([^)\n]*\))?[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*$", RegexOptions.Multiline, TimeoutMs)]
    private static partial Regex AboutHeading();

    [GeneratedRegex(@"\G[ \t>*_]*(?:(?:The|Le|La|Les|L['’]|Die|Der|Das|El|Los|Het|De)[ \t]*)?(?<=^|[ \t>*_'’])(?<name>\p{Lu}[\p{L}\p{N}'’.&-]*(?:[ \t]+[\p{L}\p{N}'’.&-]+){1,5}?)[ \t]*\((?<acronym>\p{Lu}[\p{Lu}\p{N}]{1,7})\)", RegexOptions.None, TimeoutMs)]
    private static partial Regex Definition();
}
