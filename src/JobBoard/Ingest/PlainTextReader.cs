using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace JobBoard.Ingest;

/// <summary>
/// Turns a plain-text posting, typically scraped from a careers page (seed 004), into a
/// Markdown body and fields: a <c>Key: value</c> header, a title line, glued headings,
/// <c>•</c> bullets and a repeated tail are recovered; text that would be Markdown syntax is escaped.
/// </summary>
public static partial class PlainTextReader
{
    private const int MaxTitleLength = 80;

    /// <param name="text">The whole file text (line 1 is file line 1).</param>
    /// <returns>The body as Markdown and the header and title fields.</returns>
    public static (string Body, ImmutableArray<RawField> Fields) Read(string text)
    {
        var result = ReadStructure(text);
        return (result.Body, result.Fields);
    }

    internal static MarkdownStructure ReadStructure(string text)
    {
        var lines = (text ?? string.Empty).Split('\n');
        var fields = ImmutableArray.CreateBuilder<RawField>();
        var i = SkipBlank(lines, 0);

        // "Title: Backend Engineer" / "Company: Acme" lines at the top, as some exports write them.
        var (header, next) = HeaderBlockReader.Read(lines, i, minimumLines: 1);
        fields.AddRange(header);
        i = SkipBlank(lines, next);
        if (!fields.Any(f => f.Key.Equals("title", StringComparison.OrdinalIgnoreCase)))
        {
            i = ReadTitleBlock(lines, i, fields);
        }

        var bodyLine = i + 1;
        var body = string.Join('\n', lines[i..].Select(MarkdownEscaper.EscapeLine));
        body = RepeatedTailRemover.Remove(GluedTextSplitter.Split(body));
        return new MarkdownStructure(Tidy(body), fields.ToImmutable(), bodyLine);
    }

    /// <summary>
    /// A first line that reads like a title, the subtitle under it ("Remote - US | Full-time")
    /// and header lines after them ("Date Posted: …"), as careers pages lay them out.
    /// </summary>
    /// <param name="i">Index of the first content line.</param>
    /// <returns>Index of the first line after the block (<paramref name="i"/> when there is no title line).</returns>
    internal static int ReadTitleBlock(string[] lines, int i, ImmutableArray<RawField>.Builder fields)
    {
        if (i >= lines.Length || !IsTitleLine(lines[i]) || SkipBlank(lines, i + 1) >= lines.Length)
        {
            return i;
        }

        var title = lines[i].Trim();
        fields.Add(new RawField("title", [title], i + 1, lines[i].IndexOf(title, StringComparison.Ordinal) + 1, FieldOrigin.Heading));
        var afterTitle = SkipBlank(lines, i + 1);
        if (afterTitle < lines.Length && IsSubtitle(lines[afterTitle]))
        {
            var parts = lines[afterTitle].Split(SubtitleSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            fields.Add(new RawField(SubtitleKey, [.. parts], afterTitle + 1, 1, FieldOrigin.Heading));
            i = afterTitle;
        }

        var (header, next) = HeaderBlockReader.Read(lines, i + 1, minimumLines: 1);
        fields.AddRange(header);
        return SkipBlank(lines, next);
    }

    /// <summary>The key of the line under a text posting's title; its parts are read by value.</summary>
    public const string SubtitleKey = "subtitle";

    private static readonly char[] SubtitleSeparators = ['|', '·', '•'];

    /// <summary>"Remote - US | Full-time": short, split by bars or dots, no sentence.</summary>
    private static bool IsSubtitle(string line)
    {
        var text = line.Trim();
        return text.Length is > 0 and <= MaxTitleLength && text.IndexOfAny(SubtitleSeparators) > 0
            && !NotTitlePunctuation().IsMatch(text.Replace("|", "", StringComparison.Ordinal));
    }

    /// <summary>
    /// A short first line that reads like a job title: no sentence punctuation, not a section
    /// heading, not a bullet. Seed 004 has no such line (its text starts "DescriptionConfluent is").
    /// </summary>
    private static bool IsTitleLine(string line)
    {
        var title = line.Trim();
        return title.Length is > 0 and <= MaxTitleLength
            && title.Any(char.IsLetter)
            && !NotTitlePunctuation().IsMatch(title)
            && !KnownHeadings.IsTextSection(title);
    }

    internal static int SkipBlank(string[] lines, int i)
    {
        while (i < lines.Length && string.IsNullOrWhiteSpace(lines[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Trailing spaces off, at most one blank line in a row, one final newline.</summary>
    private static string Tidy(string body)
    {
        // Line by line as slices into one buffer: a scraped posting has hundreds of short lines.
        var tidy = new StringBuilder(body.Length + 1);
        var blankBefore = false;
        foreach (var range in body.AsSpan().Split('\n'))
        {
            var line = body.AsSpan(range).TrimEnd();
            if (line.IsEmpty)
            {
                blankBefore = tidy.Length > 0;
                continue;
            }

            if (blankBefore)
            {
                tidy.Append('\n');
                blankBefore = false;
            }

            tidy.Append(line).Append('\n');
        }

        return tidy.ToString();
    }

    /// <summary>Sentence punctuation or list / heading markers: not a title.</summary>
    [GeneratedRegex(@"[.!?;:,]$|[.!?;:][ \t]|^[-*+•·▪–#>]|^\d+[.)]")]
    private static partial Regex NotTitlePunctuation();
}
