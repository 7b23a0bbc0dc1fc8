using HandlebarsDotNet;
using JobBoard.Render;

namespace JobBoard.Tests.Render;

/// <summary>
/// A helper call whose text is the same on every page is written into its template as that text (<see cref="ConstantCalls"/>):
/// a template so folded renders what it rendered before, and the calls whose text could change the template's reading stay.
/// </summary>
public sealed class ConstantCallsTests
{
    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["plain"] = "Jobs",
        ["html"] = "Tom & \"Jerry\" <3 = 'x' `y` é 😀",
        ["trailing"] = "Apply ",
        ["leading"] = " now",
        ["empty"] = "",
        ["lines"] = "one\ntwo",
        ["braces"] = "{{x}}",
        ["slash"] = "a\\b",
    };

    private static readonly Dictionary<string, string> Assets = new(StringComparer.Ordinal) { ["favicon.svg"] = "/assets/favicon.1a2b.svg" };

    private static string? Text(string helper, string argument) => helper switch
    {
        "t" => Texts.GetValueOrDefault(argument),
        "asset" => Assets.GetValueOrDefault(argument),
        _ => null,
    };

    /// <summary>The source folded, and the output of the source and of the folded source, each compiled with the helpers.</summary>
    private static (string Folded, string Before, string After) Render(string source)
    {
        var handlebars = Handlebars.Create();
        handlebars.RegisterHelper("t", (output, _, arguments) => output.Write(Texts[(string)arguments[0]!]));
        handlebars.RegisterHelper("asset", (output, _, arguments) => output.Write(Assets[(string)arguments[0]!]));
        var folded = ConstantCalls.Folded(source, Text, handlebars.Configuration.TextEncoder!);
        var model = new { x = "X", no = false, yes = true };
        return (folded, handlebars.Compile(source)(model), handlebars.Compile(folded)(model));
    }

    [Theory]
    [InlineData("<a title=\"{{t \"html\"}}\">{{t 'html'}}</a>")]
    [InlineData("<nav aria-label=\"{{ t  \"plain\" }}\">{{#if yes}}\n{{t \"plain\"}}\n{{/if}}</nav>")]
    [InlineData("<link href=\"{{asset \"favicon.svg\"}}\">{{x}}")]
    public void A_call_with_the_same_text_on_every_page_is_written_out_as_that_text(string source)
    {
        var (folded, before, after) = Render(source);

        Assert.DoesNotContain("{{t", folded, StringComparison.Ordinal);
        Assert.DoesNotContain("{{ t", folded, StringComparison.Ordinal);
        Assert.DoesNotContain("{{asset", folded, StringComparison.Ordinal);
        Assert.Equal(before, after);
    }

    [Theory]
    [InlineData("<p>\n{{t \"trailing\"}}{{~x}}</p>")] // its space would be trimmed as the template's text
    [InlineData("<p>{{x~}}{{t \"leading\"}}</p>")]
    [InlineData("{{t \"empty\"}}{{#if yes}}\nA{{/if}}")] // the block's line would become a line of its own
    [InlineData("{{t \"lines\"}}")]
    [InlineData("{{t \"braces\"}}")] // the text would be read as a call
    [InlineData("{{t \"slash\"}}{{x}}")]
    [InlineData("\\{{t \"plain\"}}")] // escaped: written as it is
    [InlineData("{{! {{t \"plain\"}} }}")] // a comment ends at its first closing braces
    [InlineData("{{!-- {{t \"plain\"}} --}}")]
    [InlineData("{{{t \"html\"}}}")] // three braces write the text unencoded
    [InlineData("{{~t \"plain\"}}")]
    [InlineData("{{t \"plain\" x}}")]
    [InlineData("{{asset \"missing.svg\"}}{{x}}")]
    public void A_call_whose_text_could_read_otherwise_in_the_template_stays_a_call(string source)
    {
        var handlebars = Handlebars.Create();

        var folded = ConstantCalls.Folded(source, Text, handlebars.Configuration.TextEncoder!);

        Assert.Equal(source, folded);
    }

    [Theory]
    [InlineData("<p>\n{{t \"trailing\"}}{{~x}}</p>")]
    [InlineData("<p>{{x~}}{{t \"leading\"}}</p>")]
    [InlineData("{{t \"empty\"}}{{#if yes}}\nA{{/if}}")]
    [InlineData("{{! {{t \"plain\"}} }}")]
    public void The_calls_left_alone_are_those_whose_text_would_render_otherwise(string source)
    {
        // Written out regardless (the rule that keeps them dropped), each renders something else.
        var handlebars = Handlebars.Create();
        handlebars.RegisterHelper("t", (output, _, arguments) => output.Write(Texts[(string)arguments[0]!]));
        var model = new { x = "X", yes = true };
        var key = source[(source.IndexOf("{{t \"", StringComparison.Ordinal) + 5)..];
        var text = new StringWriter();
        handlebars.Configuration.TextEncoder!.Encode(Texts[key[..key.IndexOf('"', StringComparison.Ordinal)]], text);
        var call = source.IndexOf("{{t \"", StringComparison.Ordinal);
        var written = source[..call] + text + source[(source.IndexOf("}}", call, StringComparison.Ordinal) + 2)..];

        Assert.NotEqual(handlebars.Compile(source)(model), handlebars.Compile(written)(model));
    }

    [Fact]
    public void A_template_with_raw_blocks_is_left_as_it_is()
    {
        const string source = "{{{{raw}}}}{{t \"plain\"}}{{{{/raw}}}} {{t \"plain\"}}";

        Assert.Equal(source, ConstantCalls.Folded(source, Text, Handlebars.Create().Configuration.TextEncoder!));
    }
}
