using System.Text.Json;
using JobBoard.Model;
using JobBoard.Normalize;
using JobBoard.Site;

namespace JobBoard.Render;

/// <summary>
/// schema.org JobPosting structured data for Google for Jobs. Only what the posting supports is
/// written: no placeholders. The default JSON encoder escapes <c>&lt;</c>, <c>&gt;</c> and
/// <c>&amp;</c>, so no value can close the script element or open a comment.
/// </summary>
public static class JobPostingJsonLd
{
    /// <param name="bodyHtml">The description as safe HTML; null for an empty one.</param>
    /// <param name="profile">The company's profile, whose logo and links the hiring organization gets.</param>
    /// <returns>The JSON in this thread's JSON buffer (<see cref="JsonBytes.Borrowed"/>): a page places it before any other
    /// JSON is written on its thread. A page's JSON-LD is about as long as its body, and made into a string it was 4% of
    /// what a build allocates.</returns>
    public static Markup Build(Posting posting, Markup? bodyHtml, SiteConfig config, CompanyProfile? profile = null) =>
        new(JsonBytes.Borrowed(default, json =>
    {
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org/");
        json.WriteString("@type", "JobPosting");
        json.WriteString("title", posting.Title);
        json.WriteString("description"u8, bodyHtml is null ? default : bodyHtml.Utf8);
        json.WriteString("url", config.Absolute(SiteModel.JobPath(posting)));
        if (posting.DatePosted is { } posted)
        {
            json.WriteString("datePosted", posted.ToIsoDate());
        }

        if (ValidThrough(posting, config) is { } until)
        {
            json.WriteString("validThrough", until.ToIsoDate());
        }

        if (posting.EmploymentType is { } type)
        {
            json.WriteString("employmentType", type.ToSchemaOrg());
        }

        WriteOrganization(json, posting.Company, profile, config);
        WriteLocation(json, posting);
        WriteSalary(json, posting.Salary);
        json.WriteStartObject("identifier");
        json.WriteString("@type", "PropertyValue");
        json.WriteString("name", posting.Company?.Name ?? config.Title);
        json.WriteString("value", posting.Slug);
        json.WriteEndObject();
        if (posting.ApplyUrl is not null)
        {
            json.WriteBoolean("directApply", false);
        }

        json.WriteEndObject();
    }));

    /// <summary>
    /// Google asks for <c>validThrough</c> on every open posting: the posting's own, or <c>validDays</c> after
    /// <c>datePosted</c>. A posting with neither has none: a date counted from the build would move every
    /// day, and Google ignores such a posting anyway, since it has no <c>datePosted</c>.
    /// </summary>
    public static DateOnly? ValidThrough(Posting posting, SiteConfig config) =>
        posting.ValidThrough ?? posting.DatePosted?.AddDays(config.ValidDays);

    private static void WriteOrganization(Utf8JsonWriter json, Company? company, CompanyProfile? profile, SiteConfig config)
    {
        if (company is null)
        {
            return;
        }

        json.WriteStartObject("hiringOrganization");
        json.WriteString("@type", "Organization");
        json.WriteString("name", company.Name);
        var sameAs = new[] { company.Website, profile?.Website }.Concat(profile?.Social.Select(s => s.Url) ?? [])
            .Where(UrlPolicy.IsAllowed).Distinct(StringComparer.Ordinal).ToList();
        if (sameAs.Count > 0)
        {
            json.WriteStartArray("sameAs");
            sameAs.ForEach(json.WriteStringValue);
            json.WriteEndArray();
        }

        // The profile's local logo, else the posting's own link (which pages cannot show: see LogoOnlyInStructuredData).
        if (profile?.Logo is { } logo)
        {
            json.WriteString("logo", config.Absolute(logo.Url));
        }
        else if (UrlPolicy.IsAllowed(company.Logo))
        {
            json.WriteString("logo", company.Logo);
        }

        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, Posting posting)
    {
        if (posting.Locations.Length > 0)
        {
            json.WriteStartArray("jobLocation");
            foreach (var place in posting.Locations)
            {
                json.WriteStartObject();
                json.WriteString("@type", "Place");
                json.WriteStartObject("address");
                json.WriteString("@type", "PostalAddress");
                WriteIfSet(json, "addressLocality", place.Locality);
                WriteIfSet(json, "addressRegion", place.Region);
                // Google for Jobs asks for the two-letter ISO 3166-1 code here.
                WriteIfSet(json, "addressCountry", place.Country);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        // Google accepts TELECOMMUTE only with the countries applicants may live in; a remote posting that
        // names none is reported by the normalizer (RemoteWithoutRegion) and described by its places alone.
        if (posting.Workplace.HasFlag(Workplace.Remote) && posting.RemoteRegion is { } region)
        {
            json.WriteString("jobLocationType", "TELECOMMUTE");
            json.WriteStartArray("applicantLocationRequirements");
            var countries = RemoteRegions.Countries(region);
            foreach (var (type, name) in countries.IsEmpty ? [("AdministrativeArea", region)] : countries.Select(c => ("Country", c)))
            {
                json.WriteStartObject();
                json.WriteString("@type", type);
                json.WriteString("name", name);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }
    }

    private static void WriteIfSet(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteSalary(Utf8JsonWriter json, Salary? salary)
    {
        if (salary is null)
        {
            return;
        }

        json.WriteStartObject("baseSalary");
        json.WriteString("@type", "MonetaryAmount");
        json.WriteString("currency", salary.Currency);
        json.WriteStartObject("value");
        json.WriteString("@type", "QuantitativeValue");
        if (salary.Min == salary.Max && salary.Min is { } exact)
        {
            json.WriteNumber("value", exact);
        }
        else
        {
            if (salary.Min is { } min)
            {
                json.WriteNumber("minValue", min);
            }

            if (salary.Max is { } max)
            {
                json.WriteNumber("maxValue", max);
            }
        }

        json.WriteString("unitText", salary.Period.ToSchemaOrg());
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
