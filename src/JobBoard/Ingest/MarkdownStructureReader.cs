using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace JobBoard.Ingest;

/// <summary>
/// Reads the metadata that Markdown postings keep in their structure and fixes structure that
/// would render badly: the <c># Title</c> heading, a trailing block of <c>**Key:** value</c>
/// lines, skill sections ("Keywords", "Our stack", ...) and unterminated <c>**Heading</c> lines.
/// Pure: text in, text and fields out.
/// </summary>
public static partial class MarkdownStructureReader
{
    /// <summary>Level used for an unterminated bold heading when no heading precedes it.</summary>
    private const int DefaultBoldHeadingLevel = 3;

    /// <param name="body">The Markdown body (after any front matter).</param>
    /// <param name="bodyLine">1-based file line where <paramref name="body"/> starts, so field lines are file lines.</param>
    /// <returns>The body without the title heading and footer block, and the fields found in it.</returns>
    public static (string Body, ImmutableArray<RawField> Fields) Read(string body, int bodyLine)
    {
        var result = ReadStructure(body, bodyLine);
        return (result.Body, result.Fields);
    }

    /// <summary>As <see cref="Read"/>, plus the file line where the returned body starts.</summary>
    internal static MarkdownStructure ReadStructure(string body, int bodyLine) => ReadStructure(body.AsMemory(), bodyLine);

    /// <param name="body">The body, a slice of the file's text: the reader copies only what it returns.</param>
    internal static MarkdownStructure ReadStructure(ReadOnlyMemory<char> body, int bodyLine)
    {
        var lines = MarkdownLines.Split(body, bodyLine);
        var fields = ImmutableArray.CreateBuilder<RawField>();

        var title = TakeTitle(lines);
        if (title is not null)
        {
            fields.Add(title);
        }

        fields.AddRange(TakeHeader(lines));

        // A footer after a "---" rule may itself follow more bold key lines (a mutated seed 003
        // ends "**Employment Type:** Full-time", rule, footer): they belong to the trailer too,
        // or writing the posting back and reading it again would find them then.
        var footer = new List<RawField>();
        bool afterRule;
        do
        {
            var (block, rule) = TakeFooter(lines);
            footer.InsertRange(0, block);
            afterRule = rule && block.Length > 0;
        }
        while (afterRule);

        FixUnterminatedBoldHeadings(lines, title is null ? 0 : 1);
        fields.AddRange(SectionFieldReader.Read(lines));
        fields.AddRange(footer);

        var start = lines.Count > 0 ? lines[0].FileLine : Math.Max(bodyLine, 1);
        return new MarkdownStructure(MarkdownLines.Join(lines), fields.ToImmutable(), start);
    }

    /// <summary>
    /// The first level-1 heading, only when it is the first content line: the page renders the
    /// title itself (seed 002 starts with <c># Backend Engineer</c>). Leading blank lines go too.
    /// </summary>
    private static RawField? TakeTitle(List<MarkdownLine> lines)
    {
        MarkdownLines.TrimLeadingBlank(lines);
        if (lines.Count == 0 || lines[0].InCode || lines[0].Match(TitleHeading()) is not { Success: true } m)
        {
            return null;
        }

        var field = new RawField("title", [m.Groups["text"].Value], lines[0].FileLine, m.Groups["text"].Index + 1, FieldOrigin.Heading);
        lines.RemoveAt(0);
        MarkdownLines.TrimLeadingBlank(lines);
        return field;
    }

    /// <summary>
    /// A block of <c>**Key:** value</c> lines ending the document (seeds 002 and 003), with the
    /// <c>---</c> rule before it, becomes fields and leaves the body.
    /// </summary>
    /// <summary>
    /// Bold <c>**Key:** value</c> lines opening the body, right under the title: many postings
    /// put company, location and type there rather than at the end.
    /// </summary>
    private static ImmutableArray<RawField> TakeHeader(List<MarkdownLine> lines)
    {
        var found = ImmutableArray.CreateBuilder<RawField>();
        var count = 0;
        while (count < lines.Count && !lines[count].InCode && lines[count].Match(BoldKeyValue()) is { Success: true } m)
        {
            found.Add(BoldField(m, lines[count].FileLine, FieldOrigin.HeaderLine));
            count++;
        }

        if (count > 0)
        {
            lines.RemoveRange(0, count);
            MarkdownLines.TrimLeadingBlank(lines);
        }

        return found.ToImmutable();
    }

    /// <returns>The fields, and whether a <c>---</c> rule stood before them.</returns>
    private static (ImmutableArray<RawField> Fields, bool AfterRule) TakeFooter(List<MarkdownLine> lines)
    {
        var found = new List<RawField>();
        var start = lines.Count;
        for (var i = lines.Count - 1; i >= 0 && !lines[i].InCode; i--)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            if (lines[i].Match(BoldKeyValue()) is not { Success: true } m)
            {
                break;
            }

            found.Add(BoldField(m, lines[i].FileLine, FieldOrigin.FooterLine));
            start = i;
        }

        if (found.Count == 0)
        {
            return ([], false);
        }

        var before = start - 1;
        while (before >= 0 && lines[before].IsBlank)
        {
            before--;
        }

        var afterRule = before >= 0 && !lines[before].InCode && lines[before].Is(ThematicBreak());
        if (afterRule)
        {
            start = before;
        }

        lines.RemoveRange(start, lines.Count - start);
        MarkdownLines.TrimTrailingBlank(lines);
        found.Reverse();
        return ([.. found], afterRule);
    }

    /// <summary>
    /// Seed 001 writes <c>**Responsibilities</c> alone on a line, which would bold the rest of the
    /// document; it becomes a heading one level below the previous real heading.
    /// </summary>
    private static void FixUnterminatedBoldHeadings(List<MarkdownLine> lines, int titleLevel)
    {
        var previousLevel = titleLevel;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.InCode)
            {
                continue;
            }

            if (line.Match(AtxHeading()) is { Success: true } heading)
            {
                previousLevel = heading.Groups["hashes"].Length;
                continue;
            }

            var standalone = (i == 0 || lines[i - 1].IsBlank) && (i == lines.Count - 1 || lines[i + 1].IsBlank);
            if (standalone && line.Match(UnterminatedBold()) is { Success: true } bold)
            {
                var level = previousLevel == 0 ? DefaultBoldHeadingLevel : Math.Min(previousLevel + 1, 6);
                lines[i] = line with { Text = (new string('#', level) + " " + bold.Groups["text"].Value).AsMemory() };
            }
        }
    }

    internal static RawField BoldField(Match m, int fileLine, FieldOrigin origin)
    {
        var value = m.Groups["value"];
        var text = value.Value.TrimEnd();

        // A trailing backslash is a Markdown hard line break, like the two spaces in seed 002.
        text = text.EndsWith('\\') ? text[..^1].TrimEnd() : text;
        var column = text.Length > 0 ? value.Index + 1 : m.Groups["key"].Index + 1;
        return new RawField(m.Groups["key"].Value.Trim(), text.Length > 0 ? [text] : [], fileLine, column, origin);
    }

    /// <summary>"# Title": any white space may end the line, such as a pasted line separator (U+2028).</summary>
    [GeneratedRegex(@"^ {0,3}#[ \t]+(?<text>.*?\S)(?:[ \t]+#+)?\s*$")]
    private static partial Regex TitleHeading();

    [GeneratedRegex(@"^ {0,3}(?<hashes>#{1,6})(?:[ \t]|$)")]
    internal static partial Regex AtxHeading();

    /// <summary><c>**Location:** x</c> or <c>**Location**: x</c>.</summary>
    [GeneratedRegex(@"^ {0,3}\*\*(?<key>[\p{L}\p{N}][^*:\n]{0,60}?)[ \t]*(?::[ \t]*\*\*|\*\*[ \t]*:)[ \t]*(?<value>.*)$")]
    internal static partial Regex BoldKeyValue();

    [GeneratedRegex(@"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")]
    internal static partial Regex ThematicBreak();

    [GeneratedRegex(@"^\*\*(?=[^*\n]*\p{L})(?<text>[^*\s][^*]*?)[ \t]*$")]
    private static partial Regex UnterminatedBold();
}

/// <summary>A Markdown body after structure reading; <see cref="BodyLine"/> is the file line of its first line.</summary>
internal sealed record MarkdownStructure(string Body, ImmutableArray<RawField> Fields, int BodyLine);
