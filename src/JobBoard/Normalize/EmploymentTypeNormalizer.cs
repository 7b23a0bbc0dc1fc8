using System.Collections.Frozen;
using System.Text.RegularExpressions;
using JobBoard.Ingest;
using JobBoard.Model;

namespace JobBoard.Normalize;

/// <summary>
/// The employment type of a posting: from a type field, the title ("Full-time UX Designer",
/// "Senior Designer - 12 month FTC"), a labelled line of the body ("Contrat : stage de 4 mois",
/// "Anstellungsart: Vollzeit"), a sentence that states it ("a 2 year-term position", "un CDI"),
/// and last an unpaid compensation ("compensation: gratis" is volunteering).
/// </summary>
/// <remarks>
/// A field and the title are read together and the contract nature wins (see
/// <see cref="EmploymentTypeParser"/>): scraped boards write "Full-time, Contract" for a
/// fixed-term contract whose title says "FTC". The body speaks only when neither does.
/// </remarks>
internal static partial class EmploymentTypeNormalizer
{
    /// <summary>Words that name a role or a thing in a title or a sentence, not a type:
    /// "Contract Manager", "Early Stage Investor", "Volunteer Coordinator", "B2B Sales".</summary>
    private static readonly FrozenSet<string> Ambiguous = new[]
    {
        "contract", "consultant", "stage", "temporal", "perm", "volunteer", "b2b", "konsult", "fte", "intern",
        "temp", "temporary", "permanent", "freelance", "freelancer", "praktik", "full time", "part time",
        "term position", "1099",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Of <see cref="Ambiguous"/>, the ones a title may still use ("Temp Software Developer",
    /// "Design Intern", "Illustrator - Freelance position", "Full-time UX Designer").</summary>
    private static readonly FrozenSet<string> AmbiguousInTitles =
        Ambiguous.Except(["temp", "temporary", "intern", "freelance", "freelancer", "full time", "part time", "1099"])
            .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The sentences of a body that state a type (<see cref="Statement"/>).</summary>
    internal static readonly PhraseMatcher Statements = new(Statement());

    /// <param name="typeInDepartment">A department field whose value is a type ("type: Internship").</param>
    public static EmploymentType? Normalize(
        RawPosting raw, FieldCandidates fields, NormalizeContext context, string? title, RawField? typeInDepartment)
    {
        RawField? source = null;
        (EmploymentType Type, int Rank)? best = null;
        foreach (var field in typeInDepartment is null ? fields.All(PostingField.EmploymentType) : [typeInDepartment])
        {
            if (EmploymentTypeParser.Read(string.Join(", ", field.Values), null) is not { } read)
            {
                context.Warning(DiagnosticCodes.UnparsedValue, field.Line,
                    $"cannot read employmentType from '{PostingNormalizer.Shorten(field.Value)}'", column: field.Column);
            }
            else if (best is null || read.Rank > best.Value.Rank)
            {
                (best, source) = (read, field);
            }
        }

        if (EmploymentTypeParser.Read(title, AmbiguousInTitles) is { } fromTitle && (best is null || fromTitle.Rank > best.Value.Rank))
        {
            return context.TakeInferred("employmentType", "title words", fromTitle.Type);
        }

        // Boards write "Full-time, Contract" for a fixed-term contract of employment too; the text
        // tells which ("Contract type: Fixed Term Contract"), and a contract nature beats the hours.
        if (best is { Rank: > EmploymentTypeVocabulary.Permanent and < EmploymentTypeVocabulary.FixedTerm }
            && BodyStatements(raw).Where(s => s.Type == EmploymentType.Temporary).Select(s => (int?)s.Index).FirstOrDefault() is { } fixedTerm)
        {
            return Inferred(raw, context, fixedTerm, EmploymentType.Temporary);
        }

        if (best is { } explicitType)
        {
            return context.Take("employmentType", source!, explicitType.Type);
        }

        return FromBody(raw, context) ?? FromCompensation(fields, context);
    }

    /// <summary>The first labelled line that states a type, else the statement of the highest rank.</summary>
    private static EmploymentType? FromBody(RawPosting raw, NormalizeContext context)
    {
        (EmploymentType Type, int Rank, int Index, bool Labelled)? best = null;
        foreach (var statement in BodyStatements(raw))
        {
            if (statement.Labelled)
            {
                return Inferred(raw, context, statement.Index, statement.Type);
            }

            best = best is null || statement.Rank > best.Value.Rank ? statement : best;
        }

        return best is { } found ? Inferred(raw, context, found.Index, found.Type) : null;
    }

    /// <summary>Every labelled line and sentence of the body that states a type, labelled lines first.</summary>
    private static IEnumerable<(EmploymentType Type, int Rank, int Index, bool Labelled)> BodyStatements(RawPosting raw)
    {
        foreach (var line in AllMatches(LabelledLine(), raw.Body))
        {
            if (EmploymentTypeParser.Read(line.Groups["value"].Value, null) is { } read)
            {
                yield return (read.Type, read.Rank, line.Index, true);
            }
        }

        foreach (var statement in Statements.Apply(raw.Body, AllMatches))
        {
            if (EmploymentTypeParser.Read(statement.Value, null) is { } read)
            {
                yield return (read.Type, read.Rank, statement.Index, false);
            }
        }
    }

    /// <summary>The matches in <paramref name="body"/>, none when matching takes longer than the timeout.</summary>
    private static IReadOnlyList<Match> AllMatches(Regex regex, string body)
    {
        try
        {
            var matches = regex.Matches(body);
            _ = matches.Count; // finds them all here, where a timeout is caught
            return matches;
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }

    /// <summary>
    /// Gig boards (Staticman forms) write <c>compensation: gratis</c> for unpaid work, and
    /// <c>compensation: paid</c> beside the <c>deliverables</c> of a one-off piece of work: a contract.
    /// </summary>
    private static EmploymentType? FromCompensation(FieldCandidates fields, NormalizeContext context)
    {
        if (fields.First(PostingField.Salary) is not { } compensation)
        {
            return null;
        }

        var value = PostingNormalizer.Clean(compensation.Value).ToLowerInvariant();
        if (EmploymentTypeParser.Parse(value) == EmploymentType.Volunteer)
        {
            return context.Take("employmentType", compensation, EmploymentType.Volunteer);
        }

        return value == "paid" && fields.Extra.TryGetValue("deliverables", out var deliverables) && deliverables.Trim().Length > 0
            ? context.Take("employmentType", compensation, EmploymentType.Contractor)
            : null;
    }

    private static EmploymentType Inferred(RawPosting raw, NormalizeContext context, int index, EmploymentType type)
    {
        var line = raw.BodyLine + raw.Body.AsSpan(0, index).Count('\n');
        return context.TakeInferred("employmentType", $"inferred from text (line {line})", type);
    }

    // Keys of body lines that state the type ("Type de contrat : Stage"), one language a line ("#" starts a comment;
    // white space is ignored, "\s+" stands for the spaces between words). Compiled with the build and matched by
    // backtracking: in each pattern of this class no two neighbouring unbounded repeats take the same character, so
    // matching stays linear in the body whatever it holds (WorkplaceStatements).
    [GeneratedRegex("""
        (?im)^[\x20\t>*•·+–-]*(?:\*\*|__)?
        (?<key>
            # English
              type | contract | contract\s+type | employment | employment\s+type | job\s+type | position\s+type | hours
            # French
            | contrat | type\s+de\s+contrat | type\s+de\s+poste | statut
            # German
            | anstellungsart | anstellung | vertragsart | beschäftigungsart | arbeitszeit
            # Spanish, Dutch, Swedish, Polish
            | tipo\s+de\s+contrato | tipo\s+de\s+empleo | jornada | dienstverband | contractvorm | anställningsform
            | omfattning | rodzaj\s+umowy | typ\s+umowy | forma\s+zatrudnienia | wymiar\s+pracy | wymiar\s+etatu
        )
        (?:\*\*|__)?[\x20\t]*:[\x20\t]*(?:\*\*|__)?(?<value>[^\n]{1,160})
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace, TextInference.TimeoutMs)]
    private static partial Regex LabelledLine();

    /// <summary>Sentences that state the type with words that are ambiguous alone.</summary>
    [GeneratedRegex("""
        # English
          \b(?:full[-\s]?time|part[-\s]?time|permanent|temporary|fixed[-\s]term|freelance|contract|contractor|volunteer)\s+(?:position|role|job|contract|basis|opportunity|post|employment|assignment)\b
        | \b(?:an?|this|paid|unpaid)\s+internship\b
        | \bfixed[-\s]term\s*:
        | \b\d+[-\s](?:year|month)[-\s]term\s+position\b
        | \b1099\b
        | \blong[-\s]term\s+employment\b
        # French
        | (?-i:\bCD[ID]\b)
        | \bstage\s+(?:de\s+\d|d['’]une\s+dur[ée]e|conventionn[ée])
        | \b(?:en|ton|votre|offre\s+de)\s+stage\b
        | \bstatut\s+(?:d['’])?ind[ée]pendant
        | \bpour\s+une?\s+ind[ée]pendante?\b
        | \btemps\s+(?:plein|partiel|complet)\b
        | \bdur[ée]e\s+(?:ind[ée]termin[ée]e|d[ée]termin[ée]e)\b
        # German, Spanish, Dutch, Swedish, Polish
        | \b(?:vollzeit|teilzeit|festanstellung|unbefristet\w*|befristet\w*|werkstudent\w*|praktikum|freiberuflich)\b
        | \b(?:tiempo\s+(?:completo|parcial)|jornada\s+completa|media\s+jornada|contrato\s+(?:indefinido|temporal)|pr[áa]cticas)\b
        | \b(?:voltijd|deeltijd|vast\s+contract|tijdelijk\s+contract|stageplaats)\b
        | \b(?:heltid|deltid|tillsvidareanställning|visstidsanställning)\b
        | \b(?:pełny\s+etat|pełen\s+etat|umowa\s+o\s+pracę|umowa\s+zlecenie)\b
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace, TextInference.TimeoutMs)]
    private static partial Regex Statement();
}
