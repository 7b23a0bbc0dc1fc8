using System.Collections.Immutable;
using System.Text;
using JobBoard.Model;
using JobBoard.Render;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Render;

/// <summary>The theme's language files (theme/i18n) and the <c>{{t}}</c> helper that writes their texts.</summary>
public sealed class TranslationTests
{
    private static ImmutableDictionary<string, string> Entries(string language) =>
        Translation.Read(File.ReadAllText(Path.Combine(RepoPaths.Theme, "i18n", language + ".yml")), language + ".yml").Value!;

    [Theory]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("es")]
    public void Every_language_of_the_default_theme_has_exactly_the_english_keys(string language)
    {
        var english = Entries("en").Keys.ToHashSet(StringComparer.Ordinal);
        var own = Entries(language).Keys.ToHashSet(StringComparer.Ordinal);

        Assert.Empty(english.Except(own).Order(StringComparer.Ordinal));
        Assert.Empty(own.Except(english).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_text_the_language_lacks_is_english_and_its_own_texts_win()
    {
        var own = Entries("de").Remove("text.nav.tags");

        var german = Translation.Make("de", own, Entries("en"), "de.yml").Value!;

        Assert.Equal(("Tags", "Unternehmen"), (german.Text("nav.tags"), german.Text("nav.companies")));
    }

    [Fact]
    public void The_t_helper_encodes_its_text_and_fills_named_positional_and_counted_values()
    {
        using var temp = new TempFolder();
        var theme = temp.CopyFrom(RepoPaths.Theme, "theme");
        File.AppendAllText(Path.Combine(theme, "i18n", "en.yml"),
            "  test:\n    markup: \"<b>{0}</b> & {1}\"\n    named: \"Welcome to {site}\"\n");
        File.WriteAllText(Path.Combine(theme, "templates", "404.hbs"),
            "{{t \"test.markup\" 12500 \"<i>\"}}|{{t \"test.named\" site=site.title}}|{{t \"list.openPositions\" count=1}}|{{t \"list.openPositions\" count=2}}");
        var loaded = Theme.Load(theme, "en", strict: true).Value!;
        var site = new SiteView("Tom & Jerry", "", "https://example.org/", "en", "", "", [], ImmutableSortedDictionary<string, object>.Empty);

        var page = loaded.Render("404", new NotFoundPage(site, new PageMeta("", "", "", false)), utf8 => Encoding.UTF8.GetString(utf8));

        Assert.Equal("&lt;b&gt;12,500&lt;/b&gt; &amp; &lt;i&gt;|Welcome to Tom &amp; Jerry|1 open position.|2 open positions.", page.Value);
    }

    [Theory]
    [InlineData("{company} Engineer", "Acme", "{company} Engineer at Acme")]
    [InlineData("Engineer", "{title} Labs", "Engineer at {title} Labs")]
    [InlineData("Lead {{title}}", "Acme", "Lead {{title}} at Acme")]
    public void A_value_with_braces_in_it_is_written_as_it_is(string title, string company, string expected) =>
        Assert.Equal(expected, DefaultTheme.Translation("en").Text("job.title", ("title", title), ("company", company)));

    [Fact]
    public void A_template_asking_for_a_text_no_language_has_fails_naming_the_key()
    {
        using var temp = new TempFolder();
        var theme = temp.CopyFrom(RepoPaths.Theme, "theme");
        File.WriteAllText(Path.Combine(theme, "templates", "404.hbs"), "{{t \"nav.jbos\"}}");
        var loaded = Theme.Load(theme, "de").Value!;

        var page = loaded.Render("404", new NotFoundPage(new SiteView("", "", "", "de", "", "", [], ImmutableSortedDictionary<string, object>.Empty), new PageMeta("", "", "", false)), utf8 => Encoding.UTF8.GetString(utf8));

        var error = Assert.Single(page.Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateError, error.Code);
        Assert.Contains("nav.jbos", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en.yml", "text:\n  nav: [unclosed\n", DiagnosticCodes.InvalidTranslation, "theme/i18n/en.yml", 3)]
    [InlineData("de.yml", "culture:\n  months:\n    - Januar\n    - { a: 1 }\n", DiagnosticCodes.InvalidTranslation, "theme/i18n/de.yml", 3)]
    [InlineData("de.yml", "text:\n  nav:\n    jobs:\n      - [Jobs]\n", DiagnosticCodes.InvalidTranslation, "theme/i18n/de.yml", 4)]
    [InlineData("en.yml", "culture:\n  date: d.M.yyyy\n", DiagnosticCodes.InvalidTranslation, "theme/i18n/en.yml", 0)]
    [InlineData("en.yml", null, DiagnosticCodes.MissingTranslation, "theme/i18n/en.yml", 0)]
    public void A_broken_or_missing_language_file_stops_the_build_naming_the_file(string file, string? content, string code, string shown, int line)
    {
        using var temp = new TempFolder();
        var theme = temp.CopyFrom(RepoPaths.Theme, "theme");
        var path = Path.Combine(theme, "i18n", file);
        if (content is null)
        {
            File.Delete(path);
        }
        else
        {
            File.WriteAllText(path, content);
        }

        var loaded = Theme.Load(theme, Path.GetFileNameWithoutExtension(file));

        Assert.Null(loaded.Value);
        var error = Assert.Single(loaded.Diagnostics);
        Assert.Equal((code, shown, line), (error.Code, error.File, error.Line));
    }

    [Fact]
    public void An_english_file_without_a_text_the_generator_writes_stops_the_build()
    {
        using var temp = new TempFolder();
        var theme = temp.CopyFrom(RepoPaths.Theme, "theme");
        var english = Path.Combine(theme, "i18n", "en.yml");
        File.WriteAllText(english, File.ReadAllText(english).Replace("    latest: Latest jobs\n", "", StringComparison.Ordinal));

        var loaded = Theme.Load(theme, "en");

        var error = Assert.Single(loaded.Diagnostics);
        Assert.Equal(DiagnosticCodes.MissingTranslation, error.Code);
        Assert.Contains("list.latest", error.Message, StringComparison.Ordinal);
    }
}
