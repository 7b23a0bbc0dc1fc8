using System.Text.Json;
using JobBoard.Model;
using JobBoard.Site;

namespace JobBoard.Output;

/// <summary><c>/jobs.json</c>: every open posting's normalized fields, newest first, for aggregators.</summary>
public static class JobsJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <param name="entries">Each open posting's <see cref="Entry"/>, newest first.</param>
    public static OutputFile Write(SiteModel site, IReadOnlyList<byte[]> entries)
    {
        // The writer lays the file out around a one-byte stand-in per entry; the file is the layout's
        // parts with each entry in its stand-in's place.
        var (layout, standIns) = Layout(site, entries.Count);
        var parts = new ReadOnlyMemory<byte>[2 * entries.Count + 1];
        var from = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            parts[2 * i] = layout.AsMemory(from, standIns[i] - from);
            parts[(2 * i) + 1] = entries[i];
            from = standIns[i] + 1;
        }

        parts[^1] = layout.AsMemory(from);
        return new OutputFile("jobs.json", parts);
    }

    /// <summary>The file with a one-byte stand-in for each entry, and where each stand-in is.</summary>
    private static (byte[] Layout, int[] StandIns) Layout(SiteModel site, int count)
    {
        var standIns = new int[count];
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Indented))
        {
            json.WriteStartObject();
            json.WriteString("title", site.Config.Title);
            json.WriteString("url", site.Config.BaseUrl);
            json.WriteStartArray("jobs");
            for (var i = 0; i < count; i++)
            {
                // The writer adds the comma between entries; the entry brings its own line break and indentation.
                json.WriteRawValue("0"u8, skipInputValidation: true);
                standIns[i] = (int)(json.BytesCommitted + json.BytesPending) - 1;
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return (stream.ToArray(), standIns);
    }

    /// <summary>One posting's object as the indented writer puts it inside <c>jobs</c>: on a new line, four spaces in.
    /// It reads the posting, its view's summary and the base URL.</summary>
    public static byte[] Entry(SiteModel site, Posting posting, string summary)
    {
        var json = JsonBytes.Bytes(Indented, json =>
        {
            json.WriteStartObject();
            json.WriteString("url", site.Config.Absolute(SiteModel.JobPath(posting)));
            PostingJson.WriteFields(json, posting);
            PostingJson.WriteNullable(json, "validThrough", posting.ValidThrough?.ToIsoDate());
            PostingJson.WriteNullable(json, "department", posting.Department);
            json.WriteString("summary", summary);
            json.WriteEndObject();
        });

        // A line break and four spaces before the object, four spaces after each of its line breaks.
        var entry = new byte[json.Length + 5 + (4 * json.AsSpan().Count((byte)'\n'))];
        "\n    "u8.CopyTo(entry);
        var at = 5;
        foreach (var b in json)
        {
            entry[at++] = b;
            if (b == '\n')
            {
                "    "u8.CopyTo(entry.AsSpan(at));
                at += 4;
            }
        }

        return entry;
    }
}
