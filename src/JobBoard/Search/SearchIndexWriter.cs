using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using JobBoard.Model;
using JobBoard.Output;
using JobBoard.Render;
using JobBoard.Site;

namespace JobBoard.Search;

/// <summary>
/// Writes the search index of the open postings under <c>search/</c>, split so a query fetches
/// only what it needs (documents are numbered 0.. newest first):
/// <list type="bullet">
/// <item><c>index.json</c>: the entry: document count, record chunk size, the first characters
/// that have a term list, and a build hash the browser appends to every other URL.</item>
/// <item><c>facets.json</c>: facet vocabularies and per-document facet columns (see <see cref="SearchFacets"/>).</item>
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

    /// <param name="memo">Reuses each posting's scored terms and the result chunks whose postings did
    /// not change (keyed by the job views' keys); the files are the same as without it.</param>
    /// <param name="searchTerms">The scored terms of every open posting.</param>
    public static ImmutableArray<OutputFile> Write(SiteModel site, JobViews views, SearchTerms searchTerms, RenderMemo? memo = null)
    {
        var docs = site.Open;
        var scored = Enumerable.Range(0, docs.Length).Select(doc => searchTerms[doc]).ToList();

        // Inverting by term number indexes an array instead of hashing a million strings; the
        // distinct terms are sorted once.
        var terms = searchTerms.Numbers.All();
        var lengths = new int[terms.Length];
        foreach (var doc in scored)
        {
            foreach (var term in doc.Terms)
            {
                lengths[term] += 2;
            }
        }

        var lists = lengths.Select(n => n == 0 ? null : new List<int>(n)).ToArray();
        for (var doc = 0; doc < scored.Count; doc++)
        {
            var (numbered, scores) = scored[doc];
            for (var t = 0; t < numbered.Length; t++)
            {
                var list = lists[numbered[t]]!;
                list.Add(doc);
                list.Add(scores[t]);
            }
        }

        var postings = Enumerable.Range(0, terms.Length).Where(n => lists[n] is not null)
            .Select(n => KeyValuePair.Create(terms[n], lists[n]!)).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        var files = new List<OutputFile>();
        foreach (var group in postings.GroupBy(p => SearchText.FileKey(p.Key[..1])))
        {
            files.Add(Json($"terms/{group.Key}.json", w =>
            {
                w.WriteStartArray();
                foreach (var (term, _) in group)
                {
                    w.WriteStringValue(term);
                }

                w.WriteEndArray();
            }));
        }

        // A rebuild rewrites only the shards whose terms and lists changed (those of the edited
        // posting, unless it moved in the order and so renumbered the documents after it).
        files.AddRange(postings.GroupBy(p => SearchText.FileKey(p.Key[..Math.Min(2, p.Key.Length)])).AsParallel().AsOrdered()
            .Select(group =>
            {
                var path = $"postings/{group.Key}.json";
                return RenderMemo.Reuse(memo, memo is null ? null : Key(path, ContentHash(group)), () => Json(path, w =>
                {
                    w.WriteStartObject();
                    foreach (var (term, list) in group)
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
                }));
            }));

        for (var start = 0; start < docs.Length; start += ChunkSize)
        {
            var chunk = docs.Skip(start).Take(ChunkSize).ToList();
            var path = $"results/{start / ChunkSize}.json";
            var keys = chunk.Select(p => views.Key(p.Slug)).ToList();
            files.Add(RenderMemo.Reuse(memo, keys.Contains(null) ? null : Key(path, string.Join(",", keys)),
                () => Json(path, w => SearchRecords.Write(w, chunk.Select(p => views[p.Slug])))));
        }

        files.Add(Json("facets.json", w => WriteFacets(w, SearchFacets.Build(site))));
        files.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));

        var build = BuildHash(files);
        var firstChars = postings.Select(p => p.Key).Select(t => SearchText.FileKey(t[..1])).Distinct().ToList();
        files.Insert(0, Json("index.json", w =>
        {
            w.WriteStartObject();
            w.WriteNumber("version", 1);
            w.WriteString("build", build);
            w.WriteNumber("count", docs.Length);
            w.WriteNumber("chunk", ChunkSize);
            w.WriteStartArray("terms");
            firstChars.ForEach(w.WriteStringValue);
            w.WriteEndArray();
            w.WriteEndObject();
        }));
        return [.. files];
    }

    internal static string? Key(string kind, string? key) => key is null ? null : $"search|{kind}|{key}";

    /// <summary>A SHA-256 of a shard's terms and lists, its memo key: cheaper than writing the shard.</summary>
    private static string ContentHash(IEnumerable<KeyValuePair<string, List<int>>> shard)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (term, list) in shard)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(term);
            sha.AppendData(BitConverter.GetBytes(bytes.Length)); // lengths first: no two shards hash the same bytes
            sha.AppendData(bytes);
            sha.AppendData(BitConverter.GetBytes(list.Count));
            sha.AppendData(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(list)));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

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
        Lists(w, "tag", facets.DocTags);
        Numbers(w, "company", facets.DocCompany);
        Lists(w, "location", facets.DocLocations);
        Numbers(w, "workplace", facets.DocWorkplace);
        Numbers(w, "type", facets.DocEmploymentType);
        Numbers(w, "currency", facets.DocCurrency);
        Numbers(w, "salary", facets.DocSalary);
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

    private static void Numbers(Utf8JsonWriter w, string name, ImmutableArray<int> numbers)
    {
        w.WriteStartArray(name);
        foreach (var n in numbers)
        {
            w.WriteNumberValue(n);
        }

        w.WriteEndArray();
    }

    private static void Lists(Utf8JsonWriter w, string name, ImmutableArray<ImmutableArray<int>> lists)
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

    private static OutputFile Json(string path, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return new OutputFile(Folder + path, stream.ToArray());
    }

    private static string BuildHash(IEnumerable<OutputFile> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(file.Path + "\n"));
            sha.AppendData(file.Content);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
    }
}
