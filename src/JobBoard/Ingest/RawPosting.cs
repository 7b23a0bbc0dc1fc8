using System.Collections.Immutable;
using JobBoard.Model;

namespace JobBoard.Ingest;

/// <summary>
/// One key/value pair as written in a posting, before any interpretation.
/// </summary>
/// <param name="Key">The key as written (<c>companyName</c>, <c>Salary Range</c>, <c>hiringOrganization.name</c>
/// for nested front matter).</param>
/// <param name="Values">One item for a scalar, several for a list. Never null items.</param>
/// <param name="Line">1-based line of the key in the file.</param>
/// <param name="Column">1-based column of the value (or of the key when the value has no position).</param>
/// <param name="Origin">Where the pair was written, for provenance: <see cref="FieldOrigin"/>.</param>
public sealed record RawField(string Key, ImmutableArray<string> Values, int Line, int Column, FieldOrigin Origin)
{
    /// <summary>The first value, or an empty string.</summary>
    public string Value => Values.IsDefaultOrEmpty ? string.Empty : Values[0];
}

public enum FieldOrigin
{
    /// <summary>A YAML front-matter key.</summary>
    FrontMatter,

    /// <summary>A bold <c>**Key:** value</c> line in a trailing Markdown block.</summary>
    FooterLine,

    /// <summary>A <c>Key: value</c> line at the top of a text posting.</summary>
    HeaderLine,

    /// <summary>The first level-1 heading of a Markdown posting.</summary>
    Heading,

    /// <summary>A list section such as "Keywords" or "Technical Stack"; the key is the section title.</summary>
    Section,
}

/// <summary>
/// A posting as written: its fields with line numbers and its body as Markdown. This is the
/// output of parsing and the only input of normalization.
/// </summary>
/// <param name="Body">The description as Markdown; text postings are already converted.</param>
/// <param name="BodyLine">1-based line where the body starts in the file.</param>
public sealed record RawPosting(
    SourceFile Source,
    PostingFormat Format,
    ImmutableArray<RawField> Fields,
    string Body,
    int BodyLine);
