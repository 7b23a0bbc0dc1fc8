using System.Buffers;
using JobBoard.Normalize;

namespace JobBoard.Tests.Normalize;

/// <summary>
/// <see cref="WordSearch"/> looks for its words outside ASCII only in texts with a character outside ASCII; it must find a
/// word exactly where one search for all of them does, whether case is ignored or not: on every posting here and beside
/// the repository, and on random runs of the words, their pieces and letters that look alike (the long s, the dotless i, the
/// Kelvin sign).
/// </summary>
public sealed class WordSearchTests
{
    private static readonly string[] Words = ["salary", "pay:", "ote", "rémunération", "vergütung", "lön", "söker", " is", "\tAG"];

    private static readonly string[] Pieces =
    [
        "salary", "SALARY", "Salary", "pay", ":", "ote", "OTE", "quote", "rémunération", "RÉMUNÉRATION", "remuneration",
        "rémun", "ération", "vergütung", "VERGÜTUNG", "vergutung", "lön", "LÖN", "lon", "söker", "SÖKER", "is", "IS", "AG",
        "ag", "ſ", "ı", "İ", "\u212A", "é", "É", "ü", " ", "\t", "\n", ".",
    ];

    [Theory]
    [InlineData(StringComparison.Ordinal)]
    [InlineData(StringComparison.OrdinalIgnoreCase)]
    public void Finds_a_word_where_one_search_for_all_the_words_does(StringComparison comparison)
    {
        var search = new WordSearch(Words, comparison);
        var all = SearchValues.Create(Words, comparison);
        var differ = PhraseMatcherTests.Texts(Pieces)
            .Where(text => search.In(text) != text.AsSpan().ContainsAny(all))
            .Take(3).ToList();
        Assert.True(differ.Count == 0, $"the two searches differ on: {string.Join(" | ", differ)}");
    }

    [Theory]
    [InlineData("Base SALARY: 50k", true)]
    [InlineData("RÉMUNÉRATION : 45 k€", true)]
    [InlineData("remuneration without its accents", false)]
    [InlineData("Vergütung nach Tarif", true)]
    [InlineData("Acme söker utvecklare", true)]
    [InlineData("Über uns", false)]
    public void Ignoring_case_finds_words_in_and_outside_ascii(string text, bool found) =>
        Assert.Equal(found, new WordSearch(["salary", "rémunération", "vergütung", "söker"], StringComparison.OrdinalIgnoreCase).In(text));
}
