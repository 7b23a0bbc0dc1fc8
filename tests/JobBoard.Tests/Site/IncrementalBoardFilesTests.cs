using System.Globalization;
using JobBoard.Pipeline;
using JobBoard.Search;
using JobBoard.Site;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Site;

/// <summary>
/// The files made from every posting (the search index, jobs.json, the sitemap, the feeds) are
/// patched by a cached rebuild rather than made again; on a board of some fifty postings, over
/// several result chunks, the patched files are exactly a cold build's.
/// </summary>
public sealed class IncrementalBoardFilesTests : IDisposable
{
    private const int Count = 48;
    private static readonly string[] Titles = ["Backend Engineer", "Data Scientist", "Product Designer", "Site Reliability Engineer"];
    private static readonly string[] Companies = ["Acme", "Globex", "Initech", "Umbrella", "Hooli"];
    private static readonly string[] Places = ["Berlin, Germany", "Lisbon, Portugal", "Remote (EU)"];
    private static readonly string[] Types = ["Full-time", "Part-time", "Contract"];
    private static readonly string[] Tags = ["go", "rust", "python", "reactjs", "k8s", "postgres"];

    private readonly CachedBoard board = new();

    public IncrementalBoardFilesTests()
    {
        for (var i = 0; i < Count; i++)
        {
            Write(i, "first version");
        }

        board.AssertSameAsColdBuild();
    }

    public void Dispose() => board.Dispose();

    [Fact]
    public void An_edit_that_changes_a_postings_terms_matches_a_cold_build()
    {
        Write(7, "kept for the next build", title: "Staff Backend Engineer");
        board.AssertSameAsColdBuild();
        Write(7, "kept for the next build", tags: "go, elixir");
        board.AssertSameAsColdBuild();
    }

    [Fact]
    public void An_edit_remakes_only_the_search_files_of_its_terms_and_its_result_chunk()
    {
        // A small board (SearchIndex.IsLarge): postings by first character, no facet counts by term.
        AssertEditRemakes(["index.json", "postings/f.json", "postings/q.json", "postings/v.json", "postings/z.json", "terms/q.json", "terms/z.json"]);
    }

    [Fact]
    public void On_a_board_grown_large_an_edit_remakes_only_the_search_files_of_its_terms_their_facet_counts_and_its_result_chunk()
    {
        for (var i = Count; i < LargeBoard.Count; i++)
        {
            Write(i, "first version");
        }

        board.AssertSameAsColdBuild(); // the layout changes: postings by two characters, facet counts by term

        // The facet counts of first, version, zebra and quokka by three characters, and of "qu*" (quokka joins other
        // qu- terms; first, version and zebra are alone under their two characters, so they have no "fi*" and such).
        AssertEditRemakes(["facets/terms/fi/r.json", "facets/terms/qu.json", "facets/terms/qu/o.json", "facets/terms/ve/r.json", "facets/terms/ze/b.json",
            "index.json", "postings/fi.json", "postings/qu.json", "postings/ve.json", "postings/ze.json", "terms/q.json", "terms/z.json"]);
    }

    /// <summary>Edits posting 30's text to "zebra quokka" and asserts which search files a cached build makes again:
    /// <paramref name="expected"/> and the posting's result chunk.</summary>
    private void AssertEditRemakes(string[] expected)
    {
        var before = Files(BuildPipeline.Generate(board.Options, board.Cache));
        Write(30, "zebra quokka");
        var after = board.AssertSameAsColdBuild();
        var doc = after.Site!.Open.IndexOf(after.Site.Open.Single(p => p.File == "jobs/job-30.md"));

        var remade = Files(after).Where(f => !before.TryGetValue(f.Key, out var old) || !ReferenceEquals(old, f.Value))
            .Select(f => f.Key).Where(path => path.StartsWith(SearchIndexWriter.Folder, StringComparison.Ordinal)
                && path.EndsWith(".json", StringComparison.Ordinal));
        Assert.Equal(expected.Append($"results/{doc / SearchIndexWriter.ChunkSize}.json").Order(StringComparer.Ordinal).Select(p => SearchIndexWriter.Folder + p),
            remade.Order(StringComparer.Ordinal));
        Assert.Same(before["sitemap.xml"], Files(after)["sitemap.xml"]);
    }

    [Fact]
    public void After_a_theme_change_an_edit_renders_only_its_own_job_page_again()
    {
        // The theme change renders every page again; the views it makes are kept for the next build as ever.
        File.AppendAllText(board.Temp.Combine("theme", "assets", "style.css"), "\nmain { margin: 0; }\n");
        var restyled = Files(board.AssertSameAsColdBuild());
        Write(30, "edited after the restyle");
        var after = board.AssertSameAsColdBuild();
        var page = $"jobs/{after.Site!.All.Single(p => p.File == "jobs/job-30.md").Slug}/index.html";

        var remade = Files(after).Where(f => f.Key.StartsWith("jobs/", StringComparison.Ordinal) && !ReferenceEquals(restyled[f.Key], f.Value))
            .Select(f => f.Key);
        Assert.Equal([page], remade);
    }

    [Fact]
    public void An_added_posting_matches_a_cold_build()
    {
        Write(Count, "a new one", date: "2026-09-15");
        board.AssertSameAsColdBuild();
    }

    [Fact]
    public void A_removed_posting_matches_a_cold_build()
    {
        File.Delete(Path(12));
        board.AssertSameAsColdBuild();
    }

    [Fact]
    public void A_posting_that_moves_in_the_order_matches_a_cold_build()
    {
        Write(40, "first version", date: "2026-09-29");
        board.AssertSameAsColdBuild();
        Write(3, "first version", date: "2026-09-01");
        board.AssertSameAsColdBuild();
    }

    [Fact]
    public void A_run_of_changes_matches_a_cold_build_after_each()
    {
        Write(5, "first version", tags: "go, fortran"); // a new tag page
        board.AssertSameAsColdBuild();
        Write(5, "first version"); // ... gone again
        board.AssertSameAsColdBuild();
        Write(6, "first version", company: "Aardvark"); // a new company, first in the facets' order
        board.AssertSameAsColdBuild();
        Write(8, "first version", type: "Internship"); // a new employment type
        board.AssertSameAsColdBuild();
        Write(8, "first version"); // ... gone again
        board.AssertSameAsColdBuild();
        Write(8, "first version", salary: "$90k–100k"); // a new currency
        board.AssertSameAsColdBuild();
        Write(8, "first version");
        board.AssertSameAsColdBuild();
        Write(9, "closed now", archived: true);
        board.AssertSameAsColdBuild();
        Write(9, "open again");
        board.AssertSameAsColdBuild();
        Write(20, "moved and edited", title: "Principal Data Scientist", date: "2026-09-29");
        Write(21, "edited too", tags: "rust");
        board.AssertSameAsColdBuild();
        File.Delete(Path(22));
        Write(Count + 1, "added while another went", date: "2026-09-10");
        board.AssertSameAsColdBuild();
        Write(20, "first version");
        board.AssertSameAsColdBuild();
    }

    [Fact]
    public void Changes_that_keep_every_job_url_in_place_match_a_cold_build()
    {
        const string Newest = "2026-09-29";
        Write(26, "first version", date: Newest); // still the newest of the generated postings: a new date in the same place
        board.AssertSameAsColdBuild();
        Write(7, "first version", location: "Paris, France"); // a new location page
        board.AssertSameAsColdBuild();
        Write(26, "first version", date: Newest, slug: "keeps-its-slug");
        board.AssertSameAsColdBuild();
        Write(26, "first version", company: "Initech", date: Newest, slug: "keeps-its-slug"); // Globex's newest job goes to Initech
        board.AssertSameAsColdBuild();
        Write(26, "first version", company: "Zeta", date: Newest, slug: "keeps-its-slug"); // a new company page
        board.AssertSameAsColdBuild();
    }

    [Fact]
    public void A_posting_whose_slug_the_site_numbers_matches_a_cold_build_when_it_changes()
    {
        Write(40, "first version", title: "Twin Role", company: "Acme");
        Write(41, "first version", slug: "twin-role-40-acme"); // takes the slug 40 derives: 40 becomes twin-role-40-acme-2
        var site = board.AssertSameAsColdBuild().Site!;
        Assert.Contains(site.Open, p => p.Slug == "twin-role-40-acme-2"); // a new posting object in every build
        Write(40, "edited", title: "Twin Role", company: "Acme");
        board.AssertSameAsColdBuild();
        Write(40, "edited", title: "Twin Role", company: "Acme", tags: "go, cobol"); // a new tag page
        board.AssertSameAsColdBuild();
        Write(41, "first version"); // 40 gets its slug back without a number
        board.AssertSameAsColdBuild();
    }

    [Fact]
    public void An_unchanged_posting_links_a_tag_page_that_an_edit_of_another_makes()
    {
        Write(45, "closed", tags: "go, haskell", archived: true); // a closed posting's tag has no page
        board.AssertSameAsColdBuild();
        Write(46, "first version", tags: "haskell"); // now it has: the closed posting's page links it
        var site = board.AssertSameAsColdBuild();
        var closedPage = site.Files.Single(f => f.Path == $"jobs/{site.Site!.Closed.Single(p => p.File == "jobs/job-45.md").Slug}/index.html");
        Assert.Contains("/tags/haskell/", System.Text.Encoding.UTF8.GetString(closedPage.Content), StringComparison.Ordinal);
        Write(46, "first version"); // ... and no longer
        board.AssertSameAsColdBuild();
    }

    [Fact]
    public void Edits_of_text_alone_match_a_cold_build_for_open_closed_and_numbered_postings()
    {
        Write(9, "closed", archived: true);
        Write(40, "first version", title: "Twin Role", company: "Acme");
        Write(41, "first version", slug: "twin-role-40-acme"); // 40 becomes twin-role-40-acme-2
        board.AssertSameAsColdBuild();
        Write(9, "closed, with other words", archived: true);
        board.AssertSameAsColdBuild();
        Write(12, "open, with other words");
        Write(13, "and another at once");
        board.AssertSameAsColdBuild();
        Write(40, "numbered, with other words", title: "Twin Role", company: "Acme");
        board.AssertSameAsColdBuild();
    }

    private string Path(int i) => board.Temp.Combine("input", "jobs", string.Create(CultureInfo.InvariantCulture, $"job-{i:D2}.md"));

    /// <summary>A posting of the generated board; each differs from the others in title, facets or date.</summary>
    private void Write(int i, string revision, string? title = null, string? company = null, string? location = null, string? type = null,
        string? salary = null, string? tags = null, string? date = null, bool archived = false, string? slug = null) =>
        File.WriteAllText(Path(i), string.Create(CultureInfo.InvariantCulture, $"""
            ---
            title: {title ?? Titles[i % Titles.Length]} {i}
            company: {company ?? Companies[i % Companies.Length]}
            location: {location ?? Places[i % Places.Length]}
            employmentType: {type ?? Types[i % Types.Length]}
            salary: "{salary ?? $"€{50 + i}k–{70 + i}k"}"
            tags: [{tags ?? $"{Tags[i % Tags.Length]}, {Tags[(i + 2) % Tags.Length]}"}]
            datePosted: {date ?? $"2026-09-{2 + i % 27:D2}"}
            archived: {(archived ? "true" : "false")}
            {(slug is null ? "" : "slug: " + slug)}
            ---

            We build tools for people who would rather not think about tools ({revision}).
            """));

    private static Dictionary<string, byte[]> Files(GeneratedSite site) => site.Files.ToDictionary(f => f.Path, f => f.Content);
}
