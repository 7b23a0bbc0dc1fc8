using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using JobBoard.Model;

namespace JobBoard.Normalize;

/// <summary>
/// Writes a normalized posting back as Markdown with front matter in the canonical schema.
/// Reading the result gives the same posting again (normalization is idempotent), which is
/// what lets a scraped posting be converted once into a clean file.
/// </summary>
public static class FrontMatterWriter
{
    private static readonly JsonWriterOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Posting p)
    {
        var yaml = new StringBuilder("---\n");
        Scalar(yaml, "title", p.Title);
        Scalar(yaml, "company", p.Company?.Name);
        Scalar(yaml, "companyWebsite", p.Company?.Website);
        Scalar(yaml, "companyLogo", p.Company?.Logo);
        Scalar(yaml, "department", p.Department);
        List(yaml, "locations", p.Locations.Select(l => l.Label));
        Scalar(yaml, "workplace", p.Workplace == Workplace.None ? null : string.Join(" or ", p.Workplace.Names()));
        Scalar(yaml, "remoteRegion", p.RemoteRegion);
        Scalar(yaml, "employmentType", p.EmploymentType?.ToSchemaOrg());
        Scalar(yaml, "experienceLevel", p.Experience?.ToString());
        Scalar(yaml, "salary", p.Salary is { } s ? SalaryText(s) : null);
        List(yaml, "tags", p.Tags);
        Scalar(yaml, "datePosted", p.DatePosted?.ToIsoDate());
        Scalar(yaml, "validThrough", p.ValidThrough?.ToIsoDate());
        Scalar(yaml, "archived", p.Archived ? "true" : null);
        Scalar(yaml, "applyUrl", p.ApplyUrl);
        Scalar(yaml, "summary", p.Summary);
        Scalar(yaml, "featured", p.Featured ? "true" : null);
        Scalar(yaml, "slug", p.Slug);
        List(yaml, "redirect_from", p.RedirectFrom);
        foreach (var (key, value) in p.Extra)
        {
            yaml.Append(Quote(key)).Append(": ").Append(Quote(value)).Append('\n');
        }

        return yaml.Append("---\n\n").Append(p.Body).ToString();
    }

    private static string SalaryText(Salary s)
    {
        var period = "per " + s.Period.ToString().ToLowerInvariant();
        return s switch
        {
            { Min: { } min, Max: { } max } => Invariant($"{min} - {max} {s.Currency} {period}"),
            { Min: { } min } => Invariant($"from {min} {s.Currency} {period}"),
            _ => Invariant($"up to {s.Max} {s.Currency} {period}"),
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Scalar(StringBuilder yaml, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            yaml.Append(key).Append(": ").Append(Quote(value)).Append('\n');
        }
    }

    private static void List(StringBuilder yaml, string key, IEnumerable<string> values)
    {
        var items = values.ToList();
        if (items.Count > 0)
        {
            yaml.Append(key).Append(": [").Append(string.Join(", ", items.Select(Quote))).Append("]\n");
        }
    }

    /// <summary>A JSON string is a valid YAML double-quoted scalar. Written as <c>JsonSerializer</c> writes a string,
    /// without its reflection, which a trimmed native build does not have.</summary>
    internal static string Quote(string value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Quoting))
        {
            json.WriteStringValue(value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
