using System.Text;
using System.Text.Json;
using JobBoard.Model;
using JobBoard.Render;
using JobBoard.Site;

namespace JobBoard.Output;

/// <summary><c>/jobs.json</c>: every open posting's normalized fields, newest first, for aggregators.</summary>
public static class JobsJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <param name="memo">Reuses each posting's entry while its job view's key is the same.</param>
    public static OutputFile Write(SiteModel site, JobViews views, RenderMemo? memo = null)
    {
        var entries = site.Open.AsParallel().AsOrdered()
            .Select(p => RenderMemo.Reuse(memo, views.Key(p.Slug) is { } key ? "jobs.json|" + key : null, () => Entry(site, p, views[p.Slug].Summary)))
            .ToList();
        using var stream = new MemoryStream(entries.Sum(e => e.Length + 2) + 1024);
        using (var json = new Utf8JsonWriter(stream, Indented))
        {
            json.WriteStartObject();
            json.WriteString("title", site.Config.Title);
            json.WriteString("url", site.Config.BaseUrl);
            json.WriteStartArray("jobs");
            for (var i = 0; i < entries.Count; i++)
            {
                // The writer adds the comma between entries; the entry brings its own line break and indentation.
                json.WriteRawValue(entries[i], skipInputValidation: true);
                if (i % 256 == 255)
                {
                    json.Flush(); // into the stream: the writer's own buffer would grow to the whole file (100 MB at 100,000 postings)
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return new OutputFile("jobs.json", stream.ToArray());
    }

    /// <summary>One posting's object as the indented writer puts it inside <c>jobs</c>: on a new line, four spaces in.</summary>
    private static byte[] Entry(SiteModel site, Posting posting, string summary)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Indented))
        {
            json.WriteStartObject();
            json.WriteString("url", site.Config.Absolute(SiteModel.JobPath(posting)));
            PostingJson.WriteFields(json, posting);
            PostingJson.WriteNullable(json, "validThrough", posting.ValidThrough?.ToIsoDate());
            PostingJson.WriteNullable(json, "department", posting.Department);
            json.WriteString("summary", summary);
            json.WriteEndObject();
        }

        var text = Encoding.UTF8.GetString(stream.ToArray());
        return Encoding.UTF8.GetBytes("\n    " + text.Replace("\n", "\n    ", StringComparison.Ordinal));
    }
}
