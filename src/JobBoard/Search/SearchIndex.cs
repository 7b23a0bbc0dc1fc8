using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using JobBoard.Render;
using JobBoard.Site;
using static JobBoard.Search.SearchTerms;

namespace JobBoard.Search;

/// <summary>
/// The files under <c>search/</c> with what they were made from, so that a rebuild makes again
/// only the files its changes touch: the term and postings files of the terms whose lists changed
/// (<see cref="TermLists"/>), the result chunks whose postings' views changed, the facets when a
/// posting's facets did. A cold build is the update of an empty index.
/// </summary>
internal sealed class SearchIndex(TermNumbers numbers)
{
    private readonly TermLists lists = new(numbers);

    /// <summary>Every file but index.json by path, each with its line of the build hash: its path, a line
    /// break and the SHA-256 of its content.</summary>
    private readonly SortedDictionary<string, (OutputFile File, byte[] HashLine)> files = new(StringComparer.Ordinal);

    /// <summary>The file keys of the terms' first characters, in the terms' order.</summary>
    private List<string> firstCharacters = [];

    private SearchFacets? facets;

    public TermNumbers Numbers => lists.Numbers;

    /// <summary>Brings the index to <paramref name="site"/>'s open postings and returns all its files.</summary>
    /// <param name="text">The board's language, for the facets' labels.</param>
    public ImmutableArray<OutputFile> Update(SiteModel site, JobViews views, SearchTerms searchTerms, Translation text)
    {
        var docs = site.Open;
        var scored = Enumerable.Range(0, docs.Length).Select(doc => searchTerms[doc]).ToArray();
        var records = Changed<ScoredTerms>(lists.Docs, scored); // see SearchTerms: the same terms, the same view
        var changed = lists.Update(scored);
        var terms = lists.Terms;
        if (changed is null)
        {
            foreach (var path in files.Keys.Where(p => p.StartsWith(SearchIndexWriter.Folder + "terms/", StringComparison.Ordinal)
                || p.StartsWith(SearchIndexWriter.Folder + "postings/", StringComparison.Ordinal)).ToList())
            {
                files.Remove(path);
            }
        }

        IEnumerable<string> Prefixes(IEnumerable<int> numbered, int length) =>
            numbered.Select(t => terms[t][..Math.Min(length, terms[t].Length)]).Distinct(StringComparer.Ordinal);

        foreach (var first in Prefixes(changed?.Terms ?? (IEnumerable<int>)lists.Sorted, 1))
        {
            Set($"terms/{SearchText.FileKey(first)}.json", lists.StartingWith(first).ToList() is { Count: > 0 } run
                ? SearchIndexWriter.Terms(run.Select(t => terms[t]))
                : null);
        }

        var shards = Prefixes(changed?.Lists ?? (IEnumerable<int>)lists.Sorted, 2).AsParallel().Select(prefix =>
        {
            // The terms of a two-character prefix, or a one-character term alone.
            var run = lists.StartingWith(prefix).TakeWhile(t => prefix.Length == 2 || terms[t].Length == 1).ToList();
            return (Path: $"postings/{SearchText.FileKey(prefix)}.json",
                Content: run.Count == 0 ? null : SearchIndexWriter.Postings(run.Select(t => (terms[t], lists[t]!))));
        }).ToList();
        foreach (var (path, content) in shards)
        {
            Set(path, content);
        }

        foreach (var chunk in records.Select(d => d / SearchIndexWriter.ChunkSize).Distinct())
        {
            var start = chunk * SearchIndexWriter.ChunkSize;
            Set($"results/{chunk}.json", start < docs.Length
                ? SearchIndexWriter.Results(docs.Skip(start).Take(SearchIndexWriter.ChunkSize).Select(p => views[p.Slug]))
                : null);
        }

        var (next, facetsChanged) = SearchFacets.Build(site, text, facets);
        if (facetsChanged)
        {
            Set("facets.json", SearchIndexWriter.Facets(next));
        }

        facets = next;
        if (changed is null || changed.Value.Terms.Count > 0)
        {
            firstCharacters = FirstCharacters();
        }

        var index = new OutputFile(SearchIndexWriter.Folder + "index.json", SearchIndexWriter.Entry(BuildHash(), docs.Length, firstCharacters));
        return [index, .. files.Values.Select(f => f.File)];
    }

    /// <summary>
    /// The places where <paramref name="next"/> does not hold the very object <paramref name="last"/> held,
    /// places past the shorter list included. The same object stands for the same content: the engine gives
    /// a posting's terms back only for the same view key, and the site keeps an unchanged posting's object.
    /// </summary>
    internal static List<int> Changed<T>(ReadOnlySpan<T> last, ReadOnlySpan<T> next)
        where T : class
    {
        var changed = new List<int>();
        for (var i = 0; i < Math.Max(last.Length, next.Length); i++)
        {
            if (i >= last.Length || i >= next.Length || last[i] is null || !ReferenceEquals(last[i], next[i]))
            {
                changed.Add(i);
            }
        }

        return changed;
    }

    /// <summary>Puts a file in the index, or takes it out when it has no content.</summary>
    private void Set(string path, byte[]? content)
    {
        path = SearchIndexWriter.Folder + path;
        if (content is null)
        {
            files.Remove(path);
        }
        else
        {
            files[path] = (new OutputFile(path, content), [.. Encoding.UTF8.GetBytes(path + "\n"), .. SHA256.HashData(content)]);
        }
    }

    private List<string> FirstCharacters()
    {
        var keys = new List<string>();
        var last = (char?)null;
        foreach (var term in lists.Sorted)
        {
            if (lists.Terms[term][0] != last)
            {
                last = lists.Terms[term][0];
                keys.Add(SearchText.FileKey(lists.Terms[term][..1]));
            }
        }

        return keys;
    }

    /// <summary>Twelve hex digits of a SHA-256 of every file's path and content hash: any changed file changes it.</summary>
    private string BuildHash()
    {
        var lines = new byte[files.Values.Sum(f => f.HashLine.Length)];
        var at = 0;
        foreach (var (_, line) in files.Values)
        {
            line.CopyTo(lines, at);
            at += line.Length;
        }

        return Convert.ToHexStringLower(SHA256.HashData(lines))[..12];
    }
}
