namespace JobBoard.Ingest;

/// <summary>One line of a Markdown body with its file line; <see cref="InCode"/> inside fenced code.</summary>
internal sealed record MarkdownLine(string Text, int FileLine, bool InCode);

/// <summary>Splitting a body into <see cref="MarkdownLine"/>s and joining it back.</summary>
internal static class MarkdownLines
{
    public static List<MarkdownLine> Split(string body, int bodyLine)
    {
        var lines = new List<MarkdownLine>();
        string? fence = null;
        var number = Math.Max(bodyLine, 1);
        foreach (var text in body.Split('\n'))
        {
            var trimmed = text.TrimStart(' ');
            var indent = text.Length - trimmed.Length;
            var marker = indent <= 3 && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
                ? trimmed[..3]
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
        return lines.Count == 0 ? string.Empty : string.Join('\n', lines.Select(l => l.Text)) + "\n";
    }

    public static void TrimLeadingBlank(List<MarkdownLine> lines)
    {
        var count = lines.TakeWhile(l => string.IsNullOrWhiteSpace(l.Text)).Count();
        lines.RemoveRange(0, count);
    }

    public static void TrimTrailingBlank(List<MarkdownLine> lines)
    {
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[^1].Text))
        {
            lines.RemoveAt(lines.Count - 1);
        }
    }
}
