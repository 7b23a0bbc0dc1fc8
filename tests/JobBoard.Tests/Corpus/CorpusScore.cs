using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace JobBoard.Tests.Corpus;

/// <summary>Right answers out of the scored labels of one field.</summary>
public sealed record FieldScore(string Field, int Right, int Of)
{
    public double Percent => 100.0 * Right / Math.Max(Of, 1);
}

/// <summary>
/// The corpus measure of <c>../shared/corpus/score.py</c>, rule for rule: <c>inspect --format json</c>
/// output against <c>labels.json</c>. Keep the two in step: the script is the reference, and the table
/// printed here must show the same numbers as the script on the same output.
/// </summary>
public sealed record CorpusScore(
    IReadOnlyList<FieldScore> Fields, int TagHits, int TagsFound, int TagsWanted, int Invented, int Inventable, IReadOnlyList<string> Misses)
{
    /// <summary>Fields in the script's order: label key, inspect key, comparison.</summary>
    private static readonly (string Field, string Label, string Output, Func<JsonElement, JsonElement, bool> Same)[] Rules =
    [
        ("title", "title", "title", (l, g) => Norm(l) == Norm(g)),
        ("company", "company", "company", (l, g) => Norm(l) == Norm(g)),
        ("workplace", "workplace", "workplace", (l, g) => Workplaces(l).SetEquals(Workplaces(g))),
        ("employment_type", "employment_type", "employmentType", (l, g) => Text(l) == Text(g)),
        ("experience_level", "experience_level", "experienceLevel",
            (l, g) => Text(l) is { Length: > 0 } level ? (Norm(g) ?? "").Contains(level, StringComparison.Ordinal) : !Truthy(g)),
        ("salary", "salary", "salary", SameSalary),
        ("date_posted", "date_posted", "datePosted", (l, g) => NullIfEmpty(Text(l)) == NullIfEmpty(Text(g))),
        ("apply_url", "apply_url", "applyUrl", (l, g) => Url(l) == Url(g)),
        ("archived", "archived", "archived", (l, g) => Truthy(l) == Truthy(g)),
    ];

    private static readonly HashSet<string> Inventables =
        new(["company", "workplace", "employment_type", "experience_level", "salary", "date_posted", "apply_url"], StringComparer.Ordinal);

    private static readonly Dictionary<string, string> TagSynonyms = new(StringComparer.Ordinal)
    {
        ["csharp"] = "c#", ["dotnet"] = ".net", ["cpp"] = "c++", ["node"] = "nodejs", ["golang"] = "go",
        ["k8s"] = "kubernetes", ["postgres"] = "postgresql", ["js"] = "javascript", ["ts"] = "typescript",
        ["reactjs"] = "react", ["vuejs"] = "vue", ["rubyonrails"] = "rails", ["amazonwebservices"] = "aws",
        ["googlecloud"] = "gcp", ["googlecloudplatform"] = "gcp", ["ml"] = "machinelearning",
    };

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public int Right => Fields.Sum(f => f.Right);

    public int Of => Fields.Sum(f => f.Of);

    public double TotalPercent => 100.0 * Right / Math.Max(Of, 1);

    public double TagPrecision => 100.0 * TagHits / Math.Max(TagsFound, 1);

    public double TagRecall => 100.0 * TagHits / Math.Max(TagsWanted, 1);

    public double InventedPercent => 100.0 * Invented / Math.Max(Inventable, 1);

    public FieldScore this[string field] => Fields.Single(f => f.Field == field);

    /// <summary>Scores an inspect JSON array against the labels JSON array.</summary>
    public static CorpusScore Compute(string labelsJson, string inspectJson)
    {
        using var labelsDocument = JsonDocument.Parse(labelsJson);
        using var outputDocument = JsonDocument.Parse(inspectJson);
        var got = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var posting in outputDocument.RootElement.EnumerateArray())
        {
            got[PostingId(posting.GetProperty("file").GetString()!)] = posting;
        }

        var right = Rules.ToDictionary(r => r.Field, _ => 0, StringComparer.Ordinal);
        var of = Rules.ToDictionary(r => r.Field, _ => 0, StringComparer.Ordinal);
        var misses = new List<string>();
        int invented = 0, inventable = 0, hits = 0, found = 0, wanted = 0;
        var labels = labelsDocument.RootElement.EnumerateArray().OrderBy(l => l.GetProperty("id").GetString(), StringComparer.Ordinal);
        foreach (var label in labels)
        {
            var id = label.GetProperty("id").GetString()!;
            var present = got.TryGetValue(id, out var output);
            if (!present)
            {
                misses.Add($"{id}: no output for this posting");
            }

            foreach (var (field, labelKey, outputKey, same) in Rules)
            {
                var expected = Property(label, labelKey);
                if (expected.ValueKind == JsonValueKind.String && expected.GetString() == "*")
                {
                    continue;
                }

                var actual = present ? Property(output, outputKey) : default;
                of[field]++;
                var ok = present && same(expected, actual);
                right[field] += ok ? 1 : 0;
                if (!ok && present)
                {
                    misses.Add($"{id} {field}: {Show(expected)} → {Show(actual)}");
                }

                if (Inventables.Contains(field) && present)
                {
                    inventable++;
                    invented += IsEmpty(expected) && !IsEmpty(actual) ? 1 : 0;
                }
            }

            if (Property(label, "tags") is { ValueKind: JsonValueKind.Array } tags && present)
            {
                var want = tags.EnumerateArray().Select(TagKey).ToHashSet(StringComparer.Ordinal);
                var have = Property(output, "tags") is { ValueKind: JsonValueKind.Array } outputTags
                    ? outputTags.EnumerateArray().Select(TagKey).ToHashSet(StringComparer.Ordinal)
                    : [];
                hits += want.Count(have.Contains);
                found += have.Count(t => !want.Contains(t));
                wanted += want.Count(t => !have.Contains(t));
            }
        }

        return new CorpusScore(
            [.. Rules.Select(r => new FieldScore(r.Field, right[r.Field], of[r.Field]))],
            hits, hits + found, hits + wanted, invented, inventable, misses);
    }

    /// <summary>The script's table: one row per field, tags, invented values and the total line.</summary>
    public string Table()
    {
        var text = new StringBuilder();
        Line(text, $"{"field",-18} {"right",7} {"of",5} {"%",6}");
        foreach (var field in Fields)
        {
            Line(text, $"{field.Field,-18} {field.Right,7} {field.Of,5} {field.Percent,6:F1}");
        }

        Line(text, $"{"tags precision",-18} {TagHits,7} {TagsFound,5} {TagPrecision,6:F1}");
        Line(text, $"{"tags recall",-18} {TagHits,7} {TagsWanted,5} {TagRecall,6:F1}");
        Line(text, $"{"invented values",-18} {Invented,7} {Inventable,5} {InventedPercent,6:F1}");
        var worst = Fields.Where(f => f.Of > 0).MinBy(f => f.Percent)!;
        var tags = string.Create(CultureInfo.InvariantCulture, $"tags P {TagPrecision:F0}% R {TagRecall:F0}%");
        Line(text, $"corpus field accuracy {Right}/{Of} = {TotalPercent:F1}% (worst field {worst.Field} {worst.Percent:F1}%; {tags}; invented {InventedPercent:F1}%)");
        return text.ToString();
    }

    private static void Line(StringBuilder text, FormattableString line) =>
        text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');

    /// <summary><c>postings/pj-acme.html</c> → <c>pj-acme</c>: the name up to its first dot.</summary>
    private static string PostingId(string file)
    {
        var name = file.Replace('\\', '/')[(file.Replace('\\', '/').LastIndexOf('/') + 1)..];
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? name : name[..dot];
    }

    private static JsonElement Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        _ => null,
    };

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    /// <summary>Python's truth value of a JSON value.</summary>
    private static bool Truthy(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.String => value.GetString()!.Length > 0,
        JsonValueKind.Number => value.GetDouble() != 0,
        JsonValueKind.Array => value.GetArrayLength() > 0,
        JsonValueKind.Object => value.EnumerateObject().Any(),
        _ => false,
    };

    private static bool IsEmpty(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => true,
        JsonValueKind.String => value.GetString()!.Length == 0,
        JsonValueKind.Array => value.GetArrayLength() == 0,
        JsonValueKind.Object => !value.EnumerateObject().Any(),
        _ => false,
    };

    /// <summary>Lower case, curly apostrophes folded, white space collapsed; null when nothing is left.</summary>
    private static string? Norm(JsonElement value)
    {
        var text = (Truthy(value) ? Text(value) ?? "" : "").ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\'');
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : string.Join(' ', words);
    }

    private static HashSet<string> Workplaces(JsonElement value)
    {
        IEnumerable<string> names = value.ValueKind switch
        {
            JsonValueKind.String => [value.GetString()!],
            JsonValueKind.Array => value.EnumerateArray().Select(v => Text(v) ?? ""),
            _ => [],
        };
        return names.SelectMany(n => n == "remote-or-onsite" ? ["remote", "onsite"] : new[] { n }).ToHashSet(StringComparer.Ordinal);
    }

    private static bool SameSalary(JsonElement label, JsonElement output)
    {
        if (label.ValueKind == JsonValueKind.Null)
        {
            return !Truthy(output);
        }

        if (!Truthy(output))
        {
            return false;
        }

        return SameNumber(Property(label, "min"), Property(output, "min")) && SameNumber(Property(label, "max"), Property(output, "max"))
            && Text(Property(label, "currency")) == Text(Property(output, "currency"))
            && Text(Property(label, "period")) == Text(Property(output, "period"));
    }

    private static bool SameNumber(JsonElement a, JsonElement b) =>
        a.ValueKind == JsonValueKind.Number && b.ValueKind == JsonValueKind.Number && Math.Abs(a.GetDouble() - b.GetDouble()) < 0.005;

    /// <summary>Every trailing slash off, as Python's <c>rstrip("/")</c>.</summary>
    private static string? Url(JsonElement value) => NullIfEmpty((Text(value) ?? "").TrimEnd('/'));

    /// <summary>Lower case, no spaces, dashes or underscores; a few synonyms folded; ".js" and dots off.</summary>
    private static string TagKey(JsonElement tag)
    {
        var key = (Text(tag) ?? "None").ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal)
            .Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        key = TagSynonyms.GetValueOrDefault(key, key);
        if (key is not (".net" or "c#" or "c++"))
        {
            key = key.Replace(".js", "js", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        }

        return TagSynonyms.GetValueOrDefault(key, key);
    }

    private static string Show(JsonElement value) =>
        value.ValueKind == JsonValueKind.Undefined ? "null" : JsonSerializer.Serialize(value, Compact);
}
