using JobBoard.Model;
using JobBoard.Output;

namespace JobBoard.Tests.Check;

/// <summary>The three output formats of a diagnostic, on the cases fixtures do not reach.</summary>
public sealed class DiagnosticFormatterTests
{
    private static readonly Diagnostic Error = new(DiagnosticCodes.UnknownCurrency, Severity.Error, "input/jobs/a,b.md", 3, 11,
        "unknown currency '50%: EURO'", "use ISO codes\nlike EUR");

    [Fact]
    public void GitHub_annotations_escape_properties_and_message()
    {
        Assert.Equal("::error file=input/jobs/a%2Cb.md,line=3,col=11,title=JB0210::unknown currency '50%25: EURO'%0Ahint: use ISO codes%0Alike EUR\n",
            DiagnosticFormatter.GitHub([Error]));
    }

    [Fact]
    public void A_whole_file_annotation_has_no_line()
    {
        var warning = new Diagnostic(DiagnosticCodes.FileNameNotSlug, Severity.Warning, "input/jobs/x.md", 0, 0, "name");
        Assert.Equal("::warning file=input/jobs/x.md,title=JB0306::name\n", DiagnosticFormatter.GitHub([warning]));
    }

    [Fact]
    public void Text_puts_a_caret_under_the_column_and_colours_only_when_asked()
    {
        string[] lines = ["---", "title: X", "currency:\tEURO"];
        var plain = DiagnosticFormatter.Text([Error], _ => lines, colour: false);
        Assert.Equal(
            "input/jobs/a,b.md:3:11: error: unknown currency '50%: EURO' [JB0210]\n"
            + " 3 | currency: EURO\n"
            + "   |           ^\n"
            + "   = hint: use ISO codes\nlike EUR\n",
            plain);
        Assert.DoesNotContain("\u001b[", plain, StringComparison.Ordinal);
        Assert.Contains("\u001b[1;31merror:", DiagnosticFormatter.Text([Error], _ => lines, colour: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_is_an_array_of_flat_objects()
    {
        var json = System.Text.Json.JsonDocument.Parse(DiagnosticFormatter.Json([Error])).RootElement;
        var item = json.EnumerateArray().Single();
        Assert.Equal(["file", "line", "column", "severity", "code", "message", "hint"], item.EnumerateObject().Select(p => p.Name));
        Assert.Equal("error", item.GetProperty("severity").GetString());
        Assert.Equal(11, item.GetProperty("column").GetInt32());
        Assert.Equal("[]\n", DiagnosticFormatter.Json([]));
    }
}
