using System.Globalization;

namespace JobBoard.Model;

/// <summary>A pay range. At least one of <see cref="Min"/> and <see cref="Max"/> is set.</summary>
/// <param name="Currency">ISO 4217 code, e.g. <c>USD</c>.</param>
public sealed record Salary(decimal? Min, decimal? Max, string Currency, SalaryPeriod Period);

/// <summary>The hiring organization.</summary>
public sealed record Company(string Name, string? Website = null, string? Logo = null);

/// <summary>
/// Where a job is: one canonical place per city, so "London", "London, UK" and "London, England"
/// are one location page. Made by <c>PlaceResolver</c> from the location as written.
/// </summary>
/// <param name="Label">What pages show and location slugs are made of: "London, United Kingdom",
/// "Austin, Texas, United States" (the region only where the country has two cities of the name),
/// "Texas, United States", "Canada", or the text as written when nothing in it is known.</param>
/// <param name="Locality">The city as GeoNames spells it ("Munich" for "München"), or the town as
/// written; null when the place is a whole region or country.</param>
/// <param name="Region">The first-level division's English name ("Texas", "England"), when known.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code ("GB"), when the text names or implies one.</param>
public sealed record Place(string Label, string? Locality, string? Region, string? Country)
{
    public override string ToString() => Label;
}

/// <summary>An experience level or a range of them ("Mid to Senior").</summary>
public sealed record Experience(ExperienceLevel From, ExperienceLevel To)
{
    public Experience(ExperienceLevel level)
        : this(level, level)
    {
    }

    /// <summary><c>senior</c>, or <c>mid-senior</c> for a range.</summary>
    public override string ToString() =>
        From == To ? Name(From) : $"{Name(From)}-{Name(To)}";

    private static string Name(ExperienceLevel level) => level.ToString().ToLowerInvariant();
}

public static class ModelText
{
    /// <summary>The schema.org spelling: FULL_TIME, PART_TIME, CONTRACTOR, ...</summary>
    public static string ToSchemaOrg(this EmploymentType type) => type switch
    {
        EmploymentType.FullTime => "FULL_TIME",
        EmploymentType.PartTime => "PART_TIME",
        EmploymentType.PerDiem => "PER_DIEM",
        _ => type.ToString().ToUpperInvariant(),
    };

    /// <summary>Human label: "Full-time", "Contract", ...</summary>
    public static string ToLabel(this EmploymentType type) => type switch
    {
        EmploymentType.FullTime => "Full-time",
        EmploymentType.PartTime => "Part-time",
        EmploymentType.Contractor => "Contract",
        EmploymentType.Temporary => "Temporary",
        EmploymentType.Intern => "Internship",
        EmploymentType.Volunteer => "Volunteer",
        EmploymentType.PerDiem => "Per diem",
        _ => "Other",
    };

    /// <summary>"full-time", "part-time", "contract", ...: the label as a URL value and a key of the theme's UI text.</summary>
    public static string ToValue(this EmploymentType type) => type.ToLabel().ToLowerInvariant().Replace(' ', '-');

    /// <summary>schema.org unitText: HOUR, DAY, WEEK, MONTH, YEAR.</summary>
    public static string ToSchemaOrg(this SalaryPeriod period) => period.ToString().ToUpperInvariant();

    /// <summary>Lower-case names of the set flags, in remote, hybrid, onsite order.</summary>
    public static IEnumerable<string> Names(this Workplace workplace)
    {
        if (workplace.HasFlag(Workplace.Remote))
        {
            yield return "remote";
        }

        if (workplace.HasFlag(Workplace.Hybrid))
        {
            yield return "hybrid";
        }

        if (workplace.HasFlag(Workplace.Onsite))
        {
            yield return "onsite";
        }
    }

    public static string ToIsoDate(this DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, stackalloc char[10], $"{date:yyyy-MM-dd}");
}
