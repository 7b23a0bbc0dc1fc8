using System.Text.Json;
using JobBoard.Render;

namespace JobBoard.Search;

/// <summary>
/// The display record of one result, the fields a result shows, all plain text:
/// <c>url</c>, <c>title</c>, <c>company</c>, <c>locations</c>, <c>workplace</c>, <c>salary</c>,
/// <c>tags</c>, <c>date</c> (ISO), <c>dateText</c> and <c>summary</c> (for the snippet).
/// </summary>
public static class SearchRecords
{
    public static void Write(Utf8JsonWriter w, IEnumerable<JobView> jobs)
    {
        w.WriteStartArray();
        foreach (var job in jobs)
        {
            w.WriteStartObject();
            w.WriteString("url", job.Url);
            w.WriteString("title", job.Title);
            Optional(w, "company", job.Company);
            Strings(w, "locations", job.Locations.Select(l => l.Name));
            Strings(w, "workplace", job.Workplace);
            Optional(w, "salary", job.Salary);
            Strings(w, "tags", job.Tags.Select(t => t.Name));
            Optional(w, "date", job.DatePosted);
            Optional(w, "dateText", job.DatePostedText);
            w.WriteString("summary", job.Summary);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
