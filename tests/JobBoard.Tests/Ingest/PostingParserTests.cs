using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JobBoard.Ingest;
using JobBoard.Model;

namespace JobBoard.Tests.Ingest;

public class PostingParserTests
{
    [Theory]
    [InlineData("---\ntitle: A\n---\n# Heading\n\nBody", PostingFormat.FrontMatterMarkdown, "title=A@2:8; title=Heading@4:3", 6)] // front matter first
    [InlineData("# Engineer\n\nBody\n\n---\n\n**Location:** Remote", PostingFormat.PlainMarkdown, "title=Engineer@1:3; Location=Remote@7:15", 3)]
    [InlineData("Engineer\n\nWe build things.", PostingFormat.Text, "title=Engineer@1:1", 3)]
    [InlineData("---\n---\n\n\nBody", PostingFormat.FrontMatterMarkdown, "", 5)]
    public void Parses_each_format_into_fields_and_body_line(string text, PostingFormat format, string fields, int bodyLine)
    {
        var outcome = PostingParser.Parse(new SourceFile("jobs/x.txt", text));

        Assert.Empty(outcome.Diagnostics);
        var posting = outcome.Value!;
        Assert.Equal(format, posting.Format);
        Assert.Equal(fields, FieldText.Render(posting.Fields));
        Assert.Equal(bodyLine, posting.BodyLine);
    }

    [Theory]
    [InlineData("---\ntitle: A\n", DiagnosticCodes.FrontMatterNotClosed)]
    [InlineData("---\ntitle: [\n---\n", DiagnosticCodes.InvalidYaml)]
    public void Unusable_front_matter_gives_no_value(string text, string code)
    {
        var outcome = PostingParser.Parse(new SourceFile("jobs/x.txt", text));

        Assert.Null(outcome.Value);
        Assert.Equal(code, Assert.Single(outcome.Diagnostics).Code);
    }

    [Fact]
    public void Warnings_come_with_a_value()
    {
        var outcome = PostingParser.Parse(new SourceFile("jobs/x.txt", "---\ntitle: A\ntitle: B\n---\nBody"));

        Assert.Equal(DiagnosticCodes.DuplicateKey, Assert.Single(outcome.Diagnostics).Code);
        Assert.Equal("B", outcome.Value!.Fields.Single().Value);
    }

    [Fact]
    public void A_later_rule_is_not_front_matter()
    {
        var outcome = PostingParser.Parse(new SourceFile("jobs/x.txt", "# Engineer\n\nIntro\n\n---\n\nMore"));

        Assert.Empty(outcome.Diagnostics);
        Assert.Equal(PostingFormat.PlainMarkdown, outcome.Value!.Format);
        Assert.Equal("Intro\n\n---\n\nMore\n", outcome.Value.Body);
    }

    [Property(MaxTest = 300)]
    public Property Parsing_any_text_never_throws() =>
        Prop.ForAll(
            ArbMap.Default.ArbFor<string>().Filter(s => s is not null),
            text =>
            {
                var outcome = PostingParser.Parse(new SourceFile("jobs/x.txt", SourceReader.NormalizeLineEndings(text)));
                return outcome.Value is not null || outcome.HasErrors;
            });

    [Property(MaxTest = 300)]
    public Property Parsing_posting_like_text_never_throws() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts)).ToArbitrary(),
            text =>
            {
                var outcome = PostingParser.Parse(new SourceFile("jobs/x.txt", text));
                return outcome.Value is not null || outcome.HasErrors;
            });

    [Property(MaxTest = 200)]
    public Property Reading_any_bytes_never_throws() =>
        Prop.ForAll(
            ArbMap.Default.ArbFor<byte[]>(),
            bytes =>
            {
                var outcome = SourceReader.Read(bytes ?? [], "jobs/x.txt");
                return (outcome.Value is null) == outcome.HasErrors;
            });

    /// <summary>Pieces of real postings, recombined in any order.</summary>
    private static readonly string[] Fragments =
    [
        "---\n", "title: A\n", "  nested: b\n", "- item\n", "a: &x [1]\n", "b: *x\n", "\t", ": ", "\"", "'", "{", "[", "]", "}",
        "# Title\n", "## Keywords\n", "**Location:** Berlin\n", "**Responsibilities\n", "Go, Rust (x, y)\n",
        "DescriptionAcme", "About the Role:", "• ", "·", "world.We", "#LI-Remote ", "\n", "\n\n", "```\n", "<b>", "1. ", "text ",
        "Build reliable services for customers ", "Title: Go Dev\n",
    ];

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })] // UTF-8 BOM
    [InlineData(new byte[0])]
    public void Crlf_file_with_or_without_bom_keeps_its_line_numbers(byte[] preamble)
    {
        var bytes = preamble.Concat(Encoding.UTF8.GetBytes("---\r\ntitle: A\r\napplyUrl: https://x.example\r\n---\r\n\r\nBody\r\n")).ToArray();

        var posting = PostingParser.Parse(SourceReader.Read(bytes, "jobs/x.txt").Value!).Value!;

        Assert.Equal("title=A@2:8; applyUrl=https://x.example@3:11", FieldText.Render(posting.Fields));
        Assert.Equal(("Body\n", 6), (posting.Body, posting.BodyLine));
    }

    [Fact]
    public void Utf16_markdown_file_is_sniffed_from_its_content()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("# Engineer\r\n\r\nBody")).ToArray();

        var posting = PostingParser.Parse(SourceReader.Read(bytes, "jobs/x.txt").Value!).Value!;

        Assert.Equal((PostingFormat.PlainMarkdown, "title=Engineer@1:3"), (posting.Format, FieldText.Render(posting.Fields)));
    }
}
