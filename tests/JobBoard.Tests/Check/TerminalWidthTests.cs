using JobBoard.Output;

namespace JobBoard.Tests.Check;

/// <summary>How many terminal columns text takes, which places the caret under a diagnostic's column.</summary>
public sealed class TerminalWidthTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("Berlin", 6)]                     // ASCII: a column a character
    [InlineData("東京", 4)]                        // CJK ideographs
    [InlineData("한국어", 6)]                      // Hangul syllables
    [InlineData("カタカナ", 8)]                    // Katakana
    [InlineData("ｶﾀｶﾅ", 4)]                        // halfwidth Katakana stays narrow
    [InlineData("ＡＢＣ", 6)]                      // fullwidth Latin
    [InlineData("🚀", 2)]                          // an emoji: one rune of two UTF-16 units
    [InlineData("✅", 2)]                          // an emoji of one UTF-16 unit
    [InlineData("e\u0301", 1)]                     // a combining acute accent takes no column
    [InlineData("👩\u200D💻", 4)]                  // the zero-width joiner takes none; each emoji two
    [InlineData("✔\uFE0F", 1)]                     // a variation selector takes none
    [InlineData("\u001b", 0)]                      // a control character draws nothing
    public void Columns_as_a_terminal_shows_the_text(string text, int columns)
    {
        Assert.Equal(columns, TerminalWidth.Of(text));
    }
}
