using System.Collections.Immutable;
using System.Text;
using HandlebarsDotNet;
using JobBoard.Render;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Render;

/// <summary>
/// Partials rendered once per job view (<see cref="JobViewPartials"/>): which ones may be, and that a list shows the
/// same text as when each card was rendered where it stands.
/// </summary>
public sealed class JobViewPartialsTests
{
    [Theory]
    [InlineData("card: <li>{{title}}</li>", "", "card")]
    [InlineData("card: <li>{{title}} {{t \"job.tags\"}}</li>", "", "card")]
    [InlineData("card: {{#each tags}}{{name}}{{/each}}", "", "card")]
    [InlineData("card: {{@index}} {{title}}", "", "")]
    [InlineData("card: {{#each tags}}{{#unless @last}}, {{/unless}}{{/each}}", "", "")]
    [InlineData("card: {{../heading}}", "", "")]
    [InlineData("card: {{@root.heading}}", "", "")]
    [InlineData("card: {{> link}}|link: <a>{{name}}</a>", "", "card link")]
    [InlineData("card: {{#> link}}no link{{/link}}|link: <a>{{name}}</a>", "", "card link")]
    [InlineData("card: {{> link}}|link: <a>{{@index}}</a>", "", "")]
    [InlineData("card: {{> link}}|link: {{> deeper}}|deeper: {{../name}}", "", "")]
    [InlineData("card: {{> (whichPartial)}}", "", "")]
    [InlineData("card: {{> missing}}", "", "")]
    [InlineData("card: <li>{{title}}</li>", "{{#each jobs as |job|}}{{> card}}{{/each}}", "")]
    [InlineData("card: <li>{{title}}</li>", "{{#*inline \"card\"}}other{{/inline}}", "")]
    public void A_partial_is_rendered_once_per_view_only_when_it_reads_nothing_but_its_view(string partials, string template, string expected)
    {
        var sources = partials.Split('|').Select(p => p.Split(": ", 2)).ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);

        var pure = JobViewPartials.ContextOnly(sources, [.. sources.Values, template]);

        Assert.Equal(expected, string.Join(" ", pure.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void A_view_on_several_lists_and_twice_on_one_shows_the_same_encoded_card_everywhere()
    {
        using var temp = new TempFolder();
        var theme = ThemeWith(temp, "{{#each jobs}}{{> card}}{{> numbered}}{{/each}}",
            ("card", "<li>{{title}} {{t \"job.tags\"}}{{#each tags}} {{> tag-link-text}}{{/each}}</li>"), ("numbered", "[{{@index}}]"));
        var first = Job("R&D <lead>", "/jobs/a/");
        var second = Job("Plain", "/jobs/b/");

        var one = Render(theme, first, second, first);
        var two = Render(theme, second, first);

        const string card = "<li>R&amp;D &lt;lead&gt; Tags <span class=\"visually-hidden\">Jobs tagged Go &amp; Rust</span><span aria-hidden=\"true\">Go &amp; Rust</span></li>";
        const string plain = "<li>Plain Tags <span class=\"visually-hidden\">Jobs tagged Go &amp; Rust</span><span aria-hidden=\"true\">Go &amp; Rust</span></li>";
        Assert.Equal(($"{card}[0]{plain}[1]{card}[2]", $"{plain}[0]{card}[1]"), (one, two));
    }

    [Fact]
    public void A_card_is_kept_for_the_next_build_and_dropped_after_a_build_that_did_not_show_it()
    {
        var (memos, show) = CountedCards();
        var (kept, other) = (Job("Kept", "/jobs/kept/"), Job("Other", "/jobs/other/"));
        int Show(params JobView[] jobs)
        {
            var (shown, renders) = show(jobs);
            Assert.Equal(string.Concat(jobs.Select(j => $"<li>{j.Title}</li>")), shown);
            return renders;
        }

        var firstBuild = Show(kept, kept, kept);
        memos.EndBuild();
        var nextBuild = Show(kept, other);
        memos.EndBuild();
        var withoutKept = Show(other);
        memos.EndBuild();
        var afterThat = Show(kept);

        Assert.Equal((1, 2, 2, 3), (firstBuild, nextBuild, withoutKept, afterThat));
    }

    [Fact]
    public void Forgetting_drops_the_cards_of_this_build_and_of_the_one_before()
    {
        var (memos, show) = CountedCards();
        var (before, now) = (Job("Before", "/jobs/before/"), Job("Now", "/jobs/now/"));

        show([before]);
        memos.EndBuild();
        show([now, now]);
        memos.Forget();
        var (shown, renders) = show([before, now]);

        Assert.Equal(("<li>Before</li><li>Now</li>", 4), (shown, renders));
    }

    [Theory]
    [InlineData("<ol>{{#each jobs}}{{> card}}{{/each}}</ol>", "<ol>{{#jobboard-each jobs \"card\"}}{{> card}}{{/jobboard-each}}</ol>")]
    [InlineData("{{#each  related.links }}{{>  Card }}{{/each}}", "{{#jobboard-each related.links \"Card\"}}{{> Card}}{{/jobboard-each}}")]
    [InlineData("{{#each jobs}}{{> numbered}}{{/each}}", "{{#each jobs}}{{> numbered}}{{/each}}")]
    [InlineData("{{#each jobs}}{{> card}} {{/each}}", "{{#each jobs}}{{> card}} {{/each}}")]
    [InlineData("{{#each jobs}}{{> card}}{{else}}none{{/each}}", "{{#each jobs}}{{> card}}{{else}}none{{/each}}")]
    [InlineData("\\{{#each jobs}}{{> card}}{{/each}}", "\\{{#each jobs}}{{> card}}{{/each}}")]
    [InlineData("{{#each jobs}}{{> card}}{{/each}}{{{{raw}}}}{{{{/raw}}}}", "{{#each jobs}}{{> card}}{{/each}}{{{{raw}}}}{{{{/raw}}}}")]
    public void A_list_of_nothing_but_a_context_only_partial_is_written_as_one_call(string source, string expected)
    {
        Assert.Equal(expected, JobViewPartials.ListedOnce(source, new HashSet<string>(["card"], StringComparer.OrdinalIgnoreCase)));
    }

    [Fact]
    public void A_list_written_as_one_call_shows_what_the_list_showed_and_renders_each_card_once()
    {
        var (memos, show) = CountedCards(listedOnce: true);
        var (first, second) = (Job("R&D <lead>", "/jobs/a/"), Job("Plain", "/jobs/b/"));

        var one = show([first, second, first]);
        var two = show([second]);
        memos.EndBuild();
        var next = show([second, first]);

        Assert.Equal(("<li>R&amp;D &lt;lead&gt;</li><li>Plain</li><li>R&amp;D &lt;lead&gt;</li>", 2), one);
        Assert.Equal(("<li>Plain</li>", 2), two);
        Assert.Equal(("<li>Plain</li><li>R&amp;D &lt;lead&gt;</li>", 2), next);
    }

    [Fact]
    public void A_list_of_another_kind_shows_through_the_call_what_each_showed()
    {
        var configuration = new HandlebarsConfiguration();
        configuration.FormatterProviders.Add(new JobViewPartials.Formatter());
        var handlebars = Handlebars.Create(configuration);
        var memos = new JobViewPartials.Memos();
        handlebars.RegisterTemplate("card", memos.Memoized("card", handlebars.Compile(new StringReader("<li>{{name}}{{this}}</li>"))));
        handlebars.RegisterHelper(JobViewPartials.EachHelper, memos.Each(partial => handlebars.Compile(new StringReader($"{{{{#each this}}}}{{{{> {partial}}}}}{{{{/each}}}}"))));
        const string source = "{{#each items}}{{> card}}{{/each}}|";
        var rewritten = JobViewPartials.ListedOnce(source, new HashSet<string>(["card"], StringComparer.OrdinalIgnoreCase));
        var (each, once) = (handlebars.Compile(source), handlebars.Compile(rewritten));
        object?[] lists =
        [
            new[] { "a", "<b>" },
            ImmutableArray.Create("c", "d"),
            new Dictionary<string, object> { ["x"] = new { name = "X" }, ["y"] = new { name = "Y" } },
            new { first = "e", second = "f" },
            ImmutableArray<LinkView>.Empty.Add(new LinkView("Go", "/tags/go/")),
            Array.Empty<JobView>(),
            null,
        ];

        Assert.NotEqual(source, rewritten);
        Assert.All(lists, list => Assert.Equal(each(new { items = list }), once(new { items = list })));
        Assert.Equal("<li>a</li><li>&lt;b&gt;</li>|", once(new { items = lists[0] }));
    }

    [Theory]
    [InlineData("<p>{{text}}</p>")]
    [InlineData("<p>{{{text}}}</p>")]
    [InlineData("{{#if text}}shown{{else}}none{{/if}}")]
    public void A_bodys_text_is_placed_as_the_string_it_was(string source)
    {
        var configuration = new HandlebarsConfiguration();
        configuration.FormatterProviders.Add(new JobViewPartials.Formatter());
        var template = Handlebars.Create(configuration).Compile(source);
        const string text = "R&D <lead> \"quoted\" 'x' = `y` é";

        Assert.Equal(template(new { text }), template(new { text = new Prose(text.AsMemory()) }));
    }

    /// <summary>A list of cards, the card a memoized partial that counts its renders: the memos, and what shows a list
    /// of jobs (its text, and the renders so far); the list written as one call (<see cref="JobViewPartials.ListedOnce"/>) or not.</summary>
    private static (JobViewPartials.Memos Memos, Func<JobView[], (string Shown, int Renders)> Show) CountedCards(bool listedOnce = false)
    {
        var configuration = new HandlebarsConfiguration();
        configuration.FormatterProviders.Add(new JobViewPartials.Formatter());
        var handlebars = Handlebars.Create(configuration);
        var renders = 0;
        handlebars.RegisterHelper("counted", (_, _, _) => { Interlocked.Increment(ref renders); });
        var memos = new JobViewPartials.Memos();
        handlebars.RegisterTemplate("card", memos.Memoized("card", handlebars.Compile(new StringReader("<li>{{counted}}{{title}}</li>"))));
        handlebars.RegisterHelper(JobViewPartials.EachHelper, memos.Each(_ => throw new InvalidOperationException("a list of jobs is written as such")));
        const string source = "{{#each jobs}}{{> card}}{{/each}}";
        var list = handlebars.Compile(listedOnce ? JobViewPartials.ListedOnce(source, new HashSet<string>(["card"])) : source);
        return (memos, jobs => (list(new { jobs = jobs.ToImmutableArray() }), Volatile.Read(ref renders)));
    }

    private static Theme ThemeWith(TempFolder temp, string list, params (string Name, string Source)[] partials)
    {
        var theme = temp.CopyFrom(RepoPaths.Theme, "theme");
        File.WriteAllText(Path.Combine(theme, "templates", "list.hbs"), list);
        foreach (var (name, source) in partials)
        {
            File.WriteAllText(Path.Combine(theme, "partials", name + ".hbs"), source);
        }

        return Theme.Load(theme, "en", strict: true).Value!;
    }

    private static string Render(Theme theme, params JobView[] jobs)
    {
        var site = new SiteView("Board", "", "https://example.org/", "en", "", "", [], ImmutableSortedDictionary<string, object>.Empty);
        return theme.Render("list", new ListPage(site, new PageMeta("", "", "", false), "Jobs", null, [.. jobs], null), utf8 => Encoding.UTF8.GetString(utf8)).Value!;
    }

    private static JobView Job(string title, string url) => new(title, url, null, null, null, null, [], [], null, null, null, null,
        [new LinkView("Go & Rust", "/tags/go/")], null, null, null, false, null, "", null, null, ImmutableSortedDictionary<string, string>.Empty);
}
