using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace JobBoard.Normalize;

/// <summary>
/// Finds the company and the job title in the prose of postings that never state them
/// (scraped text, Markdown without front matter). Conservative by design: the site shows
/// what it infers, so a wrong guess is worse than an empty field; every method returns
/// null unless a sentence clearly names the value. Lines are 1-based within the text given.
/// </summary>
public static partial class TextInference
{
    /// <summary>
    /// How long one match of an inference pattern may take before the posting is read as if it had no match. The
    /// timeout guards against a pathological posting only: it is a wall-clock time, so on a loaded machine a
    /// tight one tripped on ordinary postings now and then and the same input gave another site (500 ms did once, on
    /// a 10,000-posting build at load 20), so it is set far above what matching any ordinary posting takes.
    /// </summary>
    internal const int TimeoutMs = 10_000;

    // A proper name: up to four capitalized words, "&" allowed between them ("Lumen & Co").
    // Atomic: a name never gives words back, which keeps scanning long texts linear.
    // Or a domain written as the name, as French public services do ("transport.data.gouv.fr").
    private const string Name = @"(?<name>(?>\p{Lu}[\p{L}\p{N}]*(?:[.\-][\p{L}\p{N}]+)*(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}\p{N}]*(?:[.\-][\p{L}\p{N}]+)*){0,3}|(?<![\p{L}\p{N}.\-/@])\p{Ll}[\p{L}\p{N}\-]*(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}(?![\p{L}\p{N}/@])))";

    // Words that start sentences or name a team, never the employer ("We are...", "Our team is hiring").
    private static readonly FrozenSet<string> NotACompany = FrozenSet.ToFrozenSet(
        [
            "a", "about", "additionally", "all", "also", "an", "and", "applicants", "as", "at", "benefits",
            "candidates", "company", "compensation", "data", "description", "design", "each", "engineering",
            "every", "everyone", "everything", "experience", "for", "he", "here", "how", "if", "in", "it",
            "its", "job", "join", "marketing", "most", "nobody", "note", "now", "on", "operations", "our",
            "please", "platform", "position", "product", "qualifications", "remote", "requirements",
            "responsibilities", "role", "sales", "security", "she", "some", "team", "that", "the", "their",
            "there", "these", "they", "this", "those", "today", "us", "we", "what", "when", "where", "which",
            "who", "why", "with", "you", "your",
            "ce", "ces", "cette", "chaque", "elle", "il", "la", "le", "les", "l", "nous", "notre", "on", "un", "une",
            "vous", "votre", "wir", "sie", "unser", "unsere", "das", "der", "die", "el", "nosotros", "wij", "vi",
        ],
        StringComparer.OrdinalIgnoreCase);

    // Scraped pages glue the section heading to the first word: "DescriptionConfluent is...".
    private static readonly string[] GluedHeadings = ["Description", "Overview", "Summary", "About", "Introduction"];

    /// <summary>
    /// The employer named in sentences such as "At Confluent, we...", "As a backend engineer at
    /// Kestra, you'll...", "Join Acme as...", "Acme is hiring", "Astronomer is a rapidly growing
    /// startup". Among several candidates the one named most often wins; a name the posting
    /// introduces itself with (<see cref="CompanyIntroduction"/>) comes before them all. Null when
    /// the text only says "we" (many postings never name the company).
    /// </summary>
    public static (string Name, int Line)? Company(string body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return null;
        }

        if (CompanyIntroduction.Find(body) is { } introduced)
        {
            return (introduced.Name, LineOf(body, introduced.Index));
        }

        try
        {
            var hits = new List<(string Name, int Index)>();
            foreach (var regex in CompanyPatterns)
            {
                foreach (var match in regex == CompanyStatement() ? StatementMatches(body) : (IEnumerable<Match>)regex.Matches(body))
                {
                    if (regex == RoleAtCompany() && RoleTitle(body, match) is null)
                    {
                        continue;
                    }

                    var name = CleanCompany(match.Groups["name"].Value);
                    if (name is not null)
                    {
                        hits.Add((name, match.Groups["name"].Index));
                    }
                }
            }

            var best = hits
                .GroupBy(h => h.Name, StringComparer.Ordinal)
                .Select(g => (Name: g.Key, Index: g.Min(h => h.Index), Score: (3 * g.Count()) + Occurrences(body, g.Key)))
                .OrderByDescending(c => c.Score)
                .ThenBy(c => c.Index)
                .FirstOrDefault();
            return best.Name is null ? null : (best.Name, LineOf(body, best.Index));
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>
    /// The role the posting hires for, from "We're seeking a talented Backend Engineer",
    /// "looking for a Senior Data Engineer", "join us as ...", "As a backend engineer at X";
    /// failing those, the role phrase most often written as "Backend engineers at Confluent".
    /// Returned singular and title-cased. Null when no sentence names a specific role (a bare
    /// "engineers" is not a title).
    /// </summary>
    public static (string Title, int Line)? Title(string body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return null;
        }

        try
        {
            var hire = HireSentence().Match(body);
            if (hire.Success)
            {
                var title = hire.Groups["title"];
                return (TitleCase(title.Value), LineOf(body, title.Index));
            }

            var best = RoleAtCompany().Matches(body)
                .Select(m => RoleTitle(body, m))
                .OfType<(string Title, int Index)>()
                .GroupBy(r => r.Title, StringComparer.Ordinal)
                .Select(g => (Title: g.Key, Index: g.Min(r => r.Index), Count: g.Count()))
                .OrderByDescending(r => r.Count)
                .ThenBy(r => r.Index)
                .FirstOrDefault();
            return best.Title is null ? null : (best.Title, LineOf(body, best.Index));
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static readonly Regex[] CompanyPatterns =
        [AtCompanyWe(), RoleAtCompany(), JoinCompany(), CompanyStatement()];

    /// <summary>A word every match of <see cref="CompanyStatement"/> holds after a space or a tab ("is" of "Acme is hiring").</summary>
    internal static readonly WordSearch StatementWords = new(
        [.. new[] { "recrute", "recherche", "cherche", "embauche", "sucht", "busca", "zoekt", "söker", "szuka", "is", "Inc", "LLC", "Ltd", "GmbH", "SAS", "S.A", "B.V", "AG" }
            .SelectMany(word => new[] { " " + word, "\t" + word })],
        StringComparison.Ordinal);

    /// <summary>
    /// The matches of <see cref="CompanyStatement"/> in <paramref name="body"/>, scanning only the lines that hold one of
    /// <see cref="StatementWords"/>: the pattern tries its name at every word, and no part of it takes a line break, so a
    /// match lies on one line. A line scanned alone matches as within the text: a line break is no letter, digit or sign
    /// to the lookarounds either side of a name.
    /// </summary>
    internal static List<Match> StatementMatches(string body)
    {
        var matches = new List<Match>();
        for (var start = 0; start <= body.Length;)
        {
            var end = body.IndexOf('\n', start) is var found and >= 0 ? found : body.Length;
            if (StatementWords.In(body.AsSpan(start, end - start)))
            {
                for (var match = CompanyStatement().Match(body, start, end - start); match.Success; match = match.NextMatch())
                {
                    matches.Add(match);
                }
            }

            start = end + 1;
        }

        return matches;
    }

    [GeneratedRegex(@"\bAt[ \t]+" + Name + @",[ \t]+[a-z]", RegexOptions.None, TimeoutMs)]
    private static partial Regex AtCompanyWe();

    [GeneratedRegex(@"\bJoin[ \t]+" + Name + @"(?:[ \t]+(?:as|in|and|on|to)\b|['’]s\b)|\b(?i:rejoindre|rejoignez)[ \t]+(?:(?i:la[ \t]+startup|l['’]équipe(?:[ \t]+de)?)[ \t]+)?" + Name + @"\b", RegexOptions.None, TimeoutMs)]
    private static partial Regex JoinCompany();

    // "Acme is hiring", "Acme recrute", "Acme sucht", "Acme is a fast-growing startup", "Acme, Inc.": one pattern, one scan.
    [GeneratedRegex(@"\b" + Name + @"(?:[ \t]+(?:recrute|recherche|cherche|embauche|sucht|busca|zoekt|söker|szuka)[ \t]+\p{Ll}|[ \t]+is[ \t]+(?:(?:looking[ \t]+for|hiring|seeking|searching[ \t]+for|pioneering|growing|expanding|building|on[ \t]+a[ \t]+mission)\b|an?[ \t]+(?:[\w-]+,?[ \t]+){0,5}?(?:company|startup|start-up|scale-up|scaleup|business|firm|agency|studio|employer|cooperative|consultancy|nonprofit|non-profit|bank|fintech|insurer|marketplace|retailer|manufacturer|provider|organi[sz]ation)\b)|,?[ \t]+(?:Inc|LLC|Ltd|GmbH|SAS|S\.A|B\.V|AG)\b)", RegexOptions.None, TimeoutMs)]
    internal static partial Regex CompanyStatement();

    // Role words: what a title ends with. Qualifiers: what may precede it in lower case
    // ("backend engineer"); capitalized words are qualifiers too ("Senior Software Engineer").
    private const string Role = @"(?i:engineer|developer|scientist|analyst|designer|architect|manager|administrator|consultant|specialist|researcher|writer|programmer|tester|SRE|lead)";
    private const string Qualifier = @"(?:Sr\.|Jr\.|\p{Lu}[\p{L}\p{N}+#]*(?:[.\-/][\p{L}\p{N}+#]+)*|(?i:back-?end|front-?end|full-?stack|software|data|machine[ \t]+learning|ml|ai|platform|infrastructure|cloud|devops|mobile|ios|android|web|senior|junior|lead|staff|principal|site[ \t]+reliability|security|qa|test|product|ux|ui|systems?|embedded|analytics|database|solutions))";

    [GeneratedRegex(@"\b(?:seeking|looking[ \t]+for|hiring|searching[ \t]+for|join[ \t]+us[ \t]+as|join[ \t]+(?:our|the)[ \t]+team[ \t]+as|(?i:as)[ \t]+an?)[ \t]+(?:an?[ \t]+|our[ \t]+(?:next[ \t]+)?)?(?:[a-z][\w-]*,?[ \t]+(?:and[ \t]+)?){0,4}?(?<title>(?:" + Qualifier + @"[ \t]+){1,4}" + Role + @")(?:s)?\b", RegexOptions.None, TimeoutMs)]
    private static partial Regex HireSentence();

    // Anchored on the role word, the rare part; the qualifiers before it are read backwards
    // by RoleTitle, since a leading "any capitalized word" would be tried at every word.
    [GeneratedRegex(@"\b(?<role>" + Role + @")s?[ \t]+at[ \t]+" + Name + @"\b", RegexOptions.None, TimeoutMs)]
    private static partial Regex RoleAtCompany();

    [GeneratedRegex(@"^(?:Sr\.|Jr\.|\p{Lu}[\p{L}\p{N}+#]*(?:[.\-/][\p{L}\p{N}+#]+)*|(?i:back-?end|front-?end|full-?stack|software|data|machine|learning|ml|ai|platform|infrastructure|cloud|devops|mobile|ios|android|web|senior|junior|lead|staff|principal|site|reliability|security|qa|test|product|ux|ui|systems?|embedded|analytics|database|solutions))$", RegexOptions.None, TimeoutMs)]
    private static partial Regex QualifierWord();

    /// <summary>
    /// The title of a "backend engineers at X" match: the role word and the one to three
    /// qualifier words just before it; null when none precedes it ("our engineers at X").
    /// </summary>
    private static (string Title, int Index)? RoleTitle(string body, Match match)
    {
        var role = match.Groups["role"];
        var start = role.Index;
        var qualifiers = 0;
        for (var cursor = start; qualifiers < 3; qualifiers++)
        {
            var wordEnd = cursor;
            while (wordEnd > 0 && body[wordEnd - 1] is ' ' or '\t')
            {
                wordEnd--;
            }

            var wordStart = wordEnd;
            // A dot glued to a capital ends a sentence in scraped text ("the Cloud.Backend engineers").
            while (wordStart > 0 && !char.IsWhiteSpace(body[wordStart - 1])
                   && !(body[wordStart - 1] == '.' && char.IsUpper(body[wordStart])))
            {
                wordStart--;
            }

            if (wordEnd == cursor || wordStart == wordEnd || !QualifierWord().IsMatch(body.AsSpan(wordStart, wordEnd - wordStart)))
            {
                break;
            }

            start = wordStart;
            cursor = wordStart;
        }

        if (qualifiers == 0)
        {
            return null;
        }

        return (TitleCase(body[start..(role.Index + role.Length)]), start);
    }

    private static string? CleanCompany(string name)
    {
        foreach (var heading in GluedHeadings)
        {
            if (name.Length > heading.Length && name.StartsWith(heading, StringComparison.Ordinal)
                && char.IsUpper(name[heading.Length]))
            {
                name = name[heading.Length..];
                break;
            }
        }

        var firstWord = name.Split(' ', '\t')[0];
        return name.Length < 2 || NotACompany.Contains(firstWord) ? null : name;
    }

    /// <summary>How often <paramref name="name"/> appears as a whole word ("Confluent’s" counts).</summary>
    private static int Occurrences(string text, string name)
    {
        var count = 0;
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + name.Length;
            var after = end == text.Length || !char.IsLetterOrDigit(text[end]);
            count += before && after ? 1 : 0;
        }

        return count;
    }

    private static string TitleCase(string phrase)
    {
        var words = phrase.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var hasUpper = word.Any(char.IsUpper);
            words[i] = hasUpper ? word : char.ToUpperInvariant(word[0]) + word[1..];
        }

        return string.Join(' ', words);
    }

    private static int LineOf(string text, int index) =>
        1 + text.AsSpan(0, Math.Clamp(index, 0, text.Length)).Count('\n');

}
