using System.Collections.Immutable;
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
        PostingJson.WriteFields(json, p);
        json.WriteStartObject("sources");
        foreach (var (field, source) in p?.Sources ?? ImmutableSortedDictionary<string, string>.Empty)
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

}
