using System.Text.Json;
using System.Text.RegularExpressions;
using JobBoard.Pipeline;
using JobBoard.Search;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Search;

/// <summary>The facet counts by term (<c>facets/terms/</c>) of a board large enough to have them (<see cref="LargeBoard"/>).</summary>
public sealed class TermFacetsTests : IClassFixture<TermFacetsTests.Large>
{
    private readonly Large generated;

    public TermFacetsTests(Large generated) => this.generated = generated;

    public sealed class Large : SearchIndexWriterTests.Generated, IDisposable
    {
        private readonly TempFolder temp;

        public Large()
            : this(new TempFolder())
        {
        }

        private Large(TempFolder temp)
            : base(Options(temp)) => this.temp = temp;

        public void Dispose() => temp.Dispose();

        private static BuildOptions Options(TempFolder temp)
        {
            LargeBoard.Write(temp.Combine("input", "jobs"));
            return new BuildOptions(temp.Combine("input"), RepoPaths.Theme, "unused", Now: new DateOnly(2026, 11, 1));
        }
    }

    [Fact]
    public void A_large_board_splits_postings_by_two_characters_and_has_facet_counts_by_term()
    {
        var entry = generated.Json("index.json");
        Assert.Equal(LargeBoard.Count, entry.GetProperty("count").GetInt32());
        Assert.Equal(2, entry.GetProperty("postings").GetInt32());
        Assert.True(entry.GetProperty("termFacets").GetBoolean());
        Assert.Contains("postings/ka.json", generated.Files.Keys);
        Assert.Contains("facets/terms/ka/f.json", generated.Files.Keys);
    }

    /// <summary>
    /// The facet counts of one-word queries agree with the other files: for every term, and for every prefix that the
    /// browser expands to two terms or more (its first <see cref="TermFacets.Expansions"/>), the entry counts the rows of
    /// the documents in those terms' postings, and its boosts are the documents found that have a one-word tag or
    /// company of that name.
    /// </summary>
    [Fact]
    public void Each_one_word_querys_facet_counts_are_the_rows_of_its_documents_counted()
    {
        var terms = generated.Files.Keys.Where(k => k.StartsWith("terms/", StringComparison.Ordinal))
            .SelectMany(k => generated.Json(k).EnumerateArray().Select(t => t.GetString()!)).Order(StringComparer.Ordinal).ToList();
        var chunks = generated.Files.Keys.Count(k => Regex.IsMatch(k, @"^facets/\d+\.json$"));
        Assert.Equal(2, chunks);
        var rows = Enumerable.Range(0, chunks).Select(n => generated.Json($"facets/{n}.json")).ToList();
        var values = generated.Json("facets/values.json");
        List<int>[] Column(string name, bool lists) =>
            [.. rows.SelectMany(chunk => chunk.GetProperty(name).EnumerateArray()).Select(v => lists ? v.EnumerateArray().Select(n => n.GetInt32()).ToList()
                : name == "workplace" ? [.. Enumerable.Range(0, 3).Where(bit => (v.GetInt32() & (1 << bit)) != 0)]
                : v.GetInt32() < 0 ? [] : [v.GetInt32()])];
        var columns = new[] { ("tag", true), ("company", false), ("location", true), ("workplace", false), ("type", false) }
            .ToDictionary(c => c.Item1, c => Column(c.Item1, c.Item2));
        string? Word(string facet, int value) => SearchText.Tokens(values.GetProperty(facet)[value][1].GetString()).ToList() is [var word] ? word : null;

        var expected = new List<string>();
        foreach (var term in terms)
        {
            expected.Add(term);
            expected.AddRange(Enumerable.Range(2, term.Length - 1).Select(n => term[..n]).Where(p => terms.Count(t => t.StartsWith(p, StringComparison.Ordinal)) >= 2).Select(p => p + "*"));
        }

        var entries = generated.Files.Keys.Where(k => k.StartsWith("facets/terms/", StringComparison.Ordinal))
            .SelectMany(k => generated.Json(k).EnumerateObject().Select(e => (File: k, e.Name, e.Value))).ToList();
        Assert.Equal(expected.Distinct().Order(StringComparer.Ordinal), entries.Select(e => e.Name).Order(StringComparer.Ordinal));
        foreach (var (file, key, entry) in entries)
        {
            var stem = key.TrimEnd('*');
            Assert.Equal(stem.Length < 3 ? $"facets/terms/{SearchText.FileKey(stem)}.json" : $"facets/terms/{SearchText.FileKey(stem[..2])}/{SearchText.FileKey(stem[2..3])}.json", file);
            var found = (key.EndsWith('*') ? terms.Where(t => t.StartsWith(stem, StringComparison.Ordinal)).Take(TermFacets.Expansions) : [key])
                .SelectMany(t => generated.Postings(t).Keys).ToHashSet();
            foreach (var (facet, column) in columns)
            {
                var counts = found.SelectMany(doc => column[doc]).CountBy(v => v)
                    .OrderByDescending(c => c.Value).ThenBy(c => values.GetProperty(facet)[c.Key][1].GetString(), StringComparer.Ordinal).ToList();
                var shown = entry.TryGetProperty(facet, out var made)
                    ? made.GetProperty("top").EnumerateArray().Select(v => $"{v[0].GetString()} {v[2].GetInt32()}").Prepend($"{made.GetProperty("values").GetInt32()} values")
                    : ["0 values"];
                Assert.Equal(counts.Take(SearchIndexWriter.FacetsShown).Select(c => $"{values.GetProperty(facet)[c.Key][0].GetString()} {c.Value}").Prepend($"{counts.Count} values"), shown);
            }

            var boosted = found.SelectMany(doc => columns["tag"][doc].Select(v => (Doc: doc, Word: Word("tag", v))).Concat(columns["company"][doc].Select(v => (Doc: doc, Word: Word("company", v)))))
                .Where(b => b.Word is not null && SearchText.Stem(b.Word) == stem).Distinct()
                .GroupBy(b => b.Word!).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {string.Join(' ', g.Select(b => b.Doc).Order())}");
            var boosts = entry.TryGetProperty("boost", out var made2)
                ? made2.EnumerateObject().Select(b => $"{b.Name}: {string.Join(' ', SearchIndexWriterTests.Undelta(b.Value))}")
                : [];
            Assert.Equal(boosted, boosts);
        }

        Assert.Contains(entries, e => e.Name == "kafka" && e.Value.GetProperty("boost").TryGetProperty("kafka", out _));
        Assert.Contains(entries, e => e.Name == "ku*");
        Assert.Contains(entries, e => e.Name == "ka*"); // kafka, kafkaesque
    }

}
