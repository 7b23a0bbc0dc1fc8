namespace JobBoard.Ingest;

/// <summary>
/// The line under a document's title, as Docutils pages and reStructuredText postings write it:
/// <c>`Acme GmbH &lt;https://acme.example&gt;`__ (Berlin)</c>. A name that opens the line as a
/// link to a website is the hiring organization, and a parenthesis after it is where the job
/// is. Any other subtitle is read part by part, like a text posting's
/// (<see cref="PlainTextReader.SubtitleKey"/>).
/// </summary>
internal static class DocumentSubtitle
{
    private static readonly char[] Separators = ['|', '·', '•', '(', ')'];

    /// <param name="text">The subtitle's text, markup removed.</param>
    /// <param name="linkText">The text of the link the subtitle starts with, if it does.</param>
    /// <param name="linkUrl">That link's target.</param>
    public static IEnumerable<RawField> Read(string text, string? linkText, string? linkUrl, int line, int column)
    {
        text = text.Trim();
        linkText = linkText?.Trim();
        if (string.IsNullOrEmpty(linkText) || !text.StartsWith(linkText, StringComparison.Ordinal))
        {
            var parts = text.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 0)
            {
                yield return new RawField(PlainTextReader.SubtitleKey, [.. parts], line, column, FieldOrigin.Heading);
            }

            yield break;
        }

        yield return new RawField("company", [linkText], line, column, FieldOrigin.Heading);
        if (linkUrl is { Length: > 0 })
        {
            yield return new RawField("companyWebsite", [linkUrl], line, column, FieldOrigin.Heading);
        }

        var rest = text[linkText.Length..].Trim();
        if (rest.Length > 2 && rest[0] == '(' && rest[^1] == ')')
        {
            yield return new RawField("location", [rest[1..^1].Trim()], line, column, FieldOrigin.Heading);
        }
    }
}
