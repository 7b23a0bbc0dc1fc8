using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using JobBoard.Pipeline;
using JobBoard.Search;
using JobBoard.Site;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Search;

/// <summary>The index files under /search/ of the sample board: their shapes, determinism, and open postings only.</summary>
public sealed class SearchIndexWriterTests : IClassFixture<SearchIndexWriterTests.Generated>
{
    private readonly Generated generated;

    public SearchIndexWriterTests(Generated generated) => this.generated = generated;

    public class Generated
    {
        public Generated()
            : this(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, "unused"))
        {
        }

        protected Generated(BuildOptions options)
        {
            var site = BuildPipeline.Generate(options);
            Site = site.Site!;
            Files = site.Files.Where(f => f.Path.StartsWith(SearchIndexWriter.Folder, StringComparison.Ordinal)
                    && f.Path.EndsWith(".json", StringComparison.Ordinal))
                .ToDictionary(f => f.Path[SearchIndexWriter.Folder.Length..], f => f.Content);
        }

        public SiteModel Site { get; }

        public Dictionary<string, byte[]> Files { get; }

        public JsonElement Json(string path) => JsonDocument.Parse(Files[path]).RootElement;

        /// <summary>A term's postings file: named by as many of its first characters as index.json says.</summary>
        public string PostingsFile(string term) =>
            $"postings/{SearchText.FileKey(term[..Math.Min(Json("index.json").GetProperty("postings").GetInt32(), term.Length)])}.json";

        /// <summary>A term's documents and their scores.</summary>
        public Dictionary<int, int> Postings(string term)
        {
            var list = Json(PostingsFile(term)).GetProperty(term).EnumerateArray().Select(n => n.GetInt32()).ToList();
            var result = new Dictionary<int, int>();
            for (int i = 0, doc = 0; i < list.Count; i += 2)
            {
                doc += list[i];
                result[doc] = list[i + 1];
            }

            return result;
        }
    }

    [Fact]
    public void The_entry_is_small_and_names_the_term_lists_and_the_count()
    {
        var entry = generated.Json("index.json");
        Assert.True(generated.Files["index.json"].Length < 1024);
        Assert.Equal(generated.Site.Open.Length, entry.GetProperty("count").GetInt32());
        Assert.Equal(SearchIndexWriter.ChunkSize, entry.GetProperty("chunk").GetInt32());
        Assert.Matches("^[0-9a-f]{12}$", entry.GetProperty("build").GetString());
        var keys = entry.GetProperty("terms").EnumerateArray().Select(k => k.GetString()!).ToList();
        Assert.Equal(keys.Select(k => $"terms/{k}.json").Order(StringComparer.Ordinal),
            generated.Files.Keys.Where(k => k.StartsWith("terms/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_small_board_splits_postings_by_first_character_and_has_no_facet_counts_by_term()
    {
        var entry = generated.Json("index.json");
        Assert.Equal(1, entry.GetProperty("postings").GetInt32());
        Assert.False(entry.GetProperty("termFacets").GetBoolean());
        Assert.Contains("postings/k.json", generated.Files.Keys);
        Assert.DoesNotContain(generated.Files.Keys, k => k.StartsWith("facets/terms/", StringComparison.Ordinal) || k.StartsWith("postings/ka", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_term_has_postings_in_the_shard_of_its_first_characters()
    {
        var terms = generated.Files.Keys.Where(k => k.StartsWith("terms/", StringComparison.Ordinal))
            .SelectMany(k => generated.Json(k).EnumerateArray().Select(t => t.GetString()!)).ToList();
        Assert.Equal(terms.Order(StringComparer.Ordinal), terms);
        Assert.Contains("kafka", terms);
        Assert.Contains("engineer", terms);
        Assert.DoesNotContain("engineers", terms);
        foreach (var term in terms)
        {
            var shard = generated.Json(generated.PostingsFile(term));
            var list = shard.GetProperty(term).EnumerateArray().Select(n => n.GetInt32()).ToList();
            Assert.True(list.Count > 0 && list.Count % 2 == 0, term);
            Assert.All(list, n => Assert.True(n >= 0));
            Assert.True(list.Where((_, i) => i % 2 == 0).Sum() < generated.Site.Open.Length, term);
        }
    }

    [Fact]
    public void A_title_word_outscores_a_body_word()
    {
        var designer = generated.Postings("designer");
        var doc = generated.Site.Open.IndexOf(generated.Site.Open.Single(p => p.Title == "Product Designer"));
        Assert.True(designer[doc] >= FieldWeights.Title);
        Assert.All(designer.Where(p => p.Key != doc), p => Assert.True(p.Value < designer[doc]));
    }

    [Fact]
    public void Records_and_facet_columns_cover_exactly_the_open_postings_newest_first()
    {
        var open = generated.Site.Open;
        var urls = generated.Files.Keys.Where(k => k.StartsWith("results/", StringComparison.Ordinal))
            .OrderBy(k => int.Parse(k[8..^5], CultureInfo.InvariantCulture))
            .SelectMany(k => generated.Json(k).EnumerateArray().Select(r => r.GetProperty("url").GetString()!)).ToList();
        Assert.Equal(open.Select(SiteModel.JobPath), urls);
        Assert.NotEmpty(generated.Site.Closed);
        Assert.All(generated.Site.Closed, p => Assert.DoesNotContain(SiteModel.JobPath(p), urls));

        var chunks = generated.Files.Keys.Where(k => Regex.IsMatch(k, @"^facets/[0-9]+\.json$")).ToList();
        Assert.Equal((open.Length + SearchIndexWriter.FacetChunkSize - 1) / SearchIndexWriter.FacetChunkSize, chunks.Count);
        foreach (var column in generated.Json("facets/0.json").EnumerateObject())
        {
            Assert.Equal(open.Length, column.Value.GetArrayLength());
        }

        var tags = generated.Json("facets/values.json").GetProperty("tag").EnumerateArray().Select(t => t[0].GetString()).ToList();
        Assert.Equal(generated.Site.Tags.Select(t => t.Slug).Order(StringComparer.Ordinal), tags);
    }

    [Fact]
    public void The_facet_summary_holds_the_whole_boards_counts_of_the_values_shown_first()
    {
        var open = generated.Site.Open;
        var summary = generated.Json("facets/summary.json");
        var tags = summary.GetProperty("tag");
        var expected = generated.Site.Tags.Select(t => (t.Slug, t.Name, Count: open.Count(p => p.Tags.Contains(t.Slug))))
            .Where(t => t.Count > 0).OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();

        Assert.Equal(expected.Count, tags.GetProperty("values").GetInt32());
        Assert.Equal(expected.Take(SearchIndexWriter.FacetsShown).Select(t => $"{t.Slug} {t.Name} {t.Count}"),
            tags.GetProperty("top").EnumerateArray().Select(v => $"{v[0].GetString()} {v[1].GetString()} {v[2].GetInt32()}"));
        Assert.Equal(open.Where(p => p.Salary is not null).GroupBy(p => p.Salary!.Currency).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"),
            summary.GetProperty("currency").EnumerateArray().Select(c => $"{c[0].GetString()} {c[1].GetInt32()}"));
    }

    /// <summary>
    /// The facet data the page fetches before a query is typed is the summary, whose size depends on the values
    /// shown, not on the board: boards of 2,000 and 20,000 postings, whose vocabularies grow with them, give
    /// summaries within 10% of each other (gzip, as served): the counts gain a digit per tenfold, that is all.
    /// </summary>
    [Fact]
    public void The_facet_data_a_first_search_fetches_does_not_grow_with_the_board()
    {
        var (small, large) = (Synthetic(2_000), Synthetic(20_000));

        var (smallBytes, largeBytes) = (Gzip(SearchIndexWriter.FacetSummary(small, small.Count())), Gzip(SearchIndexWriter.FacetSummary(large, large.Count())));

        Assert.InRange(largeBytes, smallBytes * 0.9, smallBytes * 1.1);
    }

    [Fact]
    public void Records_hold_plain_text_only()
    {
        var record = generated.Json("results/0.json")[0];
        foreach (var name in new[] { "url", "title", "summary" })
        {
            Assert.DoesNotContain('<', record.GetProperty(name).GetString()!);
        }
    }

    [Fact]
    public void The_index_bytes_do_not_depend_on_the_culture_or_the_run()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
            var again = new Generated();
            Assert.Equal(generated.Files.Keys.Order(StringComparer.Ordinal), again.Files.Keys.Order(StringComparer.Ordinal));
            Assert.All(generated.Files, f => Assert.Equal(f.Value, again.Files[f.Key]));
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        }
    }

    [Theory]
    [InlineData(100000, null, "USD", "Year", 100)]
    [InlineData(50, 60, "USD", "Hour", 125)]
    [InlineData(5000, null, "EUR", "Month", 60)]
    public void Salaries_compare_per_year_in_thousands(int min, int? max, string currency, string period, int expected) =>
        Assert.Equal(expected, SearchFacets.AnnualThousands(new JobBoard.Model.Salary(min, max, currency, Enum.Parse<JobBoard.Model.SalaryPeriod>(period))));

    [Fact]
    public void A_tag_is_found_by_its_other_spellings_in_the_taxonomy_at_the_tags_weight()
    {
        var kubernetes = generated.Site.Open.Select((p, doc) => (p, doc)).Where(x => x.p.Tags.Contains("kubernetes")).Select(x => x.doc).ToList();
        Assert.NotEmpty(kubernetes);

        var k8s = generated.Postings("k8s");

        Assert.All(kubernetes, doc => Assert.True(k8s.GetValueOrDefault(doc) >= FieldWeights.Tags, $"posting {doc}"));
    }

    [Fact]
    public void A_job_is_found_by_its_level_even_when_its_title_does_not_say_it()
    {
        var senior = generated.Site.Open.Select((p, doc) => (p, doc))
            .Where(x => x.p.Experience is { } e && e.From <= JobBoard.Model.ExperienceLevel.Senior && e.To >= JobBoard.Model.ExperienceLevel.Senior
                && !x.p.Title!.Contains("Senior", StringComparison.OrdinalIgnoreCase))
            .Select(x => x.doc).ToList();
        Assert.NotEmpty(senior);

        var found = generated.Postings("senior");

        Assert.All(senior, doc => Assert.True(found.GetValueOrDefault(doc) >= FieldWeights.Tags, $"posting {doc}"));
    }

    /// <summary>A board of <paramref name="count"/> postings' facets: a tag per 20 postings and a company per 4 (a
    /// few common, most rare), five tags each, half of them paid in one of three currencies.</summary>
    private static SearchFacets Synthetic(int count)
    {
        static ImmutableArray<FacetValue> Vocabulary(string kind, int n) =>
            [.. Enumerable.Range(0, n).Select(i => new FacetValue($"{kind}-{i:D6}", $"{kind} {i:D6}"))];

        // Cubing a uniform number skews the values towards the first ones, as a board's tags are.
        var random = new Random(7);
        int Skewed(int n) => (int)(n * Math.Pow(random.NextDouble(), 3));
        var (tags, companies, locations) = (count / 20, count / 4, count / 10);
        var rows = Enumerable.Range(0, count).Select(_ => new FacetRow(
            [.. Enumerable.Range(0, 5).Select(_ => Skewed(tags)).Distinct().Order()], Skewed(companies), [Skewed(locations)],
            random.Next(1, 8), random.Next(0, 3), random.Next(2) == 0 ? -1 : random.Next(0, 3), random.Next(20, 200))).ToImmutableArray();
        return new SearchFacets([.. rows.Select(_ => UInt128.Zero)], Vocabulary("tag", tags), Vocabulary("company", companies), Vocabulary("place", locations),
            [new("remote", "Remote"), new("hybrid", "Hybrid"), new("onsite", "On-site")],
            [new("full-time", "Full-time"), new("part-time", "Part-time"), new("contract", "Contract")], ["EUR", "GBP", "USD"], rows);
    }

    private static long Gzip(byte[] content)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return compressed.Length;
    }

    internal static IEnumerable<int> Undelta(JsonElement deltas)
    {
        var doc = 0;
        foreach (var delta in deltas.EnumerateArray())
        {
            yield return doc += delta.GetInt32();
        }
    }
}
