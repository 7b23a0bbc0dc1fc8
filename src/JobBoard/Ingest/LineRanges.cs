namespace JobBoard.Ingest;

/// <summary>A text's lines, split at <c>\n</c> as <see cref="string.Split(char, StringSplitOptions)"/> would, but as ranges:
/// scanning a posting line by line then copies none of it.</summary>
public static class LineRanges
{
    public static Range[] Of(ReadOnlySpan<char> text)
    {
        var lines = new Range[text.Count('\n') + 1];
        text.Split(lines, '\n');
        return lines;
    }
}
