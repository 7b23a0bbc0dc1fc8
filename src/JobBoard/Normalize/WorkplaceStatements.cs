using System.Text.RegularExpressions;
using JobBoard.Model;

namespace JobBoard.Normalize;

/// <summary>
/// Reads the workplace from the sentences of a description that state it: "100% remote",
/// "No telecommuting", "télétravail partiel", "Homeoffice möglich". Conservative on purpose:
/// "hybrid cloud", "remote collaboration skills" or "in office and remote employees" say
/// nothing about this job, and a place alone never makes a job on-site.
/// </summary>
/// <remarks>
/// When a text makes several statements the most specific wins: a hybrid arrangement over a
/// refusal of remote work ("Remote Position: No") over "fully remote" over "remote possible".
/// "Remote possible" alone (beside an office) means either: remote or on-site.
/// </remarks>
public static partial class WorkplaceStatements
{
    private const int MaxTextLength = 200_000;

    // One phrase a line, case-insensitive ("#" starts a comment; white space is ignored, "\s" matches it).
    // Compiled with the build (nothing to construct at start-up) and matched by backtracking until a big board's
    // bodies have been read (PhraseMatcher), so every phrase must be unambiguous to stay linear in a hostile text: no
    // two neighbouring unbounded repeats that take the same character ("[\W_]*:[\W_]*" takes a run of colons in
    // quadratic time). The timeout only guards against a phrase that breaks this.
    private const RegexOptions Phrases = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace;

    /// <summary>A statement of one of the kinds but the last ("remote possible"): most texts state none, and are then read
    /// once for the three rather than once each. (A pattern of all four is more than the automaton may have.)</summary>
    internal static readonly PhraseMatcher FirmStatement = new(HybridOnsiteOrRemote());

    /// <summary>The kinds of statement, strongest first; "remote possible" last, the one <see cref="FirmStatement"/> leaves out.</summary>
    internal static readonly (Workplace Kind, PhraseMatcher Phrases)[] Rules =
    [
        (Workplace.Hybrid, new(Hybrid())),
        (Workplace.Onsite, new(Onsite())),
        (Workplace.Remote, new(Remote())),
        (Workplace.Remote | Workplace.Onsite, new(RemotePossible())),
    ];

    /// <summary>
    /// The workplace a text states (LinkedIn's <c>#LI-Remote</c> tags included), or
    /// <see cref="Workplace.None"/> when it states none.
    /// </summary>
    public static Workplace Read(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Workplace.None;
        }

        if (text.Length > MaxTextLength)
        {
            text = text[..MaxTextLength];
        }

        var tagged = LocationParser.WorkplaceFromHashtags(text);
        if (tagged != Workplace.None)
        {
            return tagged;
        }

        try
        {
            var firm = FirmStatement.Apply(text, static (regex, text) => regex.IsMatch(text));
            foreach (var (kind, phrases) in Rules.AsSpan(firm ? 0 : Rules.Length - 1))
            {
                if (phrases.Apply(text, static (regex, text) => regex.IsMatch(text)))
                {
                    return kind;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
        }

        return Workplace.None;
    }

    private const string HybridPhrases = """
        # English
          \bhybrid[-\s](?:role|position|job|work|working|model|schedule|setup|arrangement|environment|policy|remote)\b
        | \bremote[-\s]hybrid\b
        | \b(?:\d|one|two|three|four)\s+days?\s+(?:a|per|each)\s+week\s+(?:in|at|from)\s+(?:the|our|an?)\s+office\b
        | \b(?:place|mode)\s+of\s+work\s*:\s*hybrid\b
        # French
        | \bt[ée]l[ée]travail\s+partiel\b
        | \b(?:mode|travail|organisation)\s+hybride\b
        | \bt[ée]l[ée]travaill?\w*\s+(?:[àa]\s+raison\s+de\s+|jusqu['’][àa]\s+)?(?:\d|un|deux|trois|quatre)\s+jours?\s+par\s+semaine\b
        | \bpr[ée]sence\s+(?:r[ée]guli[èe]re|n[ée]cessaire|requise|obligatoire)\b[^.\n]{0,60}\bjours?\s+par\s+semaine\b
        # German, Spanish, Dutch
        | \bhybride[sn]?\s+arbeit
        | \bteilweise\s+(?:im\s+)?(?:homeoffice|home-office|remote|mobil)
        | \b\d\s+tage?\s+(?:pro|die|in\s+der)\s+woche\s+(?:im\s+)?(?:homeoffice|home-office|büro|remote|mobil)
        | \b(?:modelo|trabajo|modalidad)\s+h[ií]brid[oa]\b
        | \bhybride?\s+(?:werken|werkplek)\b
        """;

    [GeneratedRegex(HybridPhrases, Phrases, TextInference.TimeoutMs)]
    private static partial Regex Hybrid();

    private const string OnsitePhrases = """
        # English
          \bno\s+telecommut\w*
        | \bnot\s+(?:recruiting|hiring|considering|open\s+to)\s+(?:\w+\s+){0,2}?remote(?:ly)?\b
        | \bnot\s+(?:a\s+)?remote\s+(?:position|role|job)\b
        | \bno\s+remote\s+(?:work|working|option)\b
        | \bremote(?:\s+(?:position|work|working|role))?\s*:\s*no\b
        | \bin[-\s]person\s+(?:position|role|job)\b
        | \b(?:fully|100\s?%|entirely)\s+(?:on[-\s]?site|in[-\s]office)\b
        | \b(?:on[-\s]?site|in[-\s]office)\s+(?:role|position|job|only)\b
        # French
        | \bse\s+d[ée]roulera\b[^.\n]{0,60}\bdans\s+(?:les|nos)\s+locaux\b
        | \bpas\s+de\s+t[ée]l[ée]travail\b
        # French, Spanish
        | \b100\s?%\s+(?:sur\s+site|en\s+pr[ée]sentiel|presencial)\b
        # German
        | \bkein(?:e|en)?\s+(?:homeoffice|home-office|remote)
        """;

    [GeneratedRegex(OnsitePhrases, Phrases, TextInference.TimeoutMs)]
    private static partial Regex Onsite();

    // A line that says only "Location: Remote" (any punctuation or Markdown around it). The punctuation before
    // the key and after "remote" stays on the line, and the colon is the first one after the key, so no two
    // neighbouring repeats take the same character; a text matches exactly when it matches "^[\W_]*key[\W_]*:[\W_]*remote[\W_]*$".
    private const string RemotePhrases = """
        # English
          \b(?:fully|100\s?%|completely|entirely|permanently|exclusively)\s+remote\b
        | \bremote[-\s](?:first|only|friendly)\b
        | \bwork\s+from\s+anywhere\b
        | \b(?:from|de)\s+anywhere\s+in\b
        | \bremote\s+(?:position|role|job|opportunity)\b
        | \b(?:based|performed|done)\s+remotely\b
        | \ball\s+work\s+remotely\b
        | \bfully\s+distributed\b
        | \b100\s?%\s+(?:work\s+from\s+home|home\s?office|home-office|t[ée]l[ée]travail)\b
        # "Location: Remote" alone on its line, in the languages of the key tables
        | (?m:^[\W_-[\n]]*(?:location|lieu|localisation|emplacement|standort|arbeitsort|ubicaci[oó]n|locatie|plaats|ort|lokalizacja)[\W_-[:]]*:[\W_]*remote[\W_-[\n]]*$)
        # French
        | \bt[ée]l[ée]travail\s+(?:complet|total|int[ée]gral)\b
        | \b(?:enti[èe]rement|totalement|compl[èe]tement)\s+(?:[àa]\s+distance|d[ée]centralis[ée]e?|en\s+t[ée]l[ée]travail)\b
        | \bde\s+n['’]importe\s+o[uù]\b
        # German, Spanish, Dutch, Swedish, Polish
        | \b(?:komplett|vollst[äa]ndig|ausschlie(?:ß|ss)lich)\s+(?:remote|im\s+homeoffice)\b
        | \b(?:100\s?%|totalmente|completamente)\s+remoto\b
        | \bvolledig\s+(?:remote|op\s+afstand)\b
        | \bhelt\s+p[åa]\s+distans\b
        | \b(?:w\s+pełni|całkowicie|100\s?%)\s+zdaln
        """;

    [GeneratedRegex(RemotePhrases, Phrases, TextInference.TimeoutMs)]
    private static partial Regex Remote();

    private const string RemotePossiblePhrases = """
        # English
          \bremote\s+(?:ok|okay|considered|possible|welcome|accepted|optional)\b
        | \bremote\s+work(?:ing)?\s*:\s*(?:ok|okay|yes|possible)\b
        | \b(?:open\s+to|will\s+consider|considering)\s+remote\b
        | \b(?:largely|mostly|primarily)\s+work\s+(?:remotely|distributedly)\b
        # French
        | \bt[ée]l[ée]travail(?:ler)?\s+(?:est\s+)?(?:possible|bienvenu|accept[ée]|autoris[ée]|envisageable)
        | \btravail\s+[àa]\s+distance\s+(?:est\s+)?(?:possible|accept[ée]|bienvenu)
        | \bde\s+fa[çc]on\s+r[ée]partie\b
        # German, Spanish, Dutch, Swedish
        | \b(?:homeoffice|home-office|mobiles\s+arbeiten|remote)\s+(?:ist\s+)?m[öo]glich\b
        | \bm[öo]glichkeit\s+(?:zum|zu|für)\s+(?:homeoffice|home-office|mobilen\s+arbeiten|remote)
        | \b(?:teletrabajo\s+(?:posible|opcional)|posibilidad\s+de\s+teletrabajo)\b
        | \bthuiswerken\s+(?:is\s+)?mogelijk\b
        | \bm[öo]jlighet\s+(?:till|att)\s+(?:arbeta\s+)?(?:p[åa]\s+)?distans
        """;

    [GeneratedRegex(RemotePossiblePhrases, Phrases, TextInference.TimeoutMs)]
    private static partial Regex RemotePossible();

    [GeneratedRegex(HybridPhrases + "\n|\n" + OnsitePhrases + "\n|\n" + RemotePhrases, Phrases, TextInference.TimeoutMs)]
    private static partial Regex HybridOnsiteOrRemote();
}
