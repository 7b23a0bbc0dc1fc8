using System.Collections.Immutable;
using System.Text.Json;
using JobBoard.Render;
using JobBoard.Site;

namespace JobBoard.Search;

/// <summary>
/// Writes the search index of the open postings under <c>search/</c>, split so a query fetches
/// only what it needs (documents are numbered 0.. newest first):
/// <list type="bullet">
/// <item><c>index.json</c>: the entry: document count, record and facet chunk sizes, the layout (how many characters
/// name a postings file, whether there are facet counts by term: <see cref="SearchIndex.IsLarge"/>), the first
/// characters that have a term list, and a build hash the browser appends to every other URL.</item>
/// <item><c>facets/summary.json</c>: the facet counts of the whole board, top values only, with their labels: all the
/// facet data the page fetches until a query is typed or a filter chosen, so its size does not grow with the board.</item>
/// <item><c>facets/values.json</c>: the facet vocabularies (value and label).</item>
/// <item><c>facets/{n}.json</c>: the facet rows of documents n*facets .. (see <see cref="SearchFacets"/>), as
/// columns; a query of more than one word, or with filters, fetches the chunks of the documents it matched, to count
/// and filter them.</item>
/// <item><c>facets/terms/{cc}/{c}.json</c>: on a large board, the facet counts of a one-word query, by term and by
/// typed prefix (<see cref="TermFacets"/>).</item>
/// <item><c>terms/{c}.json</c>: the sorted terms starting with character c, for prefix and typo expansion.</item>
/// <item><c>postings/{cc}.json</c>: term → [doc delta, score, doc delta, score, ...] for terms whose
/// first two characters are cc (on a small board, <c>postings/{c}.json</c> by the first character).</item>
/// <item><c>results/{n}.json</c>: display records of documents n*chunk .. n*chunk+chunk-1.</item>
/// </list>
/// Everything is plain text (the browser inserts it as text) and the bytes depend only on the
/// site model: ordinal sorting, invariant formatting, no clock.
/// </summary>
public static class SearchIndexWriter
{
    /// <summary>Records per results file: small, because relevance order scatters a page of results over many chunks.</summary>
    public const int ChunkSize = 20;

    /// <summary>Facet rows per <c>facets/{n}.json</c>: a query fetches the chunks of the documents it matched.</summary>
    public const int FacetChunkSize = 1000;

    /// <summary>Values per facet the panel shows until "show all" is pressed (search.js's SHOWN): the top of the summary.</summary>
    public const int FacetsShown = 8;

    public const string Folder = "search/";

    /// <summary><c>index.json</c>.</summary>
    /// <param name="firstCharacters">The file keys of the terms' first characters, in the terms' order.</param>
    /// <param name="large">Whether the board is large (<see cref="SearchIndex.IsLarge"/>): its postings are split by two
    /// characters, not one, and it has facet counts by term.</param>
    internal static byte[] Entry(string build, int count, List<string> firstCharacters, bool large) => Json(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("version", 1);
        w.WriteString("build", build);
        w.WriteNumber("count", count);
        w.WriteNumber("chunk", ChunkSize);
        w.WriteNumber("facets", FacetChunkSize);
        w.WriteNumber("postings", SearchIndex.PostingsCharacters(large));
        w.WriteBoolean("termFacets", large);
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

    /// <summary><c>facets/values.json</c>: the vocabularies the rows' indexes point into.</summary>
    internal static byte[] FacetValues(SearchFacets facets) => Json(w =>
    {
        w.WriteStartObject();
        Values(w, "tag", facets.Tags);
        Values(w, "company", facets.Companies);
        Values(w, "location", facets.Locations);
        Values(w, "workplace", facets.Workplaces);
        Values(w, "type", facets.EmploymentTypes);
        w.WriteEndObject();
    });

    /// <summary>A <c>facets/{n}.json</c>: the rows of documents n*<see cref="FacetChunkSize"/> .., as columns.</summary>
    internal static byte[] FacetRows(SearchFacets facets, int start, int length) => Json(w =>
    {
        var rows = facets.Rows.Skip(start).Take(length).ToList();
        w.WriteStartObject();
        Lists(w, "tag", rows.Select(r => r.Tags));
        Numbers(w, "company", rows.Select(r => r.Company));
        Lists(w, "location", rows.Select(r => r.Locations));
        Numbers(w, "workplace", rows.Select(r => r.Workplace));
        Numbers(w, "type", rows.Select(r => r.EmploymentType));
        Numbers(w, "currency", rows.Select(r => r.Currency));
        Numbers(w, "salary", rows.Select(r => r.Salary));
        w.WriteEndObject();
    });

    /// <summary>
    /// <c>facets/summary.json</c>: what the facet panel shows before anything is typed or chosen, counted over the
    /// whole board: per facet how many values have postings and the <see cref="FacetsShown"/> with the most
    /// (value, label, count; by count, then label, as search.js orders them), and each currency with its count.
    /// </summary>
    internal static byte[] FacetSummary(SearchFacets facets, FacetCounts counts) => Json(w =>
    {
        w.WriteStartObject();
        Top(w, "tag", facets.Tags, counts.Tags);
        Top(w, "company", facets.Companies, counts.Companies);
        Top(w, "location", facets.Locations, counts.Locations);
        Top(w, "workplace", facets.Workplaces, counts.Workplaces);
        Top(w, "type", facets.EmploymentTypes, counts.EmploymentTypes);
        w.WriteStartArray("currency");
        for (var i = 0; i < facets.Currencies.Length; i++)
        {
            w.WriteStartArray();
            w.WriteStringValue(facets.Currencies[i]);
            w.WriteNumberValue(counts.Currencies[i]);
            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void Top(Utf8JsonWriter w, string name, ImmutableArray<FacetValue> values, int[] counts) =>
        Top(w, name, values, counts, [.. Enumerable.Range(0, values.Length).Where(i => counts[i] > 0)]);

    /// <summary>A facet's number of values with postings and its <see cref="FacetsShown"/> values with the most.</summary>
    /// <param name="used">The indexes of the values with postings.</param>
    internal static void Top(Utf8JsonWriter w, string name, ImmutableArray<FacetValue> values, int[] counts, List<int> used)
    {
        // Most postings first, then by label, then by index: picked by insertion into the few places shown, not by
        // sorting every value, as a facets/terms/ entry is written for each term and prefix of the board.
        bool Before(int a, int b) =>
            counts[a] != counts[b] ? counts[a] > counts[b] : string.CompareOrdinal(values[a].Label, values[b].Label) is var c && c != 0 ? c < 0 : a < b;
        Span<int> top = stackalloc int[FacetsShown];
        var shown = 0;
        foreach (var i in used)
        {
            var at = shown;
            while (at > 0 && Before(i, top[at - 1]))
            {
                at--;
            }

            if (at < FacetsShown)
            {
                shown = Math.Min(shown + 1, FacetsShown);
                top[at..(shown - 1)].CopyTo(top[(at + 1)..shown]);
                top[at] = i;
            }
        }

        w.WriteStartObject(name);
        w.WriteNumber("values", used.Count);
        w.WriteStartArray("top");
        foreach (var i in top[..shown])
        {
            w.WriteStartArray();
            w.WriteStringValue(values[i].Value);
            w.WriteStringValue(values[i].Label);
            w.WriteNumberValue(counts[i]);
            w.WriteEndArray();
        }

        w.WriteEndArray();
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
