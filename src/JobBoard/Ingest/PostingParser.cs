using System.Collections.Immutable;
using JobBoard.Model;

namespace JobBoard.Ingest;

/// <summary>
/// Parses a decoded posting into a <see cref="RawPosting"/>: sniffs the format and runs the
/// readers for it. Fields come in order: front matter, then title heading, sections and footer
/// (or header lines and title for text). The value is null only when the file is unusable.
/// </summary>
public static class PostingParser
{
    public static Outcome<RawPosting> Parse(SourceFile file)
    {
        var format = FormatSniffer.Sniff(file.Text);
        switch (format)
        {
            case PostingFormat.FrontMatterMarkdown:
                var frontMatter = FrontMatterReader.Read(file);
                if (frontMatter.Value is not { } fm)
                {
                    return new Outcome<RawPosting>(null, frontMatter.Diagnostics);
                }

                var body = MarkdownStructureReader.ReadStructure(fm.BodyText, fm.BodyLine);
                return new Outcome<RawPosting>(
                    new RawPosting(file, format, fm.Fields.AddRange(body.Fields), body.Body, body.BodyLine),
                    frontMatter.Diagnostics);

            case PostingFormat.PlainMarkdown:
                var lines = file.Text.Split('\n');
                var (header, next) = HeaderBlockReader.Read(lines, PlainTextReader.SkipBlank(lines, 0), minimumLines: 2);
                var top = header.ToBuilder();
                next = PlainTextReader.SkipBlank(lines, next);

                // Without a "# Title" heading or a Title: line, a scraped page's bare first line is the title.
                if (!(next < lines.Length ? lines[next] : "").TrimStart().StartsWith('#') && !header.Any(f => f.Key.Equals("title", StringComparison.OrdinalIgnoreCase)))
                {
                    next = PlainTextReader.ReadTitleBlock(lines, next, top);
                }

                // The rest of the file from line next on, read in place rather than joined from its lines again.
                var rest = Math.Min(lines.Take(next).Sum(line => line.Length + 1), file.Text.Length);
                var markdown = MarkdownStructureReader.ReadStructure(file.Text.AsMemory(rest), next + 1);
                return Ok(new RawPosting(file, format, top.ToImmutable().AddRange(markdown.Fields), markdown.Body, markdown.BodyLine));

            case PostingFormat.Html:
                return Ok(Posting(file, format, HtmlDocumentReader.ReadStructure(file.Text)));

            case PostingFormat.ReStructuredText:
                return Ok(Posting(file, format, ReStructuredTextReader.ReadStructure(file.Text)));

            default:
                return Ok(Posting(file, format, PlainTextReader.ReadStructure(file.Text)));
        }
    }

    private static RawPosting Posting(SourceFile file, PostingFormat format, MarkdownStructure read) =>
        new(file, format, read.Fields, read.Body, read.BodyLine);

    private static Outcome<RawPosting> Ok(RawPosting posting) => new(posting, ImmutableArray<Diagnostic>.Empty);
}
