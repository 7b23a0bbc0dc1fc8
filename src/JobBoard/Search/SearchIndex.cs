using System.Collections.Immutable;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using JobBoard.Model;
using JobBoard.Render;
using JobBoard.Site;
using static JobBoard.Search.SearchTerms;

namespace JobBoard.Search;

/// <summary>
/// The files under <c>search/</c>. Its state is what inverting ten thousand postings again on every
/// rebuild would cost: the term lists (<see cref="TermLists"/>) and the facet rows
/// (<see cref="SearchFacets"/>), each brought to the next build's documents by their keys. Every
/// file is declared with the key of what it is made from, for the pipeline's engine to make or reuse.
/// </summary>
internal sealed class SearchIndex(TermNumbers numbers)
{
    private readonly TermLists lists = new(numbers);

    private SearchFacets? facets;

    public TermNumbers Numbers => lists.Numbers;

    /// <summary>A file of the index and its line of the build hash: its path, a line break and the SHA-256 of its content.</summary>
    internal sealed record IndexFile(OutputFile File, byte[] HashLine)
    {
        public static IndexFile Of(string path, byte[] content) =>
            new(new OutputFile(SearchIndexWriter.Folder + path, content), [.. Encoding.UTF8.GetBytes(SearchIndexWriter.Folder + path + "\n"), .. SHA256.HashData(content)]);
    }

    /// <summary>A file of the index as declared: the key of its inputs and how to make it.</summary>
    internal readonly record struct Declared(UInt128 Key, Func<IndexFile> Make);

    /// <summary>Brings the index to <paramref name="site"/>'s open postings and declares every file but
    /// <c>index.json</c> (<see cref="Entry"/>).</summary>
    /// <param name="text">The board's language, for the facets' labels.</param>
    public List<Declared> Update(SiteModel site, JobViews views, SearchTerms searchTerms, Translation text)
    {
        var docs = site.Open;
        var keys = docs.Select(views.Key).ToArray();
        lists.Update([.. Enumerable.Range(0, docs.Length).Select(doc => searchTerms[doc])], keys);
        facets = SearchFacets.Build(site, [.. keys], text, facets);
        var terms = lists.Terms;
        var declared = new List<Declared>();

        // A run of terms (numbers of lists.Sorted) and, for a postings file, their lists: term numbers stand for
        // the same terms for the life of the numbering, which the index shares.
        UInt128 Key(string path, ReadOnlySpan<int> run, bool withLists)
        {
            var hash = new XxHash128();
            ReadOnlySpan<UInt128> own = [InputKey.Of(path)];
            hash.Append(MemoryMarshal.AsBytes(own));
            InputKey.Add(hash, run);
            foreach (var term in withLists ? run : [])
            {
                InputKey.Add(hash, CollectionsMarshal.AsSpan(lists[term]));
            }

            return hash.GetCurrentHashAsUInt128();
        }

        var sorted = CollectionsMarshal.AsSpan(lists.Sorted);
        foreach (var (start, length) in Runs(sorted, terms, 1))
        {
            var run = sorted.Slice(start, length).ToArray();
            var path = $"terms/{SearchText.FileKey(terms[run[0]][..1])}.json";
            declared.Add(new(Key(path, run, withLists: false), () => IndexFile.Of(path, SearchIndexWriter.Terms(run.Select(t => terms[t])))));
        }

        // A large board's postings by two characters, with the facet counts of each one-word query beside them (TermFacets),
        // which depend on the facet values and on the rows of the documents in their lists as well.
        var made = facets;
        var large = IsLarge(docs.Length);
        var termFacets = large ? new TermFacets(made, lists) : null;
        var rowKeys = large ? Enumerable.Range(0, docs.Length).Select(doc => made.RowsKey(doc, 1)).ToArray() : [];
        var valuesKey = made.ValuesKey();

        // The facet counts of a postings file's terms: the postings, the facet values and the rows of the documents listed.
        UInt128 FacetsKey(string path, UInt128 postingsKey, int[] run)
        {
            var hash = new XxHash128();
            ReadOnlySpan<UInt128> own = [InputKey.Of(path), postingsKey, valuesKey];
            hash.Append(MemoryMarshal.AsBytes(own));
            foreach (var term in run)
            {
                var list = lists[term]!;
                for (var i = 0; i < list.Count; i += 2)
                {
                    hash.Append(MemoryMarshal.AsBytes(rowKeys.AsSpan(list[i], 1)));
                }
            }

            return hash.GetCurrentHashAsUInt128();
        }

        var postingsCharacters = PostingsCharacters(large);
        foreach (var (start, length) in Runs(sorted, terms, postingsCharacters))
        {
            var run = sorted.Slice(start, length).ToArray();
            var fileKey = SearchText.FileKey(terms[run[0]][..Math.Min(postingsCharacters, terms[run[0]].Length)]);
            var path = $"postings/{fileKey}.json";
            var postingsKey = Key(path, run, withLists: true);
            declared.Add(new(postingsKey, () => IndexFile.Of(path, SearchIndexWriter.Postings(run.Select(t => (terms[t], lists[t]!))))));
            if (termFacets is null)
            {
                continue;
            }

            // The facet counts by the terms' first three characters; those of one or two characters, and the prefix of
            // two, which stands for terms of several of those files, in a file of their own.
            var shortPath = $"facets/terms/{fileKey}.json";
            if (run.Length > 1 || terms[run[0]].Length < TermFacets.FileCharacters)
            {
                declared.Add(new(FacetsKey(shortPath, postingsKey, run), () => IndexFile.Of(shortPath, termFacets.File(run, 1, TermFacets.FileCharacters - 1))));
            }

            foreach (var (from, count) in Runs(run, terms, TermFacets.FileCharacters))
            {
                var three = run[from..(from + count)];
                if (terms[three[0]].Length >= TermFacets.FileCharacters)
                {
                    var threePath = $"facets/terms/{SearchText.FileKey(terms[three[0]][..2])}/{SearchText.FileKey(terms[three[0]][2..3])}.json";
                    declared.Add(new(FacetsKey(threePath, Key(threePath, three, withLists: true), three),
                        () => IndexFile.Of(threePath, termFacets.File(three, TermFacets.FileCharacters, int.MaxValue))));
                }
            }
        }

        for (var start = 0; start < docs.Length; start += SearchIndexWriter.ChunkSize)
        {
            var chunk = docs.AsSpan(start, Math.Min(SearchIndexWriter.ChunkSize, docs.Length - start)).ToArray();
            var path = $"results/{start / SearchIndexWriter.ChunkSize}.json";
            declared.Add(new(InputKey.Of([InputKey.Of(path), .. keys.AsSpan(start, chunk.Length)]),
                () => IndexFile.Of(path, SearchIndexWriter.Results(chunk.Select(p => views[p.Slug])))));
        }

        declared.Add(new(InputKey.Of(InputKey.Of("values"), valuesKey), () => IndexFile.Of("facets/values.json", SearchIndexWriter.FacetValues(made))));
        var counts = made.Count();
        var countsKey = new XxHash128();
        foreach (var column in (int[][])[counts.Tags, counts.Companies, counts.Locations, counts.Workplaces, counts.EmploymentTypes, counts.Currencies])
        {
            InputKey.Add(countsKey, column);
        }

        declared.Add(new(InputKey.Of(InputKey.Of("summary"), valuesKey, countsKey.GetCurrentHashAsUInt128()),
            () => IndexFile.Of("facets/summary.json", SearchIndexWriter.FacetSummary(made, counts))));
        for (var start = 0; start < docs.Length; start += SearchIndexWriter.FacetChunkSize)
        {
            var (from, length) = (start, Math.Min(SearchIndexWriter.FacetChunkSize, docs.Length - start));
            var path = $"facets/{start / SearchIndexWriter.FacetChunkSize}.json";
            declared.Add(new(InputKey.Of(InputKey.Of(path), made.RowsKey(from, length)), () => IndexFile.Of(path, SearchIndexWriter.FacetRows(made, from, length))));
        }

        return declared;
    }

    /// <summary>
    /// Whether a board of <paramref name="count"/> open postings is large: more than one <c>facets/{n}.json</c> of rows.
    /// A small board's query counts its facets from that one file, so facet counts by term would only add files (over a
    /// thousand on a board of ten postings) and bytes, and its postings are split by their first character only.
    /// </summary>
    internal static bool IsLarge(int count) => count > SearchIndexWriter.FacetChunkSize;

    /// <summary>Characters of a term that name its postings file.</summary>
    internal static int PostingsCharacters(bool large) => large ? 2 : 1;

    /// <summary>The runs of <paramref name="sorted"/> whose terms share their first <paramref name="length"/> characters
    /// (a shorter term its whole self): consecutive, as the terms are in order.</summary>
    private static List<(int Start, int Length)> Runs(ReadOnlySpan<int> sorted, string[] terms, int length)
    {
        ReadOnlySpan<char> Prefix(int term) => terms[term].AsSpan(0, Math.Min(length, terms[term].Length));
        var runs = new List<(int Start, int Length)>();
        for (var i = 0; i < sorted.Length;)
        {
            var start = i;
            var first = Prefix(sorted[i]);
            while (++i < sorted.Length && Prefix(sorted[i]).SequenceEqual(first))
            {
            }

            runs.Add((start, i - start));
        }

        return runs;
    }

    /// <summary><c>index.json</c>: the number of documents, the first characters of the terms, and a hash of every
    /// other file's path and content, so that any changed file changes it.</summary>
    /// <param name="files">Every other file of the index: its path and <see cref="IndexFile.HashLine"/>.</param>
    public OutputFile Entry(IEnumerable<(string Path, byte[] HashLine)> files, int count)
    {
        var lines = files.OrderBy(f => f.Path, StringComparer.Ordinal).SelectMany(f => f.HashLine).ToArray();
        var build = Convert.ToHexStringLower(SHA256.HashData(lines))[..12];
        var firstCharacters = Runs(CollectionsMarshal.AsSpan(lists.Sorted), lists.Terms, 1)
            .Select(run => SearchText.FileKey(lists.Terms[lists.Sorted[run.Start]][..1])).ToList();
        return new OutputFile(SearchIndexWriter.Folder + "index.json", SearchIndexWriter.Entry(build, count, firstCharacters, IsLarge(count)));
    }

    /// <summary>The places where <paramref name="next"/> has another key than <paramref name="last"/>, places past the
    /// shorter list included. A document's key is its posting view's (<see cref="JobViews.Key"/>): the engine gives a
    /// posting's terms and facets back only for the same view key.</summary>
    internal static List<int> Changed(ReadOnlySpan<UInt128> last, ReadOnlySpan<UInt128> next)
    {
        var changed = new List<int>();
        for (var i = 0; i < Math.Max(last.Length, next.Length); i++)
        {
            if (i >= last.Length || i >= next.Length || last[i] != next[i])
            {
                changed.Add(i);
            }
        }

        return changed;
    }
}
