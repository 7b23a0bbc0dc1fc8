namespace JobBoard.Normalize;

/// <summary>The fields a posting key can mean, whatever its spelling (see <see cref="KeyAliases"/>).</summary>
public enum PostingField
{
    Title,
    Company,
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
    ApplyUrl,
    Summary,
    Featured,
    Slug,
    RedirectFrom,
}
