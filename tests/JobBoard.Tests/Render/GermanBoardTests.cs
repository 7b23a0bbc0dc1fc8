using System.Globalization;
using JobBoard.Model;
using JobBoard.Pipeline;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Render;

/// <summary>
/// The fixture board with <c>language: de</c> in site.yml: every text the pages, feeds and search files show
/// comes from theme/i18n/de.yml, and dates and numbers are written the German way, whatever the machine's culture.
/// </summary>
public sealed class GermanBoardTests : IClassFixture<GermanBoardTests.Boards>
{
    private readonly Boards boards;

    public GermanBoardTests(Boards boards) => this.boards = boards;

    /// <summary>The fixture board in German, built once; other languages built on demand.</summary>
    public sealed class Boards : IDisposable
    {
        private readonly TempFolder temp = new();
        private int made;

        public Boards() => (German, GermanResult) = Build("de");

        public string German { get; }

        public BuildResult GermanResult { get; }

        /// <summary>Builds the fixture board with <paramref name="language"/> (and the site.yml lines before it
        /// unchanged) into a fresh folder; returns the folder.</summary>
        public (string Output, BuildResult Result) Build(string language)
        {
            var name = $"board{Interlocked.Increment(ref made)}";
            var input = temp.CopyFrom(Path.Combine(RepoPaths.Fixtures, "basic"), name);
            var site = Path.Combine(input, "site.yml");
            File.WriteAllText(site, File.ReadAllText(site).Replace("language: en", $"language: {language}", StringComparison.Ordinal));
            var output = temp.Combine(name + "-output");
            return (output, BuildPipeline.Build(new BuildOptions(input, RepoPaths.Theme, output, Now: new DateOnly(2026, 11, 1), StrictTemplates: true)));
        }

        public void Dispose() => temp.Dispose();
    }

    [Theory]
    // navigation, header search and the list pages
    [InlineData("index.html", "<nav aria-label=\"Hauptmenü\">")]
    [InlineData("index.html", "<li><a href=\"/tags/\">Themen</a></li>")]
    [InlineData("index.html", "<label for=\"header-q\">Jobs suchen</label>")]
    [InlineData("index.html", "placeholder=\"Skill, Firma, Ort\"")]
    [InlineData("index.html", "<h1>Neueste Jobs</h1>")]
    [InlineData("index.html", "<time datetime=\"2026-10-02\">2. Oktober 2026</time>")]
    [InlineData("remote/index.html", "<p class=\"intro\">1 offene Remote-Stelle.</p>")]
    [InlineData("tags/kubernetes/index.html", "<h1>Jobs zum Thema Kubernetes</h1>")]
    [InlineData("tags/kubernetes/index.html", "<p class=\"intro\">2 offene Stellen.</p>")]
    [InlineData("tags/index.html", "<meta name=\"description\" content=\"5 Themen mit offenen Stellen.\">")]
    [InlineData("companies/northwind-labs/index.html", "<span>Seite 1 von 2</span>")]
    [InlineData("companies/northwind-labs/index.html", "rel=\"next\">Ältere →</a>")]
    [InlineData("companies/northwind-labs/page/2/index.html", "<title>Jobs bei Northwind Labs (Seite 2) · Fixture Board</title>")]
    // a job page: labels, values, date and money
    [InlineData("jobs/frontend-engineer-northwind-labs/index.html", "<title>Frontend Engineer bei Northwind Labs · Fixture Board</title>")]
    [InlineData("jobs/frontend-engineer-northwind-labs/index.html", "<dt>Anstellung</dt><dd><a href=\"/employment/full-time/\">Vollzeit</a></dd>")]
    [InlineData("employment/full-time/index.html", "<h1>Jobs in Vollzeit</h1>")]
    [InlineData("jobs/frontend-engineer-northwind-labs/index.html", "<dt>Gehalt</dt><dd>55.000\u00A0€ – 70.000\u00A0€ im Jahr</dd>")]
    [InlineData("jobs/frontend-engineer-northwind-labs/index.html", "<dt>Veröffentlicht</dt><dd><time datetime=\"2026-10-02\">2. Oktober 2026</time></dd>")]
    [InlineData("jobs/frontend-engineer-northwind-labs/index.html", "rel=\"nofollow noopener\">Jetzt bewerben</a>")]
    [InlineData("jobs/night-editor-quill-ink/index.html", "Diese Stelle ist besetzt oder abgelaufen")]
    [InlineData("404.html", "<h1>Seite nicht gefunden</h1>")]
    // the search page and the files search.js reads
    [InlineData("search/index.html", "<option value=\"newest\">Neueste zuerst</option>")]
    [InlineData("search/index.html", "data-text-found-other=\"{count} Jobs gefunden.\"")]
    [InlineData("search/index.html", "data-text-workplace=\"Arbeitsort\"")]
    [InlineData("search/facets/values.json", "[\"onsite\",\"Vor Ort\"]")]
    [InlineData("search/facets/values.json", "[\"full-time\",\"Vollzeit\"]")]
    [InlineData("search/facets/summary.json", "[\"full-time\",\"Vollzeit\",")]
    [InlineData("search/results/0.json", "\"dateText\":\"20. Oktober 2026\"")]
    // feeds
    [InlineData("feed.xml", "<title>Platform Engineer bei Northwind Labs</title>")]
    [InlineData("companies/northwind-labs/feed.xml", "<title>Jobs bei Northwind Labs · Fixture Board</title>")]
    [InlineData("tags/go/feed.xml", "<title>Go-Jobs · Fixture Board</title>")]
    public void A_german_board_shows_german_text(string path, string expected)
    {
        Assert.True(boards.GermanResult.Published, string.Join("\n", boards.GermanResult.Diagnostics));
        Assert.Contains(expected, File.ReadAllText(Path.Combine(boards.German, path)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_german_board_has_the_same_bytes_whatever_the_machines_culture()
    {
        var culture = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            var builds = new[] { "ar-SA", "ja-JP" }.Select(name =>
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                return boards.Build("de").Output;
            }).ToList();
            Assert.Equal(SiteTree.Files(builds[0]), SiteTree.Files(builds[1]));
            Assert.All(SiteTree.Files(builds[0]), file => Assert.True(
                File.ReadAllBytes(Path.Combine(builds[0], file)).SequenceEqual(File.ReadAllBytes(Path.Combine(builds[1], file))), $"{file} differs"));
            Assert.Contains("2. Oktober 2026", File.ReadAllText(Path.Combine(builds[0], "index.html")), StringComparison.Ordinal);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = culture;
        }
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("../../input/site")]
    public void A_language_the_theme_lacks_is_english_with_a_warning_at_its_line_in_site_yml(string language)
    {
        var (output, result) = boards.Build(language);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownLanguage);
        Assert.Equal(("site.yml", 4, Severity.Warning), (warning.File, warning.Line, warning.Severity));
        Assert.Contains("<h1>Latest jobs</h1>", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_regional_language_uses_its_primary_language_without_a_warning()
    {
        var (output, result) = boards.Build("de-AT");

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownLanguage);
        Assert.Contains("<h1>Neueste Jobs</h1>", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
    }
}
