using System.Text.Encodings.Web;
using System.Text.Json;
using JobBoard.Model;

namespace JobBoard.Output;

/// <summary>
/// The <c>inspect</c> command's output. The JSON form is a contract read by other tools: an
/// array with one object per file and exactly the keys written here; a missing value is null
/// or an empty array, never left out.
/// </summary>
public static class InspectReport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string FormatName(PostingFormat format) => format switch
    {
        PostingFormat.FrontMatterMarkdown => "frontmatter-md",
        PostingFormat.PlainMarkdown => "plain-md",
        _ => "text",
    };

    public static string ToJson(IEnumerable<(string File, Outcome<Posting> Result)> results)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartArray();
            foreach (var (file, result) in results)
            {
                WritePosting(json, file, result);
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WritePosting(Utf8JsonWriter json, string file, Outcome<Posting> result)
    {
        var p = result.Value;
        json.WriteStartObject();
        json.WriteString("file", file);
        WriteNullable(json, "format", p is null ? null : FormatName(p.Format));
        WriteNullable(json, "title", p?.Title);
        WriteNullable(json, "company", p?.Company?.Name);
        WriteArray(json, "locations", p is null ? [] : p.Locations);
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
        json.WriteStartObject("sources");
        foreach (var (field, source) in p?.Sources ?? [])
        {
            json.WriteString(field, source);
        }

        json.WriteEndObject();
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics.IsDefault ? [] : result.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("severity", diagnostic.IsError ? "error" : "warning");
            json.WriteNumber("line", diagnostic.Line);
            json.WriteString("message", diagnostic.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
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
