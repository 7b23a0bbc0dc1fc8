using Wcwidth;

namespace JobBoard.Output;

/// <summary>
/// How many columns a terminal gives text: two for East Asian Wide and Fullwidth characters (CJK,
/// Hangul, kana, fullwidth forms) and most emoji, none for combining marks, the zero-width joiner
/// and variation selectors, one for the rest. The widths are the Wcwidth package's, made from
/// Unicode's EastAsianWidth.txt and the general categories as POSIX <c>wcwidth</c> does, so they
/// follow each new Unicode version without a table of ours.
/// </summary>
internal static class TerminalWidth
{
    /// <summary>
    /// The columns of <paramref name="text"/>, rune by rune: an emoji of two UTF-16 units is one rune.
    /// An emoji sequence joined by U+200D counts as its emoji side by side, as terminals that
    /// measure with <c>wcwidth</c> (xterm among them) draw it; those that draw one glyph show it narrower.
    /// </summary>
    public static int Of(ReadOnlySpan<char> text)
    {
        var columns = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            // wcwidth gives control characters no width (-1): a tab's depends on where it stands, so
            // the formatter replaces tabs before measuring, and the rest draw nothing.
            columns += Math.Max(UnicodeCalculator.GetWidth(rune), 0);
        }

        return columns;
    }
}
