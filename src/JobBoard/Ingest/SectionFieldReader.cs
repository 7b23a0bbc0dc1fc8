using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace JobBoard.Ingest;

/// <summary>
/// Reads skill sections (<see cref="KnownHeadings.ListSections"/>) of a Markdown body into
/// <see cref="FieldOrigin.Section"/> fields, one value per item. The sections stay in the body.
/// </summary>
internal static partial class SectionFieldReader
{
    /// <summary>An item with more words than this is prose, not a skill name.</summary>
    private const int MaxWordsPerItem = 6;

    public static IEnumerable<RawField> Read(List<MarkdownLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].InCode)
            {
                continue;
            }

            if (HeadingText(lines[i]) is { } heading && KnownHeadings.IsListSection(heading.Value))
            {
                var values = new List<string>();
                var j = i + 1;
                for (; j < lines.Count && !EndsSection(lines[j]); j++)
                {
                    values.AddRange(ItemsOf(lines[j].Text.ToString()));
                }

                if (values.Count > 0)
                {
                    yield return new RawField(CleanKey(heading.Value), [.. values], lines[i].FileLine, heading.Index + 1, FieldOrigin.Section);
                }

                i = j - 1;
            }
            else if (lines[i].Match(MarkdownStructureReader.BoldKeyValue()) is { Success: true } inline
                && KnownHeadings.IsListSection(inline.Groups["key"].Value))
            {
                // "**Tech Stack:** Go, Postgres" in the middle of a body: a one-line section.
                var values = SplitItems(inline.Groups["value"].Value);
                if (values.Count > 0)
                {
                    yield return new RawField(CleanKey(inline.Groups["key"].Value), [.. values], lines[i].FileLine, inline.Groups["key"].Index + 1, FieldOrigin.Section);
                }
            }
        }
    }

    /// <summary>Items of one line of a section; empty for blank lines and sentences.</summary>
    internal static IReadOnlyList<string> ItemsOf(string line)
    {
        var content = line.Trim();
        if (Bullet().Match(content) is { Success: true } bullet)
        {
            content = bullet.Groups["content"].Value;

            // Seed 000: "- **Backend:** Java, Micronaut"; the label is a category, not a skill.
            if (LabeledItem().Match(content) is { Success: true } labeled)
            {
                var rest = labeled.Groups["rest"].Value;
                content = rest.Trim().Length > 0 ? rest : labeled.Groups["label"].Value.TrimEnd(':');
            }
        }

        return content.Length == 0 || IsSentence(content) ? [] : SplitItems(content);
    }

    /// <summary>
    /// Seed 000: "- You will work with many technologies; look at [our plugins list](/plugins)" is a
    /// remark, not a list of skills.
    /// </summary>
    private static bool IsSentence(string content)
    {
        if (content.Contains("](", StringComparison.Ordinal) || content.IndexOfAny([';', '!', '?']) >= 0)
        {
            return true;
        }

        var items = SplitItems(content);
        return items.Any(i => WordCount(i) > MaxWordsPerItem)
            || (content.TrimEnd().EndsWith('.') && items.Count == 1 && WordCount(items[0]) > 3);
    }

    /// <summary>
    /// Splits at commas outside parentheses: seed 002's "AWS (EC2, RDS, Lambda, ECS)" is one item,
    /// the normalizer reads the details.
    /// </summary>
    internal static List<string> SplitItems(string content)
    {
        var items = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= content.Length; i++)
        {
            var c = i < content.Length ? content[i] : ',';
            depth += c switch
            {
                '(' or '[' => 1,
                ')' or ']' when depth > 0 => -1,
                _ => 0,
            };
            if (c == ',' && (depth == 0 || i == content.Length))
            {
                var item = CleanItem(content[start..i]);
                if (item.Length > 0)
                {
                    items.Add(item);
                }

                start = i + 1;
            }
        }

        return items;
    }

    private static string CleanItem(string item) =>
        item.Trim().Trim('*', '`', '_').Trim().TrimEnd('.').Trim();

    /// <summary>Words outside parentheses: "Terraform (we also built our own providers)" is one item.</summary>
    private static int WordCount(string item) =>
        Parenthesized().Replace(item, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;

    private static string CleanKey(string heading) => heading.Trim().TrimEnd(':').TrimEnd();

    /// <summary>The text of an ATX heading or of a line that is only bold text (<c>**Tech Stack**</c>).</summary>
    private static Group? HeadingText(MarkdownLine line) =>
        (line.Match(AtxHeadingText()) ?? line.Match(BoldLine()))?.Groups["text"];

    private static bool EndsSection(MarkdownLine line) =>
        line.InCode
        || line.Is(MarkdownStructureReader.AtxHeading())
        || line.Is(BoldLine())
        || line.Is(MarkdownStructureReader.ThematicBreak());

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthesized();

    [GeneratedRegex(@"^ {0,3}#{1,6}[ \t]+(?<text>.*?\S)(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex AtxHeadingText();

    [GeneratedRegex(@"^ {0,3}\*\*(?<text>[^*\n]+?)\*\*[ \t]*:?[ \t]*$")]
    private static partial Regex BoldLine();

    [GeneratedRegex(@"^(?:[-*+•]|\d{1,3}[.)])[ \t]+(?<content>.*)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\*\*(?<label>[^*]+?)\*\*[ \t]*:?[ \t]*(?<rest>.*)$")]
    private static partial Regex LabeledItem();
}
