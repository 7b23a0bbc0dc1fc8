using System.Text.Json;
using JobBoard.Model;
using JobBoard.Site;

namespace JobBoard.Output;

/// <summary><c>/jobs.json</c>: every open posting's normalized fields, newest first, for aggregators.</summary>
public static class JobsJson
{
    public static OutputFile Write(SiteModel site, Func<Posting, string> summary)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("title", site.Config.Title);
            json.WriteString("url", site.Config.BaseUrl);
            json.WriteStartArray("jobs");
            foreach (var posting in site.Open)
            {
                json.WriteStartObject();
                json.WriteString("url", site.Config.Absolute(SiteModel.JobPath(posting)));
                PostingJson.WriteFields(json, posting);
                PostingJson.WriteNullable(json, "validThrough", posting.ValidThrough?.ToIsoDate());
                PostingJson.WriteNullable(json, "department", posting.Department);
                json.WriteString("summary", summary(posting));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return new OutputFile("jobs.json", [.. stream.ToArray(), (byte)'\n']);
    }
}
