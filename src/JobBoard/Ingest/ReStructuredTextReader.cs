using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace JobBoard.Ingest;

/// <summary>
/// Reads a reStructuredText posting into a Markdown body and fields, for the constructs postings
/// use: section titles (underlined, or over- and underlined; levels in the order the styles
/// appear), the document title and the subtitle under it (<see cref="DocumentSubtitle"/>), field
/// lists (<c>:Location: Berlin</c>) as fields, a contact section's first address as the way to
/// apply (<see cref="ContactSection"/>), named links and inline literals. Directives and comments
/// are left out; everything else is the same in Markdown.
/// </summary>
public static partial class ReStructuredTextReader
{
    /// <param name="text">The whole file.</param>
    /// <returns>The body as Markdown and the fields found.</returns>
    public static (string Body, ImmutableArray<RawField> Fields) Read(string text)
    {
        var result = ReadStructure(text);
        return (result.Body, result.Fields);
    }

    /// <summary>A line of punctuation repeated, as rst underlines and overlines titles.</summary>
    internal static bool IsAdornment(string line) => Adornment().IsMatch(line);

    /// <summary>A section title at line <paramref name="i"/>: its text, style and the line after it; null when there is none.</summary>
    internal static (string Text, string Style, int Next)? TitleAt(string[] lines, int i)
    {
        if (i + 2 < lines.Length && IsAdornment(lines[i]) && lines[i + 1].Any(char.IsLetterOrDigit) && lines[i + 2].TrimEnd() == lines[i].TrimEnd())
        {
            return (lines[i + 1].Trim(), "over" + lines[i].Trim()[0], i + 3);
        }

        var text = i + 1 < lines.Length ? lines[i].TrimEnd() : string.Empty;
        return text.Length > 0 && !char.IsWhiteSpace(text[0]) && text.Any(char.IsLetterOrDigit) && IsAdornment(lines[i + 1])
            && lines[i + 1].TrimEnd().Length >= Math.Min(text.Length, 4) && (i == 0 || lines[i - 1].Trim().Length == 0)
            ? (text, "under" + lines[i + 1].Trim()[0], i + 2)
            : null;
    }

    internal static MarkdownStructure ReadStructure(string text)
    {
        var lines = (text ?? string.Empty).Split('\n');
        var fields = ImmutableArray.CreateBuilder<RawField>();
        var styles = new List<string>();
        var body = new StringBuilder();
        var i = PlainTextReader.SkipBlank(lines, 0);
        var bodyLine = 0;

        // Docutils' doctitle transform: a lone title first is the document's, a second style right after it the subtitle.
        if (TitleAt(lines, i) is { } title)
        {
            var line = lines[i].Contains(title.Text, StringComparison.Ordinal) ? i : i + 1;
            fields.Add(new RawField("title", [title.Text], line + 1, lines[line].IndexOf(title.Text, StringComparison.Ordinal) + 1, FieldOrigin.Heading));
            styles.Add(title.Style);
            i = PlainTextReader.SkipBlank(lines, title.Next);
            if (TitleAt(lines, i) is { } subtitle && subtitle.Style != title.Style)
            {
                var link = NamedLink().Match(subtitle.Text);
                var plain = NamedLink().Replace(subtitle.Text, "${text}");
                fields.AddRange(DocumentSubtitle.Read(plain, link.Success && link.Index == 0 ? link.Groups["text"].Value : null,
                    link.Success ? link.Groups["url"].Value : null, i + 1, 1));
                styles.Add(subtitle.Style);
                i = PlainTextReader.SkipBlank(lines, subtitle.Next);
            }
        }

        var documentStyles = styles.Count;
        var contactLevel = 0;
        for (; i < lines.Length; i++)
        {
            if (TitleAt(lines, i) is { } section)
            {
                if (!styles.Contains(section.Style))
                {
                    styles.Add(section.Style);
                }

                var level = Math.Max(styles.IndexOf(section.Style) - documentStyles, 0) + 2;
                contactLevel = KnownHeadings.IsContactSection(section.Text) ? level : contactLevel != 0 && level > contactLevel ? contactLevel : 0;
                body.Append(new string('#', Math.Min(level, 6))).Append(' ').Append(Inline(section.Text)).Append('\n');
                i = section.Next - 1;
                continue;
            }

            var line = lines[i];
            if (FieldLine().Match(line) is { Success: true } field)
            {
                var (fieldLine, column) = (i + 1, field.Groups["value"].Index + 1);
                var value = new StringBuilder(field.Groups["value"].Value.Trim());
                while (i + 1 < lines.Length && lines[i + 1].Length > 0 && char.IsWhiteSpace(lines[i + 1][0]) && lines[i + 1].Trim().Length > 0)
                {
                    value.Append(' ').Append(lines[++i].Trim());
                }

                fields.Add(new RawField(field.Groups["key"].Value.Trim(), [value.ToString()], fieldLine, column, FieldOrigin.HeaderLine));
                continue;
            }

            if (Directive().IsMatch(line))
            {
                while (i + 1 < lines.Length && (lines[i + 1].Trim().Length == 0 || char.IsWhiteSpace(lines[i + 1][0])))
                {
                    i++;
                }

                continue;
            }

            if (contactLevel != 0 && !fields.Any(f => f.Key == ContactSection.Key) && ContactSection.FirstAddress(line) is { } address)
            {
                fields.Add(new RawField(ContactSection.Key, [address], i + 1, 1, FieldOrigin.Heading));
            }

            bodyLine = bodyLine == 0 && line.Trim().Length > 0 ? i + 1 : bodyLine;
            body.Append(Inline(line)).Append('\n');
        }

        return new MarkdownStructure(Tidy(body.ToString()), fields.ToImmutable(), Math.Max(bodyLine, 1));
    }

    /// <summary>Named links and inline literals in Markdown spelling.</summary>
    private static string Inline(string line) =>
        InlineLiteral().Replace(NamedLink().Replace(line, "[${text}](${url})"), "`${code}`");

    /// <summary>At most one blank line in a row, none at the ends, one final newline.</summary>
    private static string Tidy(string body)
    {
        var text = BlankLines().Replace(body, "\n\n").Trim('\n');
        return text.Length == 0 ? string.Empty : text + "\n";
    }

    [GeneratedRegex(@"^([!-/:-@\[-`{-~])\1{2,}[ \t]*$")]
    private static partial Regex Adornment();

    /// <summary><c>`Acme &lt;https://acme.example&gt;`_</c> (or <c>__</c>, anonymous).</summary>
    [GeneratedRegex(@"`(?<text>[^`<]+?)\s*<(?<url>[^<>`\s]+)>`__?")]
    private static partial Regex NamedLink();

    [GeneratedRegex(@"``(?<code>[^`]+)``")]
    private static partial Regex InlineLiteral();

    [GeneratedRegex(@"^:(?<key>[\p{L}\p{N}][^:\n]{0,60}):(?:[ \t]+(?<value>.*))?$")]
    private static partial Regex FieldLine();

    /// <summary>A directive (<c>.. image::</c>) or comment (<c>..</c>) and its indented block.</summary>
    [GeneratedRegex(@"^\.\.(?:[ \t]|$)")]
    private static partial Regex Directive();

    [GeneratedRegex(@"\n[ \t]*(?:\n[ \t]*)+\n")]
    private static partial Regex BlankLines();
}
