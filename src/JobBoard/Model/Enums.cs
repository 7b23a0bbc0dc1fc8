namespace JobBoard.Model;

/// <summary>How a posting file is written; sniffed from its content, never its extension.</summary>
public enum PostingFormat
{
    /// <summary>YAML front matter followed by a Markdown body.</summary>
    FrontMatterMarkdown,

    /// <summary>Markdown without front matter: metadata lives in headings, footers and sections.</summary>
    PlainMarkdown,

    /// <summary>Plain text, typically scraped from a careers page.</summary>
    Text,

    /// <summary>A whole HTML document without front matter (a Docutils page, a saved careers page).</summary>
    Html,

    /// <summary>reStructuredText: underlined section titles, field lists.</summary>
    ReStructuredText,
}

/// <summary>Where the work happens. A posting may allow several (e.g. hybrid or remote).</summary>
[Flags]
public enum Workplace
{
    None = 0,
    Remote = 1,
    Hybrid = 2,
    Onsite = 4,
}

/// <summary>schema.org employmentType values.</summary>
public enum EmploymentType
{
    FullTime,
    PartTime,
    Contractor,
    Temporary,
    Intern,
    Volunteer,
    PerDiem,
    Other,
}

public enum ExperienceLevel
{
    Junior,
    Mid,
    Senior,
    Lead,
}

public enum SalaryPeriod
{
    Hour,
    Day,
    Week,
    Month,
    Year,
}
