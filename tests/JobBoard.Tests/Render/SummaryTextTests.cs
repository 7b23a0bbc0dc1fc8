using JobBoard.Render;

namespace JobBoard.Tests.Render;

/// <summary>The one-line summary of a job (lists, feeds, descriptions): white space made single spaces, cut at a word near 180 characters.</summary>
public sealed class SummaryTextTests
{
    [Theory]
    [InlineData("  Build   the\n\tpayments API.  ", "Build the payments API.")]
    [InlineData("", "")]
    [InlineData(" \n ", "")]
    public void Short_text_is_its_words_on_one_line(string text, string summary) =>
        Assert.Equal(summary, JobViewBuilder.Shorten(text));

    [Fact]
    public void Text_of_exactly_180_characters_stays_whole()
    {
        var text = string.Join(' ', Enumerable.Repeat("abcd", 36)).PadRight(180, 'x'); // 36 words of 4 letters and 35 spaces are 179 characters, then one x

        Assert.Equal(text, JobViewBuilder.Shorten(text.Replace(" ", " \n  ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Long_text_is_cut_after_the_last_whole_word_with_an_ellipsis()
    {
        var words = string.Join("\n\n", Enumerable.Range(0, 100).Select(i => $"word{i:D2}")); // "word00 word01 ...": 6 characters a word

        // 25 words and the 24 spaces between them are 174 characters; the 26th word would end at 181.
        Assert.Equal(string.Join(' ', Enumerable.Range(0, 25).Select(i => $"word{i:D2}")) + "…", JobViewBuilder.Shorten(words));
    }

    [Fact]
    public void A_word_longer_than_half_the_summary_is_cut_inside()
    {
        var text = "Go " + new string('x', 300);

        Assert.Equal("Go " + new string('x', 177) + "…", JobViewBuilder.Shorten(text));
    }

    [Fact]
    public void A_space_falling_exactly_at_the_cut_ends_the_summary_there()
    {
        var text = new string('a', 100) + " " + new string('b', 79) + " tail"; // the space after the b's is at index 180

        Assert.Equal(new string('a', 100) + " " + new string('b', 79) + "…", JobViewBuilder.Shorten(text));
    }
}
