using JobBoard.Ingest;
using JobBoard.Model;

namespace JobBoard.Tests.Ingest;

public class FormatSnifferTests
{
    [Theory]
    [InlineData("---\ntitle: x\n---\nBody", PostingFormat.FrontMatterMarkdown)]
    [InlineData("\n\n---\ntitle: x\n---\n", PostingFormat.FrontMatterMarkdown)] // first non-blank line
    [InlineData("\uFEFF---\ntitle: x\n---\n", PostingFormat.FrontMatterMarkdown)] // BOM left in the text
    [InlineData("---  \ntitle: x\n---\n", PostingFormat.FrontMatterMarkdown)] // trailing spaces
    [InlineData("---\ntitle: never closed", PostingFormat.FrontMatterMarkdown)] // reported later as JB0102
    [InlineData("+++\ntitle = \"x\"\n+++\nBody", PostingFormat.FrontMatterMarkdown)] // Hugo's TOML
    [InlineData("{\n  \"title\": \"x\"\n}\nBody", PostingFormat.FrontMatterMarkdown)] // a bare JSON block
    [InlineData("{ not json } text", PostingFormat.Text)] // only a line with just { opens JSON
    [InlineData("# Backend Engineer\n\nWe build things.", PostingFormat.PlainMarkdown)] // .txt that is Markdown
    [InlineData("Intro\n\n## Requirements\n\nYears.", PostingFormat.PlainMarkdown)]
    [InlineData("Intro text\n\n**Location:** Berlin", PostingFormat.PlainMarkdown)]
    [InlineData("Intro\n\n**Responsibilities\n\nStuff", PostingFormat.PlainMarkdown)] // seed 001's bold
    [InlineData("We need:\n- Go\n- Rust", PostingFormat.PlainMarkdown)]
    [InlineData("We need:\n* Go\n* Rust", PostingFormat.PlainMarkdown)]
    [InlineData("Apply [here](https://x.example/apply).", PostingFormat.PlainMarkdown)]
    [InlineData("Intro\n\n---\n\nmore text", PostingFormat.Text)] // a later --- is a rule, not front matter
    [InlineData("Intro\n\n---\n\n# Heading", PostingFormat.PlainMarkdown)]
    [InlineData("DescriptionAcme builds things.About the Role:The next•Build", PostingFormat.Text)] // seed 004 shape
    [InlineData("Great job. #LI-Remote #hiring", PostingFormat.Text)] // hashtags are not headings
    [InlineData("Only one line - with a dash", PostingFormat.Text)]
    [InlineData("Needs:\n- Go", PostingFormat.Text)] // one dash line is not a list yet
    [InlineData("Salary: 5 * 10 = 50", PostingFormat.Text)]
    [InlineData("", PostingFormat.Text)]
    [InlineData("<?xml version=\"1.0\" ?>\n<!DOCTYPE html>\n<html><body><h1>Dev</h1></body></html>", PostingFormat.Html)] // Docutils page
    [InlineData("<!doctype html>\n<html lang=en><title>Dev</title>", PostingFormat.Html)]
    [InlineData("<p>Dev wanted</p>", PostingFormat.Text)] // a fragment is no document
    [InlineData("Dev (m/w)\n=========\n\nIntro\n\nProfil\n~~~~~~\n\n- Go", PostingFormat.ReStructuredText)]
    [InlineData("Dev\n===\n\n:Ort: Berlin\n", PostingFormat.ReStructuredText)] // field list
    [InlineData("Dev\n===\n\nAt `Acme <https://acme.example>`__.", PostingFormat.ReStructuredText)]
    [InlineData("===\nDev\n===\n\nText.", PostingFormat.ReStructuredText)] // overlined title
    [InlineData("Dev\n===\n\nNeeds:\n- Go\n- Rust", PostingFormat.PlainMarkdown)] // a setext heading alone is Markdown
    public void Sniffs_the_format_from_content(string text, PostingFormat expected) =>
        Assert.Equal(expected, FormatSniffer.Sniff(text));
}
