using System.Collections.Immutable;
using System.Text.Json;
using JobBoard.Render;
using JobBoard.Site;

namespace JobBoard.Search;

/// <summary>
/// Writes the search index of the open postings under <c>search/</c>, split so a query fetches
/// only what it needs (documents are numbered 0.. newest first):
/// <list type="bullet">
/// <item><c>index.json</c>: the entry: document count, record chunk size, the first characters
/// that have a term list, and a build hash the browser appends to every other URL.</item>
/// <item><c>facets.json</c>: facet vocabularies and a facet row per document, written as columns (see <see cref="SearchFacets"/>).</item>
/// <item><c>terms/{c}.json</c>: the sorted terms starting with character c, for prefix and typo expansion.</item>
/// <item><c>postings/{cc}.json</c>: term → [doc delta, score, doc delta, score, ...] for terms whose
/// first two characters are cc.</item>
/// <item><c>results/{n}.json</c>: display records of documents n*chunk .. n*chunk+chunk-1.</item>
/// </list>
/// Everything is plain text (the browser inserts it as text) and the bytes depend only on the
/// site model: ordinal sorting, invariant formatting, no clock.
/// </summary>
public static class SearchIndexWriter
{
    /// <summary>Records per results file: small, because relevance order scatters a page of results over many chunks.</summary>
    public const int ChunkSize = 20;

    public const string Folder = "search/";

    /// <summary><c>index.json</c>.</summary>
    /// <param name="firstCharacters">The file keys of the terms' first characters, in the terms' order.</param>
    internal static byte[] Entry(string build, int count, List<string> firstCharacters) => Json(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("version", 1);
        w.WriteString("build", build);
        w.WriteNumber("count", count);
        w.WriteNumber("chunk", ChunkSize);
        w.WriteStartArray("terms");
        firstCharacters.ForEach(w.WriteStringValue);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>A <c>terms/{c}.json</c>: its terms, in order.</summary>
    internal static byte[] Terms(IEnumerable<string> terms) => Json(w =>
    {
        w.WriteStartArray();
        foreach (var term in terms)
        {
            w.WriteStringValue(term);
        }

        w.WriteEndArray();
    });

    /// <summary>A <c>postings/{cc}.json</c>.</summary>
    /// <param name="lists">Each term, in order, with its [doc, score, ...] list, written with document deltas.</param>
    internal static byte[] Postings(IEnumerable<(string Term, List<int> List)> lists) => Json(w =>
    {
        w.WriteStartObject();
        foreach (var (term, list) in lists)
        {
            w.WriteStartArray(term);
            for (var i = 0; i < list.Count; i += 2)
            {
                w.WriteNumberValue(list[i] - (i == 0 ? 0 : list[i - 2]));
                w.WriteNumberValue(list[i + 1]);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    });

    /// <summary>A <c>results/{n}.json</c>: the records of its documents, in order.</summary>
    internal static byte[] Results(IEnumerable<JobView> jobs) => Json(w => SearchRecords.Write(w, jobs));

    /// <summary><c>facets.json</c>.</summary>
    internal static byte[] Facets(SearchFacets facets) => Json(w => WriteFacets(w, facets));

    private static void WriteFacets(Utf8JsonWriter w, SearchFacets facets)
    {
        w.WriteStartObject();
        Values(w, "tag", facets.Tags);
        Values(w, "company", facets.Companies);
        Values(w, "location", facets.Locations);
        Values(w, "workplace", facets.Workplaces);
        Values(w, "type", facets.EmploymentTypes);
        w.WriteStartArray("currency");
        foreach (var currency in facets.Currencies)
        {
            w.WriteStringValue(currency);
        }

        w.WriteEndArray();
        w.WriteStartObject("docs");
        Lists(w, "tag", facets.Rows.Select(r => r.Tags));
        Numbers(w, "company", facets.Rows.Select(r => r.Company));
        Lists(w, "location", facets.Rows.Select(r => r.Locations));
        Numbers(w, "workplace", facets.Rows.Select(r => r.Workplace));
        Numbers(w, "type", facets.Rows.Select(r => r.EmploymentType));
        Numbers(w, "currency", facets.Rows.Select(r => r.Currency));
        Numbers(w, "salary", facets.Rows.Select(r => r.Salary));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Values(Utf8JsonWriter w, string name, ImmutableArray<FacetValue> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStartArray();
            w.WriteStringValue(value.Value);
            w.WriteStringValue(value.Label);
            w.WriteEndArray();
        }

        w.WriteEndArray();
    }

    private static void Numbers(Utf8JsonWriter w, string name, IEnumerable<int> numbers)
    {
        w.WriteStartArray(name);
        foreach (var n in numbers)
        {
            w.WriteNumberValue(n);
        }

        w.WriteEndArray();
    }

    private static void Lists(Utf8JsonWriter w, string name, IEnumerable<ImmutableArray<int>> lists)
    {
        w.WriteStartArray(name);
        foreach (var list in lists)
        {
            w.WriteStartArray();
            foreach (var n in list)
            {
                w.WriteNumberValue(n);
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return stream.ToArray();
    }
}
