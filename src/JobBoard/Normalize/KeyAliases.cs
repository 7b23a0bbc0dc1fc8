using System.Collections.Frozen;

namespace JobBoard.Normalize;

/// <summary>
/// Every key spelling postings use for a field, in one table: front-matter keys of any schema
/// (<c>companyName</c>, <c>company_name</c>, <c>hiringOrganization.name</c>), footer keys
/// (<c>**Salary Range:**</c>) and section titles ("Keywords"). Keys match ignoring case and style:
/// <c>_</c>, <c>-</c>, spaces and dots are dropped before comparing. A field's fallback keys count
/// only after its keys, in the order listed (<see cref="Rank"/>).
/// </summary>
/// <remarks>
/// Deliberate choices, from the seeds: <c>type</c> and <c>jobType</c> are the department (seed 000
/// <c>type: Engineering</c>, seed 001 <c>jobType: "software"</c>), never the employment type;
/// <c>host</c> and <c>summaryBackup</c> (seed 001) are not aliases: the caller keeps them for
/// templates. <c>name</c> is left out (job title, company or contact person?), and so is
/// <c>permalink</c> (a path pattern, not a slug). Boards' schemas, each shared by many sites:
/// Jekyll job boards (<c>role</c>, <c>contact</c>), Staticman forms (<c>organization</c>,
/// <c>date_posted</c>, <c>how_to_apply</c>, <c>status</c>), pythonjobs (<c>contact.email</c> is
/// where applicants write; <c>url</c> is the company's homepage, so it is the last resort),
/// Hugo/Airtable exports (<c>link</c>, <c>sort_date</c>, <c>closing_date</c>, <c>a_job_type</c>),
/// ATS syncs (Lever's <c>archived</c>), scraped schema.org JobPosting (<c>applicationUri</c>,
/// <c>postedDate</c>, <c>closedDate</c>), French boards (<c>contrat</c>, <c>post_ouvert</c>,
/// <c>poste_ferme</c>, <c>poste_pourvu</c>, <c>friend</c> for a partner organisation, <c>startup</c>
/// for the product's slug).
/// </remarks>
public static class KeyAliases
{
    /// <summary>The alias table, in the spelling suggestions show. Add a spelling here to teach it.</summary>
    private static readonly (PostingField Field, string[] Keys, string[] Fallbacks)[] Table =
    [
        (PostingField.Title, ["title", "jobTitle", "position", "positionTitle"], ["role", "roles"]),
        (PostingField.Company, ["company", "companyName", "hiringOrganization", "hiringOrganization.name", "employer", "organization", "organisation", "friend"], []),
        (PostingField.CompanySlug, ["startup", "companySlug"], []),
        (PostingField.CompanyWebsite, ["companyWebsite", "companyUrl", "hiringOrganization.sameAs", "hiringOrganization.url", "website", "companyHomepage", "org_url", "organizationUrl"], []),
        (PostingField.CompanyLogo, ["companyLogo", "logo", "logoUrl", "hiringOrganization.logo"], []),
        (PostingField.Department, ["department", "type", "jobType", "category", "jobCategory", "team", "occupationalCategory", "equipe"], []),
        (PostingField.Location, ["location", "locations", "jobLocation", "city", "office", "offices"], []),
        (PostingField.Workplace, ["workplace", "remote", "workplaceType", "locationType", "jobLocationType", "remoteType", "jobLocation.workplace"], []),
        (PostingField.RemoteRegion, ["remoteRegion", "applicantLocationRequirements", "remoteLocation"], []),
        (PostingField.EmploymentType, ["employmentType", "employment", "contractType", "contract", "jobEmploymentType", "employmentType.original",
            "a_job_type", "contrat", "typeDeContrat", "anstellungsart", "vertragsart", "beschäftigungsart", "tipoDeContrato", "jornada",
            "dienstverband", "contractvorm", "anställningsform", "rodzajUmowy", "typUmowy"], []),
        (PostingField.Experience, ["experience", "experienceLevel", "seniority", "seniorityLevel", "level", "experienceRequirements"], []),
        (PostingField.Salary, ["salary", "salaryRange", "baseSalary", "estimatedSalary", "compensation", "pay", "payRange", "wage", "salary.original",
            "salaire", "rémunération", "gehalt", "vergütung", "salario", "sueldo", "salaris", "lön", "wynagrodzenie"], []),
        (PostingField.SalaryMin, ["salaryMin", "minSalary", "baseSalary.value.minValue"], []),
        (PostingField.SalaryMax, ["salaryMax", "maxSalary", "baseSalary.value.maxValue"], []),
        (PostingField.SalaryCurrency, ["salaryCurrency", "currency", "baseSalary.currency"], []),
        (PostingField.SalaryPeriod, ["salaryPeriod", "unitText", "baseSalary.value.unitText", "payPeriod"], []),
        (PostingField.Tags, ["tags", "hashtags", "skills", "keywords", "stack", "techStack", "technicalStack", "technologies", "keywordsForMatching",
            "techno", "technos", "compétences", "technologien", "kenntnisse", "tecnologías", "vaardigheden", "kompetenser", "umiejętności"], []),
        (PostingField.DatePosted, ["date", "datePosted", "timestamp", "publishedAt", "published", "postedAt", "posted", "postedDate", "created", "createdAt", "pubDate", "date_posted", "sort_date", "post_ouvert", "poste_ouvert"], []),
        (PostingField.ValidThrough, ["validThrough", "expires", "expiresAt", "expiryDate", "expirationDate", "closingDate", "closedDate", "deadline", "applicationDeadline", "poste_ferme", "depublication_date"], []),
        (PostingField.Archived, ["archived", "closed", "expired", "filled", "poste_pourvu"], []),
        (PostingField.Open, ["open", "isOpen"], []),
        (PostingField.Status, ["status", "jobStatus"], []),
        (PostingField.ApplyUrl, ["applyUrl", "applicationUrl", "applicationUri", "apply", "applyLink", "howToApply"],
            ["contact.url", "contact.email", "contact", "contactEmail", "email", "link", "url"]),
        (PostingField.Summary, ["summary", "excerpt", "description"], []),
        (PostingField.Featured, ["featured", "sticky", "pinned"], []),
        (PostingField.Slug, ["slug"], []),
        (PostingField.RedirectFrom, ["redirectFrom", "redirect_from", "aliases"], []),
    ];

    private static readonly FrozenDictionary<string, (PostingField Field, int Rank)> ByKey = Table
        .SelectMany(row => row.Keys.Select(key => (Key: Simplify(key), Meaning: (row.Field, 0)))
            .Concat(row.Fallbacks.Select((key, i) => (Key: Simplify(key), Meaning: (row.Field, i + 1)))))
        .DistinctBy(pair => pair.Key)
        .ToFrozenDictionary(pair => pair.Key, pair => pair.Meaning, StringComparer.Ordinal);

    private static readonly (string Simple, string Spelling)[] Spellings = Table
        .SelectMany(row => row.Keys.Concat(row.Fallbacks))
        .Select(key => (Simplify(key), key))
        .ToArray();

    /// <summary>Keys longer than this are never aliases and get no suggestion.</summary>
    private const int MaxKeyLength = 64;

    /// <summary>The field a key means, or null for a key we do not know (the caller keeps it).</summary>
    public static PostingField? Resolve(string key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > MaxKeyLength)
        {
            return null;
        }

        return ByKey.TryGetValue(Simplify(key), out var meaning) ? meaning.Field : null;
    }

    /// <summary>
    /// 0 for a field's own keys; 1, 2… for its fallback keys in table order, which count only when
    /// no better key has a value (<c>roles</c> when there is no <c>title</c>; for the apply link,
    /// a contact before the <c>url</c> that is often only the company's homepage).
    /// </summary>
    public static int Rank(string key) =>
        !string.IsNullOrEmpty(key) && key.Length <= MaxKeyLength && ByKey.TryGetValue(Simplify(key), out var meaning) ? meaning.Rank : 0;

    /// <summary>
    /// For an unknown key, the nearest alias spelling ("aplyUrl" → "applyUrl", "compnay" →
    /// "company"), within 2 edits (1 for keys of up to 4 letters, where 2 edits make anything
    /// look alike); a swap of two neighbouring letters counts as one edit. Null when nothing is
    /// that close, or when the key is already known.
    /// </summary>
    public static string? Suggest(string unknownKey)
    {
        if (string.IsNullOrEmpty(unknownKey) || unknownKey.Length > MaxKeyLength || Resolve(unknownKey) is not null)
        {
            return null;
        }

        // A part of a known object (hiringOrganization.id) is data of that object, not a typo.
        var dot = unknownKey.LastIndexOf('.');
        var simple = Simplify(unknownKey);
        if (simple.Length == 0 || (dot > 0 && Resolve(unknownKey[..dot]) is not null))
        {
            return null;
        }

        var allowed = simple.Length <= 4 ? 1 : 2;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (candidate, spelling) in Spellings)
        {
            var distance = EditDistance.Bounded(simple, candidate, allowed);
            if (distance <= allowed && distance < bestDistance)
            {
                (best, bestDistance) = (spelling, distance);
            }
        }

        return best;
    }

    private static string Simplify(string key)
    {
        Span<char> buffer = key.Length <= 256 ? stackalloc char[key.Length] : new char[key.Length];
        var length = 0;
        foreach (var c in key)
        {
            if (c is not ('_' or '-' or ' ' or '.' or '\t'))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }
}
