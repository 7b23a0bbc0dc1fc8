using JobBoard.Normalize;

namespace JobBoard.Tests.Normalize;

/// <summary>
/// <see cref="TextInference"/> scans for "Acme is hiring" only the lines that hold one of
/// <see cref="TextInference.StatementWords"/>, so it must find the very matches a scan of the whole text finds: on every
/// posting here and beside the repository, and on random runs of names, the statements' words, spaces, tabs and breaks.
/// </summary>
public sealed class CompanyStatementTests
{
    private static readonly string[] Words =
    [
        "Acme", "Lumen", "Co", "&", "acme.io", "transport.data.gouv.fr", "R&D", "Kestra-Labs", "St.", "x", "we", "The", "Our",
        " ", "  ", "\t", "\n", "\r\n", ",", ".", "-", "/", "@", "is", "is hiring", "is looking for", "is a", "is an", "is on a mission",
        "fast-growing", "small,", "company", "startup", "bank", "hiring", "recrute", "recherche", "cherche", "embauche", "sucht",
        "busca", "zoekt", "söker", "szuka", "un", "une", "Inc", "Inc.", "LLC", "Ltd", "GmbH", "SAS", "S.A", "B.V", "AG", "island",
        "Isabel", "IS", "Is",
    ];

    [Fact]
    public void Scanning_the_lines_that_hold_a_statement_word_finds_what_scanning_the_whole_text_finds()
    {
        var differ = PhraseMatcherTests.Texts(Words)
            .Where(text => !TextInference.StatementMatches(text).Select(m => (m.Index, m.Length))
                .SequenceEqual(TextInference.CompanyStatement().Matches(text).Select(m => (m.Index, m.Length))))
            .Take(3).ToList();
        Assert.True(differ.Count == 0, $"the line scan finds other matches in: {string.Join(" | ", differ)}");
    }

    [Theory]
    [InlineData("Intro\nAcme is hiring engineers.\nMore", "Acme is hiring")]
    [InlineData("Lumen & Co recrute des développeurs", "Lumen & Co recrute d")]
    [InlineData("acme.io\tis a small company", "acme.io\tis a small company")]
    [InlineData("Kestra, Inc\nAcme is great", "Kestra, Inc")]
    [InlineData("We build payment software in Lyon.", "")]
    public void A_statement_is_found_on_its_line(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", TextInference.StatementMatches(text).Select(m => m.Value)));
}
