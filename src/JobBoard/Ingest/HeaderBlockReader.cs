using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace JobBoard.Ingest;

/// <summary>
/// A block of <c>Key: value</c> lines at the top of a posting without front matter, as some
/// exports and hand-written postings have ("Title: Product Designer", "Apply: https://…").
/// </summary>
internal static partial class HeaderBlockReader
{
    private const int MaxKeyWords = 3;

    /// <param name="lines">The file's lines; <paramref name="start"/> is the 0-based index to read from.</param>
    /// <param name="minimumLines">Fewer matching lines than this are not a header (a Markdown posting
    /// may open with one "Note: …" sentence).</param>
    /// <returns>The header fields (file lines) and the index of the first line after the block.</returns>
    public static (ImmutableArray<RawField> Fields, int Next) Read(string[] lines, int start, int minimumLines)
    {
        var fields = ImmutableArray.CreateBuilder<RawField>();
        var i = start;
        for (; i < lines.Length && HeaderLine().Match(lines[i]) is { Success: true } m && IsKey(m.Groups["key"].Value); i++)
        {
            var value = m.Groups["value"];
            fields.Add(new RawField(m.Groups["key"].Value.Trim(), [value.Value.Trim()], i + 1, value.Index + 1, FieldOrigin.HeaderLine));
        }

        return fields.Count >= minimumLines ? (fields.ToImmutable(), i) : ([], start);
    }

    private static bool IsKey(string key) =>
        key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxKeyWords && !KnownHeadings.IsTextSection(key);

    [GeneratedRegex(@"^(?<key>\p{Lu}[\p{L} ]{0,30}?)[ \t]*:[ \t]+(?<value>\S.{0,200}?)[ \t]*$")]
    private static partial Regex HeaderLine();
}
