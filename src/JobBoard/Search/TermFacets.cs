using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;

namespace JobBoard.Search;

/// <summary>
/// <c>facets/terms/{cc}/{c}.json</c>: the facet panel of a one-word query, so the first query a visitor types fetches one
/// small file, of the terms that share their first three characters, not the facet data of the board. The keys are
/// <list type="bullet">
/// <item>each term, for the documents that have it;</item>
/// <item>each prefix that search.js expands to two or more terms, followed by <c>*</c>, for the documents that
/// have any of them (the same terms search.js takes: the prefix itself and the longer terms after it, at most
/// <see cref="Expansions"/> in all).</item>
/// </list>
/// A key is in the file of its first three characters, less the <c>*</c>: the third names the file in the folder of
/// the first two, so no file is named like a Windows device (<c>con</c>, <c>aux</c>); a shorter key has the file
/// <c>facets/terms/{cc}.json</c> of all its characters.
/// Each holds, per facet, as <c>facets/summary.json</c> does for the whole board, the number of values its documents
/// have and the <see cref="SearchIndexWriter.FacetsShown"/> with the most (value, label, count), and under <c>boost</c>
/// the documents that have a one-word tag or company name stemming to it, by that name (search.js ranks them first
/// when that name is the query). Queries of more words, typos, filters and "show all" count the rows instead.
/// </summary>
internal sealed class TermFacets(SearchFacets facets, TermLists lists)
{
    /// <summary>At most this many terms stand for a typed prefix (search.js <c>expand</c>).</summary>
    public const int Expansions = 50;

    private static readonly string[] Names = ["tag", "company", "location", "workplace", "type"];

    /// <summary>Countings no file is using: each is as large as the vocabularies, and files are made in parallel.</summary>
    private readonly ConcurrentBag<Counting> spare = [];

    /// <summary>The documents of each one-word tag or company name, by the name's stem, then by the name.</summary>
    private readonly Dictionary<string, SortedDictionary<string, List<int>>> boosts = Boosts(facets);

    /// <summary>Characters of a key that name its file.</summary>
    public const int FileCharacters = 3;

    /// <summary>The entries, in a file, of the terms of <paramref name="run"/> (consecutive in <see cref="TermLists.Sorted"/>)
    /// and of their prefixes, whose length is from <paramref name="shortest"/> to <paramref name="longest"/>.</summary>
    public byte[] File(int[] run, int shortest, int longest)
    {
        var terms = lists.Terms;
        var counting = spare.TryTake(out var kept) ? kept : new Counting(new Tally(facets), new bool[facets.Rows.Length], []);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            for (var i = 0; i < run.Length; i++)
            {
                if (terms[run[i]].Length >= shortest && terms[run[i]].Length <= longest)
                {
                    Entry(w, terms[run[i]], terms[run[i]], run.AsSpan(i, 1), counting);
                }
            }

            var key = new char[run.Max(t => terms[t].Length) + 1];
            for (var i = 0; i < run.Length; i++)
            {
                // The prefixes first met at this term (longer than the one it shares with the term before) that the
                // next term shares too: each once, and only those with two terms or more.
                var term = terms[run[i]];
                var shared = Math.Min(longest, i + 1 < run.Length ? CommonLength(term, terms[run[i + 1]]) : 0);
                var from = Math.Max(Math.Max(2, shortest), i > 0 ? CommonLength(terms[run[i - 1]], term) + 1 : 0);
                for (var length = from; length <= shared; length++)
                {
                    var prefix = term.AsSpan(0, length);
                    var end = i + 1;
                    while (end < run.Length && end - i < Expansions && terms[run[end]].AsSpan().StartsWith(prefix, StringComparison.Ordinal))
                    {
                        end++;
                    }

                    prefix.CopyTo(key);
                    key[length] = '*';
                    Entry(w, key.AsSpan(0, length + 1), prefix, run.AsSpan(i, end - i), counting);
                }
            }

            w.WriteEndObject();
        }

        spare.Add(counting);
        return stream.ToArray();
    }

    /// <summary>What counting a file's entries reuses: the tally, which documents are counted, and their list.</summary>
    private sealed record Counting(Tally Tally, bool[] Seen, List<int> Docs);

    /// <param name="stem">The stem a one-word query has when this entry answers it, for the boosts.</param>
    private void Entry(Utf8JsonWriter w, ReadOnlySpan<char> key, ReadOnlySpan<char> stem, ReadOnlySpan<int> terms, Counting counting)
    {
        var (tally, seen, docs) = counting;
        foreach (var term in terms)
        {
            var list = lists[term]!;
            for (var i = 0; i < list.Count; i += 2)
            {
                if (!seen[list[i]])
                {
                    seen[list[i]] = true;
                    docs.Add(list[i]);
                }
            }
        }

        w.WriteStartObject(key);
        foreach (var doc in docs)
        {
            tally.Add(facets.Rows[doc]);
        }

        tally.Write(w);
        if (boosts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(stem, out var names))
        {
            w.WriteStartObject("boost");
            foreach (var (name, boosted) in names)
            {
                w.WriteStartArray(name);
                var last = 0;
                foreach (var doc in boosted)
                {
                    if (seen[doc])
                    {
                        w.WriteNumberValue(doc - last);
                        last = doc;
                    }
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        docs.ForEach(doc => seen[doc] = false);
        docs.Clear();
    }

    private static int CommonLength(string a, string b) => a.AsSpan().CommonPrefixLength(b);

    private static Dictionary<string, SortedDictionary<string, List<int>>> Boosts(SearchFacets facets)
    {
        // search.js compares the query's folded words, joined by spaces, with each name's.
        static string? Word(FacetValue value) => SearchText.Tokens(value.Label) is [var word] ? word : null;
        var tags = facets.Tags.Select(Word).ToArray();
        var companies = facets.Companies.Select(Word).ToArray();
        var boosts = new Dictionary<string, SortedDictionary<string, List<int>>>(StringComparer.Ordinal);
        for (var doc = 0; doc < facets.Rows.Length; doc++)
        {
            var row = facets.Rows[doc];
            var words = row.Tags.Select(t => tags[t]).Append(row.Company >= 0 ? companies[row.Company] : null).OfType<string>().Distinct(StringComparer.Ordinal);
            foreach (var word in words)
            {
                var byName = boosts.TryGetValue(SearchText.Stem(word), out var found) ? found : boosts[SearchText.Stem(word)] = new(StringComparer.Ordinal);
                (byName.TryGetValue(word, out var docs) ? docs : byName[word] = []).Add(doc);
            }
        }

        return boosts;
    }

    /// <summary>Counts facet values over some rows, touching only the values they have.</summary>
    private sealed class Tally(SearchFacets facets)
    {
        private readonly int[][] tallies =
            [new int[facets.Tags.Length], new int[facets.Companies.Length], new int[facets.Locations.Length], new int[facets.Workplaces.Length], new int[facets.EmploymentTypes.Length]];

        private readonly List<int>[] used = [[], [], [], [], []];

        private Action<int, int>? one;

        public void Add(FacetRow row) => row.Visit(facets.Workplaces.Length, one ??= One);

        /// <summary>Writes the counts of each facet with values, and starts again.</summary>
        public void Write(Utf8JsonWriter w)
        {
            ImmutableArray<FacetValue>[] values = [facets.Tags, facets.Companies, facets.Locations, facets.Workplaces, facets.EmploymentTypes];
            for (var facet = 0; facet < Names.Length; facet++)
            {
                if (used[facet].Count > 0)
                {
                    SearchIndexWriter.Top(w, Names[facet], values[facet], tallies[facet], used[facet]);
                }

                used[facet].ForEach(value => tallies[facet][value] = 0);
                used[facet].Clear();
            }
        }

        private void One(int facet, int value)
        {
            if (tallies[facet][value]++ == 0)
            {
                used[facet].Add(value);
            }
        }
    }
}
