using JobBoard.Model;
using JobBoard.Render;
using JobBoard.Search;
using JobBoard.Tests.Normalize;

namespace JobBoard.Tests.Search;

/// <summary>How a posting's terms are scored (<see cref="FieldWeights"/>), and that a thread's reused tally carries
/// nothing from one posting, or one build's term numbers, to the next.</summary>
public sealed class FieldWeightsTests
{
    private static readonly string[] Texts =
    [
        "---\ntitle: Go Developer\ncompany: Gopher Works\nlocation: Berlin\ntags: [go, docker]\n---\n\nWe write go. Go go go go go, all day.\n",
        "---\ntitle: Senior Data Engineers\ncompany: Rows & Columns\nlocation: Remote\n---\n\nEngineers who love data. Our engineers ship pipelines.\n",
        "---\ntitle: Café Barista\ncompany: Café Numérique\nlocation: Paris\ntags: [coffee]\n---\n\nUn café, deux cafés, C++ et C# pour la caisse.\n",
    ];

    [Fact]
    public void Each_field_scores_a_term_once_and_the_body_up_to_its_cap()
    {
        var scores = Scored(NormalizeHelper.Posting(Texts[0]), new SearchTerms.TermNumbers());

        // The title, the tags, then six times in the body, of which four count.
        Assert.Equal(FieldWeights.Title + FieldWeights.Tags + FieldWeights.BodyRepeatCap * FieldWeights.Body, scores["go"]);
        Assert.Equal(FieldWeights.Company, scores["gopher"]);
        Assert.Equal(FieldWeights.Location, scores["berlin"]);
        Assert.Equal(FieldWeights.Body, scores["day"]);
    }

    [Fact]
    public void A_posting_scores_the_same_after_others_on_the_thread_and_with_other_numbers()
    {
        var postings = Texts.Select(NormalizeHelper.Posting).ToArray();
        var alone = postings.Select(p => Scored(p, new SearchTerms.TermNumbers())).ToArray();

        var (first, second) = (new SearchTerms.TermNumbers(), new SearchTerms.TermNumbers());
        foreach (var (numbers, order) in new[] { (first, new[] { 0, 1, 2, 1 }), (second, [2, 1, 0]), (first, [0, 2]) })
        {
            foreach (var i in order)
            {
                Assert.Equal(alone[i], Scored(postings[i], numbers));
            }
        }
    }

    /// <summary>The posting's terms as words, with their scores.</summary>
    private static SortedDictionary<string, int> Scored(Posting posting, SearchTerms.TermNumbers numbers)
    {
        var body = new MarkdownRenderer().Render(posting.Body).Text;
        var (terms, scores) = FieldWeights.Score(posting, [], body.Span, numbers);
        var words = numbers.All();
        Assert.Equal(terms.Length, terms.Distinct().Count());
        return new SortedDictionary<string, int>(terms.Select((t, i) => (words[t], scores[i])).ToDictionary(p => p.Item1, p => p.Item2),
            StringComparer.Ordinal);
    }
}
