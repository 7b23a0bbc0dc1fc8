using System.Collections.Immutable;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;
using JobBoard.Render;
using JobBoard.Site;

namespace JobBoard.Tests.Render;

/// <summary>
/// How templates read the page models through <see cref="PageModelDescriptors"/> (the reader the native build can
/// run): what Handlebars.Net's own reader gives, one template and its output per line.
/// </summary>
public sealed class PageModelDescriptorsTests
{
    private static readonly SiteView Site = new("Tidepool Jobs", "Open positions.", "https://example.org/", "en", "/s.css", "/s.js",
        [new NavLink("Jobs", "/"), new NavLink("Tags", "/tags/")], ImmutableSortedDictionary<string, object>.Empty.Add("twitter", "@tidepool"));

    [Theory]
    [InlineData("{{title}}", "Tidepool Jobs")]
    [InlineData("{{TITLE}} {{baseurl}}", "Tidepool Jobs https://example.org/")]
    [InlineData("{{#each nav}}{{title}}={{url}}{{#unless @last}}, {{/unless}}{{/each}}", "Jobs=/, Tags=/tags/")]
    [InlineData("{{#each nav}}{{@index}}{{#if @first}}first{{/if}} {{/each}}", "0first 1 ")]
    [InlineData("{{nav.[1].title}}", "Tags")]
    [InlineData("{{nav.length}}", "2")]
    [InlineData("{{#if nav}}menu{{/if}}", "menu")]
    [InlineData("{{params.twitter}}", "@tidepool")]
    [InlineData("{{#with nav.[0]}}{{title}}{{/with}}", "Jobs")]
    public void Templates_read_records_and_their_lists(string template, string expected) =>
        Assert.Equal(expected, Render(template, Site));

    [Theory]
    [InlineData("{{#if noIndex}}noindex{{else}}index{{/if}}", "noindex")]
    [InlineData("{{noIndex}} {{type}}", "True website")]
    [InlineData("[{{feed}}]", "[]")]
    public void Templates_read_value_type_and_null_members(string template, string expected) =>
        Assert.Equal(expected, Render(template, new PageMeta("Closed job", "", "https://example.org/jobs/x/", NoIndex: true)));

    [Fact]
    public void A_misspelt_member_fails_in_strict_mode()
    {
        var exception = Assert.Throws<HandlebarsUndefinedBindingException>(() => Render("{{titel}}", Site, strict: true));
        Assert.Contains("titel", exception.Message, StringComparison.Ordinal);
    }

    private static string Render(string template, object model, bool strict = false)
    {
        var configuration = new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = strict };
        configuration.ObjectDescriptorProviders.Add(new PageModelDescriptors());
        return Handlebars.Create(configuration).Compile(template)(model);
    }
}
