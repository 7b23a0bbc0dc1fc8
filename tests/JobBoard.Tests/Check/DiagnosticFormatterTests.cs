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
        Assert.Equal("::error file=input/jobs/a%2Cb.md,line=3,col=11,title=JB0210::unknown currency '50%25: EURO'%0Ahint: use ISO codes\\nlike EUR\n",
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
        var plain = DiagnosticFormatter.Text([Error], (_, number) => lines[number - 1], colour: false);
        Assert.Equal(
            "input/jobs/a,b.md:3:11: error: unknown currency '50%: EURO' [JB0210]\n"
            + " 3 | currency: EURO\n"
            + "   |           ^\n"
            + "   = hint: use ISO codes\\nlike EUR\n",
            plain);
        Assert.DoesNotContain("\u001b[", plain, StringComparison.Ordinal);
        Assert.Contains("\u001b[1;31merror:", DiagnosticFormatter.Text([Error], (_, number) => lines[number - 1], colour: true), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, false, true)]
    [InlineData(2_500, true, true)]
    [InlineData(5_999, true, false)]
    public void A_long_line_shows_a_window_around_the_column_with_the_caret_under_it(int column, bool cutBefore, bool cutAfter)
    {
        // A scraped posting's whole body on one line: 5,999 characters.
        var line = Marked(string.Join(' ', Enumerable.Repeat("lorem ipsum", 500)), column);
        var (shown, caret) = Excerpt(line, column);
        Assert.True(shown.Length <= 140, $"{shown.Length} characters shown");
        Assert.Equal('X', shown[caret]);
        Assert.Equal(cutBefore, shown.StartsWith('…'));
        Assert.Equal(cutAfter, shown.EndsWith('…'));
    }

    [Fact]
    public void A_line_of_140_characters_is_shown_whole()
    {
        var line = Marked(new string('a', 140), 140);
        Assert.Equal((line, 139), Excerpt(line, 140));
    }

    [Fact]
    public void A_cut_never_splits_an_emoji()
    {
        // The window around column 150 of 300 characters would start and end inside the two emoji.
        var line = Marked(new string('a', 79) + "😀" + new string('a', 136) + "😀" + new string('a', 81), 150);
        var (shown, caret) = Excerpt(line, 150);
        Assert.Equal('X', shown[caret]);
        var strict = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        Assert.Equal(shown, strict.GetString(strict.GetBytes(shown)));
    }

    /// <summary>
    /// Lines where characters and terminal columns differ, each with an <c>X</c> at the column (counted
    /// in UTF-16 code units, as the YAML and Markdown readers count it) and the caret's indent in
    /// terminal columns, so that the caret stands under the <c>X</c> as a terminal shows it.
    /// </summary>
    public static TheoryData<string, int, int> CaretsUnderWideAndZeroWidthCharacters => new()
    {
        { "city: Berlin X", 14, 13 },                                             // ASCII: a column a character
        { "city: 東京 X", 10, 11 },                                               // CJK ideographs take two columns
        { "team: 한국 Ａ X", 12, 14 },                                             // Hangul and fullwidth forms too
        { "perks: 🚀 X", 11, 10 },                                                // an emoji: one rune, two UTF-16 units, two columns
        { "perks: ✅ X", 10, 10 },                                                // an emoji of one UTF-16 unit is two columns too
        { "office: 🇩🇪 X", 14, 11 },                                              // a flag: two runes, four UTF-16 units, two columns
        { "team: 👩\u200D💻 X", 13, 11 },                                         // the zero-width joiner takes no column
        { "city: Zu\u0308rich X", 15, 13 },                                       // a combining diaeresis takes no column
        { "city: Zu\u0308rich X", 9, 7 },                                         // a column on the diaeresis points at its letter
        { "currency:\tEURO X", 16, 15 },                                         // a tab is printed as one space
        { "salary: \u001b[2J X", 14, 16 },                                       // a control character is printed as its escape, \x1b
        { "description: " + new string('東', 300) + "X" + new string('京', 300), 314, 69 }, // cut around the column: "…" and 34 ideographs before it
    };

    [Theory]
    [MemberData(nameof(CaretsUnderWideAndZeroWidthCharacters))]
    public void The_caret_stands_under_the_column_as_a_terminal_shows_it(string line, int column, int caret)
    {
        Assert.Equal(caret, Excerpt(line, column).Caret);
    }

    [Fact]
    public void A_long_line_of_ideographs_is_cut_to_140_terminal_columns()
    {
        var line = "description: " + new string('東', 300) + "X" + new string('京', 300);
        Assert.Equal("…" + new string('東', 34) + "X" + new string('京', 34) + "…", Excerpt(line, 314).Shown);
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

    /// <summary><paramref name="line"/> with an <c>X</c> at <paramref name="column"/>, the character the caret must point at.</summary>
    private static string Marked(string line, int column) => line[..(column - 1)] + "X" + line[column..];

    /// <summary>The source line and the caret's index in it, as the text format prints them for a warning at <paramref name="column"/>.</summary>
    private static (string Shown, int Caret) Excerpt(string line, int column)
    {
        var warning = new Diagnostic(DiagnosticCodes.InferredCompany, Severity.Warning, "input/jobs/x.txt", 1, column, "inferred");
        var printed = DiagnosticFormatter.Text([warning], (_, _) => line, colour: false).Split('\n');
        Assert.StartsWith(" 1 | ", printed[1], StringComparison.Ordinal);
        Assert.StartsWith("   | ", printed[2], StringComparison.Ordinal);
        return (printed[1][" 1 | ".Length..], printed[2].IndexOf('^', StringComparison.Ordinal) - "   | ".Length);
    }
}
