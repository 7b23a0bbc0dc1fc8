namespace JobBoard.Tests.Corpus;

/// <summary>The scorer follows score.py's rules, on tiny in-memory labels and outputs.</summary>
public sealed class CorpusScoreTests
{
    private const string Labels = """
        [{"id": "a", "title": "Senior  Dev", "company": "O\u2019Hara", "workplace": "remote-or-onsite", "employment_type": "*",
          "experience_level": "senior", "salary": {"min": 50000, "max": 60000, "currency": "EUR", "period": "YEAR"},
          "date_posted": "2024-01-02", "apply_url": "https://x.example/jobs/", "archived": false, "tags": ["Node", "k8s"]},
         {"id": "b", "title": "Designer", "company": null, "workplace": null, "employment_type": null,
          "experience_level": null, "salary": null, "date_posted": null, "apply_url": null, "archived": true, "tags": "*"}]
        """;

    private const string Output = """
        [{"file": "postings/a.md", "title": "senior dev", "company": "o'hara", "workplace": ["onsite", "remote"],
          "employmentType": "FULL_TIME", "experienceLevel": "Senior", "salary": {"min": 50000.001, "max": 60000, "currency": "EUR", "period": "YEAR"},
          "datePosted": "2024-01-02", "applyUrl": "https://x.example/jobs", "archived": false, "tags": ["nodejs", "kubernetes", "go"]},
         {"file": "postings/b", "title": "Designer", "company": "Acme", "workplace": [], "employmentType": null,
          "experienceLevel": null, "salary": null, "datePosted": "2024-01-01", "applyUrl": null, "archived": false, "tags": ["x"]}]
        """;

    private static readonly CorpusScore Score = CorpusScore.Compute(Labels, Output);

    [Theory]
    [InlineData("title", 2, 2)]
    [InlineData("company", 1, 2)]
    [InlineData("workplace", 2, 2)]
    [InlineData("employment_type", 1, 1)]
    [InlineData("experience_level", 2, 2)]
    [InlineData("salary", 2, 2)]
    [InlineData("date_posted", 1, 2)]
    [InlineData("apply_url", 2, 2)]
    [InlineData("archived", 1, 2)]
    public void Fields_are_compared_as_score_py_compares_them(string field, int right, int of)
    {
        Assert.Equal(new FieldScore(field, right, of), Score[field]);
    }

    [Fact]
    public void Tags_are_folded_and_a_star_label_is_not_scored()
    {
        Assert.Equal((2, 3, 2), (Score.TagHits, Score.TagsFound, Score.TagsWanted));
    }

    [Fact]
    public void A_value_where_the_label_is_empty_is_invented()
    {
        Assert.Equal((2, 13), (Score.Invented, Score.Inventable));
    }

    [Fact]
    public void Misses_show_the_label_and_the_output()
    {
        Assert.Contains("b company: null → \"Acme\"", Score.Misses);
        Assert.Contains("b archived: true → false", Score.Misses);
    }

    [Fact]
    public void A_posting_without_output_misses_every_field()
    {
        var score = CorpusScore.Compute(Labels, "[]");
        Assert.Equal(0, score.Right);
        Assert.Equal(17, score.Of);
        Assert.Contains("a: no output for this posting", score.Misses);
    }
}
