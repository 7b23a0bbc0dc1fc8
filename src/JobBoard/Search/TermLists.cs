using JobBoard.Render;
using static JobBoard.Search.SearchTerms;

namespace JobBoard.Search;

/// <summary>
/// The inverted index of the open postings: for each term that has documents, its list
/// [doc, score, doc, score, ...] by ascending document number, and those terms in ordinal order.
/// <see cref="Update"/> brings it to the next build's documents: when they have the same keys in
/// the same places but a few, it patches the lists of the terms those few had or have; otherwise it
/// inverts every document again.
/// </summary>
internal sealed class TermLists(TermNumbers numbers)
{
    /// <summary>
    /// Above this many documents in new places, inverting again costs less than patching (a
    /// posting that moves up the order shifts every document between its old and new place).
    /// </summary>
    private const int MaxPatched = 64;

    private List<int>?[] lists = [];

    public TermNumbers Numbers => numbers;

    /// <summary>The documents the lists are of.</summary>
    public ScoredTerms[] Docs { get; private set; } = [];

    /// <summary>The key of each document (<see cref="SearchIndex.Changed"/>).</summary>
    public UInt128[] Keys { get; private set; } = [];

    /// <summary>Every term numbered so far, indexed by its number.</summary>
    public string[] Terms { get; private set; } = [];

    /// <summary>The numbers of the terms that have a list, in ordinal order of the terms.</summary>
    public List<int> Sorted { get; } = [];

    /// <summary>The list of a term, null when no document has it.</summary>
    public List<int>? this[int term] => lists[term];

    /// <summary>
    /// Brings the lists to <paramref name="next"/> (by document number).
    /// </summary>
    /// <param name="keys">Each document's key (<see cref="SearchIndex.Changed"/>).</param>
    public void Update(ScoredTerms[] next, UInt128[] keys)
    {
        Terms = numbers.All();
        var changed = Docs.Length == next.Length ? SearchIndex.Changed(Keys, keys) : null;
        Keys = keys;
        if (changed is null || changed.Count > MaxPatched)
        {
            Invert(next);
            return;
        }

        Array.Resize(ref lists, Terms.Length);
        var removed = new List<(int Term, int Doc)>();
        var added = new List<(int Term, int Doc, int Score)>();
        foreach (var doc in changed)
        {
            var before = new Dictionary<int, int>(Docs[doc].Terms.Length);
            for (var i = 0; i < Docs[doc].Terms.Length; i++)
            {
                before[Docs[doc].Terms[i]] = Docs[doc].Scores[i];
            }

            var (terms, scores) = next[doc];
            for (var i = 0; i < terms.Length; i++)
            {
                if (before.Remove(terms[i], out var score))
                {
                    if (score == scores[i])
                    {
                        continue; // the same entry in the same list
                    }

                    removed.Add((terms[i], doc));
                }

                added.Add((terms[i], doc, scores[i]));
            }

            removed.AddRange(before.Keys.Select(term => (term, doc)));
        }

        var touched = new HashSet<int>(removed.Select(r => r.Term).Concat(added.Select(a => a.Term)));
        var had = touched.Where(t => lists[t] is not null).ToHashSet();

        // Every removal before any addition: a document number may leave one posting and come with another.
        foreach (var (term, doc) in removed)
        {
            var list = lists[term]!;
            list.RemoveRange(Find(list, doc), 2);
            if (list.Count == 0)
            {
                lists[term] = null;
            }
        }

        foreach (var (term, doc, score) in added)
        {
            var list = lists[term] ??= [];
            list.InsertRange(Find(list, doc), [doc, score]);
        }

        var appeared = touched.Where(t => had.Contains(t) != lists[t] is not null).ToHashSet();
        foreach (var term in appeared)
        {
            var at = Sorted.BinarySearch(term, Comparer<int>.Create(ByTerm));
            if (at >= 0)
            {
                Sorted.RemoveAt(at);
            }
            else
            {
                Sorted.Insert(~at, term);
            }
        }

        Docs = next;
    }

    /// <summary>Inverting by term number indexes an array instead of hashing a million strings; the distinct terms are sorted once.</summary>
    private void Invert(ScoredTerms[] next)
    {
        var lengths = new int[Terms.Length];
        foreach (var doc in next)
        {
            foreach (var term in doc.Terms)
            {
                lengths[term] += 2;
            }
        }

        lists = [.. lengths.Select(n => n == 0 ? null : new List<int>(n))];
        for (var doc = 0; doc < next.Length; doc++)
        {
            var (terms, scores) = next[doc];
            for (var t = 0; t < terms.Length; t++)
            {
                var list = lists[terms[t]]!;
                list.Add(doc);
                list.Add(scores[t]);
            }
        }

        Sorted.Clear();
        Sorted.AddRange(Enumerable.Range(0, Terms.Length).Where(t => lists[t] is not null));
        Sorted.Sort(ByTerm);
        Docs = next;
    }

    /// <summary>The terms that start with <paramref name="prefix"/>, in order.</summary>
    public IEnumerable<int> StartingWith(string prefix)
    {
        int low = 0, high = Sorted.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(Terms[Sorted[middle]], prefix) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < Sorted.Count && Terms[Sorted[i]].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            yield return Sorted[i];
        }
    }

    private int ByTerm(int a, int b) => string.CompareOrdinal(Terms[a], Terms[b]);

    /// <summary>Where <paramref name="doc"/> is or would go in a list of (doc, score) pairs.</summary>
    private static int Find(List<int> list, int doc)
    {
        int low = 0, high = list.Count / 2;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (list[2 * middle] < doc)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return 2 * low;
    }
}
