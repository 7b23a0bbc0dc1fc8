using System.Collections.Frozen;
using JobBoard.Model;

namespace JobBoard.Normalize;

/// <summary>
/// The words <see cref="EmploymentTypeParser"/> understands, per language, with the rank that
/// decides between several in one value (a contract nature beats the hours, see the parser).
/// Extend these tables (and employment-type.txt) when postings write a type we do not read yet.
/// </summary>
internal static class EmploymentTypeVocabulary
{
    internal const int Permanent = 0;
    internal const int Hours = 1;
    internal const int Contract = 2;
    internal const int FixedTerm = 3;
    internal const int Unpaid = 4;
    internal const int Training = 5;

    /// <summary>
    /// Phrases (lower case, words separated by one space, at most four words) to the type they
    /// mean. Permanent / CDI / unbefristet say "not fixed term", so full time unless the hours
    /// say part time. "Working student" / "Werkstudent" is a part-time contract for students.
    /// "Apprenticeship" and "alternance" have no schema.org value and stay unknown rather than
    /// forced into Intern. French "contrat" and Polish "umowa" just mean "contract of employment".
    /// </summary>
    private static readonly (EmploymentType Type, int Rank, string[] Phrases)[] Table =
    [
        (EmploymentType.FullTime, Permanent,
        [
            "permanent", "perm", "permanent contract", "cdi", "contrat à durée indéterminée", "durée indéterminée",
            "long term employment", "festanstellung", "unbefristet", "unbefristete", "unbefristeter", "unbefristeten", "unbefristetes", "indefinido", "contrato indefinido",
            "vast contract", "vaste aanstelling", "tillsvidare", "tillsvidareanställning", "umowa o pracę",
        ]),
        (EmploymentType.FullTime, Hours,
        [
            "full time", "fulltime", "fte", "temps plein", "temps complet", "vollzeit", "tiempo completo",
            "jornada completa", "voltijd", "heltid", "pełny etat", "pełen etat", "pełnym etacie",
        ]),
        (EmploymentType.PartTime, Hours,
        [
            "part time", "parttime", "temps partiel", "teilzeit", "tiempo parcial", "medio tiempo", "media jornada",
            "deeltijd", "deltid", "część etatu", "pół etatu", "niepełny etat",
        ]),
        (EmploymentType.PerDiem, Hours, ["per diem", "perdiem"]),
        (EmploymentType.Contractor, Contract,
        [
            "contract", "contractor", "contract to hire", "freelance", "freelancer", "freelancing", "1099",
            "indépendant", "independant", "indépendante", "prestataire", "portage salarial", "freiberuflich",
            "freie mitarbeit", "consultant", "autónomo", "autonomo", "zzp", "zzp er", "konsult", "konsultuppdrag", "b2b",
            "umowa zlecenie", "umowa o dzieło",
        ]),
        (EmploymentType.Temporary, FixedTerm,
        [
            "temporary", "temp", "fixed term", "fixed term contract", "ftc", "seasonal", "term position",
            "cdd", "contrat à durée déterminée", "durée déterminée", "vacataire", "befristet", "befristete",
            "befristeter", "befristeten", "befristetes", "contrato temporal", "temporal", "tijdelijk", "tijdelijk contract", "visstid",
            "visstidsanställning", "vikariat", "umowa na czas określony",
        ]),
        (EmploymentType.PartTime, FixedTerm, ["working student", "werkstudent", "werkstudentin"]),
        (EmploymentType.Intern, Training,
        [
            "internship", "intern", "stage", "stagiaire", "praktikum", "praktikant", "praktikantin", "prácticas",
            "practicas", "becario", "becaria", "stagiair", "stageplaats", "praktik", "praktikant", "staż",
            "praktyki", "stażysta",
        ]),
        (EmploymentType.Volunteer, Unpaid, ["volunteer", "volunteering", "gratis", "unpaid", "pro bono", "bénévole", "bénévolat", "ehrenamtlich", "voluntario", "vrijwilliger", "ideell"]),
    ];

    public static readonly FrozenDictionary<string, (EmploymentType Type, int Rank)> Terms = Table
        .SelectMany(row => row.Phrases.Select(phrase => (phrase, (row.Type, row.Rank))))
        .DistinctBy(entry => entry.phrase)
        .ToFrozenDictionary(entry => entry.phrase, entry => entry.Item2, StringComparer.Ordinal);
}
