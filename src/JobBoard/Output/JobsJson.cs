using System.Runtime.CompilerServices;
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

    /// <summary>The last build's file, and the job view key and place of each entry in it.</summary>
    private sealed record Written(byte[] Bytes, string?[] Keys, Range[] Places);

    /// <param name="memo">Keeps the file: the next build copies the entries whose job view keys are the
    /// same from it and makes only the others.</param>
    public static OutputFile Write(SiteModel site, JobViews views, RenderMemo? memo = null)
    {
        var kept = memo?.GetOrAdd("jobs.json|last", () => new StrongBox<Written?>());
        var keys = site.Open.Select(p => views.Key(p.Slug)).ToArray();
        var entries = new ReadOnlyMemory<byte>[keys.Length];
        if (kept?.Value is { } last)
        {
            Reuse(last, keys, entries);
        }

        Parallel.For(0, entries.Length, i =>
        {
            if (entries[i].IsEmpty)
            {
                entries[i] = Entry(site, site.Open[i], views[site.Open[i].Slug].Summary);
            }
        });

        // The writer lays the file out around a one-byte stand-in per entry; each entry then takes its
        // stand-in's place, copied once (the file is 10 MB at 10,000 postings).
        var (layout, standIns) = Layout(site, entries.Length);
        var bytes = GC.AllocateUninitializedArray<byte>(layout.Length - entries.Length + entries.Sum(e => e.Length)); // every byte is written below
        var places = new Range[kept is null ? 0 : entries.Length];
        int from = 0, to = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            layout.AsSpan(from, standIns[i] - from).CopyTo(bytes.AsSpan(to));
            to += standIns[i] - from;
            entries[i].Span.CopyTo(bytes.AsSpan(to));
            if (kept is not null)
            {
                places[i] = to..(to + entries[i].Length);
            }

            to += entries[i].Length;
            from = standIns[i] + 1;
        }

        layout.AsSpan(from).CopyTo(bytes.AsSpan(to));
        if (kept is not null)
        {
            kept.Value = new Written(bytes, keys, places);
        }

        return new OutputFile("jobs.json", bytes);
    }

    /// <summary>
    /// Fills in the entries whose keys the last build had. A rebuild's keys are the last build's but
    /// for a stretch (an edit, an addition, a removal, a move): the same keys before and after it
    /// keep their entries, and the stretch takes the entries of its keys from the last build's stretch.
    /// </summary>
    private static void Reuse(Written last, string?[] keys, ReadOnlyMemory<byte>[] entries)
    {
        var shorter = Math.Min(keys.Length, last.Keys.Length);
        var head = 0;
        while (head < shorter && RenderMemo.Same(last.Keys[head], keys[head]))
        {
            entries[head] = last.Bytes.AsMemory(last.Places[head]);
            head++;
        }

        var tail = 0;
        while (tail < shorter - head && RenderMemo.Same(last.Keys[^(tail + 1)], keys[^(tail + 1)]))
        {
            entries[^(tail + 1)] = last.Bytes.AsMemory(last.Places[^(tail + 1)]);
            tail++;
        }

        var stretch = new Dictionary<string, Range>(StringComparer.Ordinal);
        for (var i = head; i < last.Keys.Length - tail; i++)
        {
            if (last.Keys[i] is { } key)
            {
                stretch[key] = last.Places[i];
            }
        }

        for (var i = head; i < keys.Length - tail; i++)
        {
            if (keys[i] is { } key && stretch.TryGetValue(key, out var place))
            {
                entries[i] = last.Bytes.AsMemory(place);
            }
        }
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
