using System.Collections.Concurrent;
using JobBoard.Model;
using JobBoard.Normalize;
using JobBoard.Render;

namespace JobBoard.Search;

/// <summary>
/// The scored terms of each open posting, scored while the job views are built (the full view, with
/// its body text, exists only then); <see cref="SearchIndexWriter"/> inverts them into the index.
/// A rebuild that reuses a posting's view reuses its terms with it. Safe to set from several threads.
/// </summary>
/// <param name="numbers">The numbering of terms: the last build's, kept for the next, numbers only new words.</param>
/// <param name="taxonomy">The tags' other spellings, which find their jobs too.</param>
public sealed class SearchTerms(SearchTerms.TermNumbers numbers, int documents, Taxonomy taxonomy)
{
    private readonly ScoredTerms[] byDocument = new ScoredTerms[documents];

    internal TermNumbers Numbers => numbers;

    /// <summary>
    /// A document's terms. They are kept with the posting's view, so the same object in two builds
    /// stands for the same view, and the same result record.
    /// </summary>
    internal ScoredTerms this[int document] => byDocument[document];

    /// <summary>A posting's scored terms (numbered by <see cref="Numbers"/>).</summary>
    /// <param name="view">The full view, with <see cref="JobView.BodyText"/>.</param>
    internal ScoredTerms Score(Posting posting, JobView view)
    {
        var tags = view.Tags.Select(t => t.Name).Concat(posting.Tags.SelectMany(taxonomy.Synonyms));
        var (terms, scores) = FieldWeights.Score(posting, tags, view.BodyText is { } text ? text.Chars.Span : default, numbers);
        return new ScoredTerms(terms, scores);
    }

    /// <param name="document">The posting's place in <see cref="Site.SiteModel.Open"/>.</param>
    internal void Set(int document, ScoredTerms terms) => byDocument[document] = terms;

    /// <summary>A posting's terms (by number) with their scores, as flat arrays: a memo holds ten thousand.</summary>
    internal sealed record ScoredTerms(int[] Terms, int[] Scores);

    /// <summary>Numbers terms as scoring meets them.</summary>
    public sealed class TermNumbers
    {
        private readonly ConcurrentDictionary<string, int> numbers = new(StringComparer.Ordinal);
        private readonly List<string> terms = [];
        private string[] all = [];

        internal int Of(string term)
        {
            if (numbers.TryGetValue(term, out var known))
            {
                return known;
            }

            lock (terms)
            {
                return numbers.GetOrAdd(term, t =>
                {
                    terms.Add(t);
                    return terms.Count - 1;
                });
            }
        }

        /// <summary>Every term numbered so far, indexed by its number; the same array while no term is added.</summary>
        internal string[] All()
        {
            lock (terms)
            {
                return all.Length == terms.Count ? all : all = [.. terms];
            }
        }
    }
}
