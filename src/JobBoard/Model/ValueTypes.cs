using System.Globalization;

namespace JobBoard.Model;

/// <summary>A pay range. At least one of <see cref="Min"/> and <see cref="Max"/> is set.</summary>
/// <param name="Currency">ISO 4217 code, e.g. <c>USD</c>.</param>
public sealed record Salary(decimal? Min, decimal? Max, string Currency, SalaryPeriod Period);

/// <summary>The hiring organization.</summary>
public sealed record Company(string Name, string? Website = null, string? Logo = null);

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
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
