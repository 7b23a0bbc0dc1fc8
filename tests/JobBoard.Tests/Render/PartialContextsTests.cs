using HandlebarsDotNet;
using JobBoard.Render;

namespace JobBoard.Tests.Render;

/// <summary>
/// The contexts Handlebars.Net makes for a partial called with an argument or a block go back to its pool
/// (<see cref="PartialContexts"/>): which partials hand theirs back, and that pages rendered so show the same.
/// </summary>
public sealed class PartialContextsTests
{
    [Theory]
    [InlineData("{{#> base}}page{{/base}}", "base")]
    [InlineData("{{~#> Base ~}}page{{~/Base~}}|{{#> BASE}}other{{/BASE}}", "Base")]
    [InlineData("{{> card job}}|{{> card title=\"x\"}}|{{#each jobs}}{{> card this}}{{/each}}", "card")]
    [InlineData("{{#> base}}{{> card}}{{/base}}", "base")]
    [InlineData("{{> card job}}|{{> card}}", "")]
    [InlineData("{{> card job}}|{{~> card ~}}", "")]
    [InlineData("{{#> base}}{{/base}}|{{> (which)}}", "")]
    [InlineData("{{> @partial-block }}", "")]
    [InlineData("plain {{title}}", "")]
    public void A_partial_hands_its_context_back_only_when_every_call_gives_it_an_argument_or_a_block(string sources, string expected)
    {
        var owned = PartialContexts.OwnedByEachCall(sources.Split('|'));

        Assert.Equal(expected, string.Join(" ", owned.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void A_page_with_a_layout_renders_the_same_again_from_the_contexts_it_gave_back()
    {
        var handlebars = Handlebars.Create();
        var layout = handlebars.Compile(new StringReader("<main>{{> @partial-block }}</main>"));
        handlebars.RegisterTemplate("base", PartialContexts.Returned(layout));
        var page = handlebars.Compile(
            "{{#> base}}{{#each groups}}[{{name}}:{{#each items}}{{../name}}.{{this}}{{#with ../tag}}/{{this}}{{/with}} {{/each}}]{{/each}}{{/base}}");
        var model = new { groups = new object[] { new { name = "a", tag = "x", items = new[] { 1, 2 } }, new { name = "b", tag = "y", items = new[] { 3 } } } };
        const string expected = "<main>[a:a.1/x a.2/x ][b:b.3/y ]</main>";
        Assert.Equal(expected, page(model));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var pages = Enumerable.Range(0, 50).Select(_ => page(model)).ToList();
        var perPage = (GC.GetAllocatedBytesForCurrentThread() - before) / pages.Count;

        Assert.All(pages, shown => Assert.Equal(expected, shown));
        // A context made anew takes about 9.6 KB; the page's own text and Handlebars.Net's writer take a few hundred bytes.
        Assert.True(perPage < 4096, $"{perPage} bytes allocated a page: contexts are being made anew");
    }
}
