using System.Text.RegularExpressions;

namespace JobBoard.Ingest;

/// <summary>One line of a Markdown body with its file line; <see cref="InCode"/> inside fenced code.</summary>
/// <param name="Text">The line, a slice of the body (or of its new text, for a line rewritten): splitting a body
/// into lines copies none of it.</param>
internal readonly record struct MarkdownLine(ReadOnlyMemory<char> Text, int FileLine, bool InCode)
{
    public bool IsBlank => Text.Span.IsWhiteSpace();

    public bool Is(Regex regex) => regex.IsMatch(Text.Span);

    /// <summary>The match of <paramref name="regex"/> on the line, or null. Tried on the span first: most lines
    /// do not match, and only a match needs the line as a string, for its groups.</summary>
    public Match? Match(Regex regex) => Is(regex) ? regex.Match(Text.ToString()) : null;
}

/// <summary>Splitting a body into <see cref="MarkdownLine"/>s and joining it back.</summary>
internal static class MarkdownLines
{
    public static List<MarkdownLine> Split(ReadOnlyMemory<char> body, int bodyLine)
    {
        var lines = new List<MarkdownLine>(body.Span.Count('\n') + 1);
        char? fence = null;
        var number = Math.Max(bodyLine, 1);
        foreach (var range in body.Span.Split('\n'))
        {
            var text = body[range];
            var trimmed = text.Span.TrimStart(' ');
            var indent = text.Length - trimmed.Length;
            char? marker = indent <= 3 && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
                ? trimmed[0]
                : null;

            // Headings, bullets and bold lines inside fenced code are code, not structure.
            if (fence is null && marker is not null)
            {
                fence = marker;
                lines.Add(new MarkdownLine(text, number++, true));
            }
            else if (fence is not null)
            {
                lines.Add(new MarkdownLine(text, number++, true));
                if (marker == fence)
                {
                    fence = null;
                }
            }
            else
            {
                lines.Add(new MarkdownLine(text, number++, false));
            }
        }

        return lines;
    }

    /// <summary>The lines joined with <c>\n</c>, ending with one newline (empty for an empty body).</summary>
    public static string Join(List<MarkdownLine> lines)
    {
        TrimTrailingBlank(lines);
        var length = 0;
        foreach (var line in lines)
        {
            length += line.Text.Length + 1;
        }

        // Written straight into the string: the body is most of a posting, so no builder copies it first.
        return string.Create(length, lines, static (destination, lines) =>
        {
            foreach (var line in lines)
            {
                line.Text.Span.CopyTo(destination);
                destination[line.Text.Length] = '\n';
                destination = destination[(line.Text.Length + 1)..];
            }
        });
    }

    public static void TrimLeadingBlank(List<MarkdownLine> lines)
    {
        var count = 0;
        while (count < lines.Count && lines[count].IsBlank)
        {
            count++;
        }

        lines.RemoveRange(0, count);
    }

    public static void TrimTrailingBlank(List<MarkdownLine> lines)
    {
        while (lines.Count > 0 && lines[^1].IsBlank)
        {
            lines.RemoveAt(lines.Count - 1);
        }
    }
}
