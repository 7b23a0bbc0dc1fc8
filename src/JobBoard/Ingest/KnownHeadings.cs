using System.Collections.Frozen;
using System.Collections.Immutable;

namespace JobBoard.Ingest;

/// <summary>
/// The heading tables the ingest readers recognize. Rules are data: to teach the parser a new
/// heading, add it here (and a test case). Comparisons are ordinal and case-insensitive.
/// </summary>
public static class KnownHeadings
{
    /// <summary>
    /// Markdown sections whose items are skills or technologies; each item becomes a value of a
    /// <see cref="FieldOrigin.Section"/> field. Seed 000 has "Our stack", seed 002 "Keywords" and
    /// "Technical Stack", seed 003 "Keywords for Matching".
    /// </summary>
    public static readonly FrozenSet<string> ListSections = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "Keywords",
        "Keywords for Matching",
        "Technical Stack",
        "Tech Stack",
        "Technology Stack",
        "Our stack",
        "Our tech stack",
        "Stack",
        "Skills",
        "Technologies",
        "Tools",
        "Tags");

    /// <summary>
    /// Section headings of scraped text postings, found even when glued to the surrounding
    /// words (seed 004: <c>DescriptionConfluent is</c>, <c>About the Role:The next</c>,
    /// <c>experienceCome As You AreAt Confluent</c>). Longest first so that "About the Role"
    /// wins over "The Role".
    /// </summary>
    /// <remarks>An immutable array, so that the glued-text scan, which tries them at every capital letter, enumerates them without allocating.</remarks>
    public static readonly ImmutableArray<string> TextSections = new[]
    {
        "Description",
        "Job Description",
        "About the Role",
        "About the Job",
        "About the Position",
        "About the Team",
        "About Us",
        "About You",
        "About the Company",
        "The Role",
        "The Team",
        "The Opportunity",
        "Overview",
        "Role Overview",
        "Company Overview",
        "What You Will Do",
        "What You'll Do",
        "What You Will Bring",
        "What You'll Bring",
        "What We Offer",
        "What We're Looking For",
        "What We Are Looking For",
        "What You Need",
        "What You'll Need",
        "Requirements",
        "Minimum Requirements",
        "Responsibilities",
        "Key Responsibilities",
        "Qualifications",
        "Minimum Qualifications",
        "Preferred Qualifications",
        "Basic Qualifications",
        "Benefits",
        "Perks",
        "Perks and Benefits",
        "Compensation",
        "Come As You Are",
        "Who You Are",
        "Nice to Have",
        "Bonus Points",
        "Why Join Us",
        "How to Apply",
        "Your Responsibilities",
        "Your Profile",
        "Our Stack",
        "Tech Stack",
    }.OrderByDescending(h => h.Length).ThenBy(h => h, StringComparer.Ordinal).ToImmutableArray();

    /// <summary>
    /// Sections that say how to reach the employer: the first e-mail address or link in one is
    /// the way to apply, as in postings that end with "Contact Info:" or "Kontakt" and a name
    /// with an address.
    /// </summary>
    public static readonly FrozenSet<string> ContactSections = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "Contact",
        "Contacts",
        "Contact Info",
        "Contact Information",
        "Contact Us",
        "How to Apply",
        "Apply",
        "Application",
        "Kontakt",
        "Kontakt Information",
        "Kontaktinformationen",
        "Ansprechpartner",
        "Bewerbung",
        "Postuler",
        "Candidature");

    /// <summary>True when <paramref name="text"/> (trimmed, trailing colon ignored) heads a contact section.</summary>
    public static bool IsContactSection(string text) => ContactSections.Contains(Clean(text));

    private static readonly FrozenSet<string> TextSectionSet =
        TextSections.Select(FoldApostrophes).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="text"/> (trimmed, trailing colon ignored) is a list section heading.</summary>
    public static bool IsListSection(string text) => ListSections.Contains(Clean(text));

    /// <summary>True when <paramref name="text"/> (trimmed, trailing colon ignored) is a text section heading.</summary>
    public static bool IsTextSection(string text) => TextSectionSet.Contains(FoldApostrophes(Clean(text)));

    /// <summary>Scraped pages use typographic apostrophes (<c>What You’ll Do</c>); the table uses ASCII.</summary>
    internal static string FoldApostrophes(string text) => text.Replace('\u2019', '\'').Replace('\u2018', '\'');

    private static string Clean(string text) => text.Trim().TrimEnd(':').TrimEnd();
}
