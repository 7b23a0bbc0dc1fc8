namespace JobBoard.Normalize;

/// <summary>The fields a posting key can mean, whatever its spelling (see <see cref="KeyAliases"/>).</summary>
public enum PostingField
{
    Title,
    Company,
    /// <summary>The company as a slug (<c>startup: dora</c>): shown as the text spells it, when it does.</summary>
    CompanySlug,
    CompanyWebsite,
    CompanyLogo,
    Department,
    Location,
    Workplace,
    RemoteRegion,
    EmploymentType,
    Experience,
    Salary,
    SalaryMin,
    SalaryMax,
    SalaryCurrency,
    SalaryPeriod,
    Tags,
    DatePosted,
    ValidThrough,
    Archived,
    /// <summary><c>open: false</c>: the job is filled, so the posting is archived.</summary>
    Open,
    /// <summary><c>status: closed</c>, <c>filled</c>…: archived; <c>open</c>, <c>live</c>…: not.</summary>
    Status,
    ApplyUrl,
    Summary,
    Featured,
    Slug,
    RedirectFrom,
}
