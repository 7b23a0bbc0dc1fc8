namespace JobBoard.Normalize;

/// <summary>
/// Scraped titles often carry the company and place: "Site Reliability Engineer - Tidewater
/// Health - Austin, TX" or "Backend Engineer at Acme". When a part is exactly the company's
/// name, the title is what comes before it and the parts after it are left for the location.
/// A title such as "Senior Software Engineer - Backend/Infrastructure" (no company part) is kept whole.
/// </summary>
internal static class TitleParts
{
    /// <summary>What joins the parts of a title: "Designer - Acme - Remote".</summary>
    internal static readonly string[] Separators = [" - ", " – ", " — ", " | "];

    public static (string? Title, IReadOnlyList<string> After) Split(string? title, string? company)
    {
        if (title is null || string.IsNullOrWhiteSpace(company))
        {
            return (title, []);
        }

        var at = " at " + company;
        if (title.EndsWith(at, StringComparison.OrdinalIgnoreCase) && title.Length > at.Length)
        {
            return (title[..^at.Length].Trim(), []);
        }

        var parts = title.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var index = Array.FindIndex(parts, p => string.Equals(p, company.Trim(), StringComparison.OrdinalIgnoreCase));
        return index > 0 ? (string.Join(" - ", parts[..index]), parts[(index + 1)..]) : (title, []);
    }
}
