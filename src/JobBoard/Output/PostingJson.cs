using System.Text.Json;
using JobBoard.Model;

namespace JobBoard.Output;

/// <summary>The normalized fields of a posting as JSON properties, shared by <c>inspect</c> and <c>jobs.json</c>.</summary>
public static class PostingJson
{
    public static string FormatName(PostingFormat format) => format switch
    {
        PostingFormat.FrontMatterMarkdown => "frontmatter-md",
        PostingFormat.PlainMarkdown => "plain-md",
        PostingFormat.Html => "html",
        PostingFormat.ReStructuredText => "rst",
        _ => "text",
    };

    /// <summary>format … slug, every key always present (null or [] when unknown).</summary>
    public static void WriteFields(Utf8JsonWriter json, Posting? p)
    {
        WriteNullable(json, "format", p is null ? null : FormatName(p.Format));
        WriteNullable(json, "title", p?.Title);
        WriteNullable(json, "company", p?.Company?.Name);
        WriteArray(json, "locations", p is null ? [] : p.Locations.Select(l => l.Label));
        WriteArray(json, "workplace", p is null ? [] : p.Workplace.Names());
        WriteNullable(json, "remoteRegion", p?.RemoteRegion);
        WriteNullable(json, "employmentType", p?.EmploymentType?.ToSchemaOrg());
        WriteNullable(json, "experienceLevel", p?.Experience?.ToString());
        json.WritePropertyName("salary");
        if (p?.Salary is { } salary)
        {
            json.WriteStartObject();
            WriteNumber(json, "min", salary.Min);
            WriteNumber(json, "max", salary.Max);
            json.WriteString("currency", salary.Currency);
            json.WriteString("period", salary.Period.ToSchemaOrg());
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue();
        }

        WriteNullable(json, "datePosted", p?.DatePosted?.ToIsoDate());
        WriteNullable(json, "applyUrl", p?.ApplyUrl);
        json.WriteBoolean("archived", p?.Archived ?? false);
        WriteArray(json, "tags", p is null ? [] : p.Tags);
        WriteNullable(json, "slug", p?.Slug);
    }

    public static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteArray(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
