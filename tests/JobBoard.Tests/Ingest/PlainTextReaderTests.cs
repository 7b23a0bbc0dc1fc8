using JobBoard.Ingest;

namespace JobBoard.Tests.Ingest;

public class PlainTextReaderTests
{
    [Theory]
    [InlineData("Title: Backend Engineer\nCompany: Acme\nLocation: Berlin\n\nWe build.", "Title=Backend Engineer@1:8; Company=Acme@2:10; Location=Berlin@3:11", "We build.\n")]
    [InlineData("\nSalary Range: 50k - 60k\nWe build.", "Salary Range=50k - 60k@2:15", "We build.\n")]
    [InlineData("Requirements: five years of Go.\nMore.", "", "## Requirements\n\nfive years of Go.\nMore.\n")] // a section heading is not a header key
    [InlineData("About the Role:The next", "", "## About the Role\n\nThe next\n")] // no space after the colon: glued heading
    [InlineData("Our team, which is great: really\nYes.", "", "Our team, which is great: really\nYes.\n")] // too many words for a key
    public void Header_lines_at_the_top_become_fields(string text, string fields, string body)
    {
        var (result, found) = PlainTextReader.Read(text);

        Assert.Equal(fields, FieldText.Render(found));
        Assert.Equal(body, result);
    }

    [Theory]
    [InlineData("Backend Engineer\n\nWe build things.", "title=Backend Engineer@1:1")]
    [InlineData("\n  Senior Go Developer (Remote)\nWe build things.", "title=Senior Go Developer (Remote)@2:3")]
    [InlineData("Title: Go Dev\n\nBackend Engineer\n\nText.", "Title=Go Dev@1:8")] // the header already has a title
    [InlineData("We are hiring. Join us\nText.", "")] // sentence punctuation
    [InlineData("We are hiring a backend engineer for our platform team in Berlin and remote in Europe now\nText.", "")] // over 80 characters
    [InlineData("Requirements\nFive years.", "")] // a section heading
    [InlineData("• Build things\nText.", "")] // a bullet
    [InlineData("Backend Engineer", "")] // nothing follows: not a title line
    public void Short_first_line_reads_as_the_title(string text, string fields)
    {
        Assert.Equal(fields, FieldText.Render(PlainTextReader.Read(text).Fields));
    }

    [Theory]
    [InlineData("DescriptionConfluent is great.", "## Description\n\nConfluent is great.\n")]
    [InlineData("Intro.About the Role:The next goal.", "Intro.\n\n## About the Role\n\nThe next goal.\n")]
    [InlineData("improvementsWhat You Will Bring:• 4+ years", "improvements\n\n## What You Will Bring\n\n- 4+ years\n")]
    [InlineData("work experienceCome As You AreAt Confluent, equality", "work experience\n\n## Come As You Are\n\nAt Confluent, equality\n")]
    [InlineData("Done. What You’ll Do: build", "Done.\n\n## What You’ll Do\n\nbuild\n")] // typographic apostrophe
    [InlineData("Done.\nBenefits\nHealth.", "Done.\n\n## Benefits\n\nHealth.\n")] // alone on a line
    [InlineData("Requirements for this role are listed below.", "Requirements for this role are listed below.\n")] // prose, not a heading
    [InlineData("We have no requirements.", "We have no requirements.\n")]
    [InlineData("See the Benefits page.", "See the Benefits page.\n")]
    public void Glued_section_headings_get_their_own_line(string text, string body)
    {
        Assert.Equal(body, PlainTextReader.Read(text).Body);
    }

    [Theory]
    [InlineData("Do:• Build it• Run it", "Do:\n- Build it\n- Run it\n")]
    [InlineData("Do:\n· Build it\n▪ Run it\n– Ship it", "Do:\n- Build it\n- Run it\n- Ship it\n")]
    [InlineData("Pay – 50k · 60k", "Pay – 50k · 60k\n")] // dashes and dots inside a line are prose
    public void Bullets_become_list_items(string text, string body)
    {
        Assert.Equal(body, PlainTextReader.Read(text).Body);
    }

    [Theory]
    [InlineData("digital-first world.We’re looking", "digital-first world. We’re looking\n")]
    [InlineData("click HERE.Confluent requires", "click HERE. Confluent requires\n")]
    [InlineData("employees.#LI-Remote", "employees. #LI-Remote\n")]
    [InlineData("Node.js and ASP.NET and e.g. Java", "Node.js and ASP.NET and e.g. Java\n")] // not sentence ends
    public void Glued_sentences_get_their_space_back(string text, string body)
    {
        Assert.Equal(body, PlainTextReader.Read(text).Body);
    }

    [Theory]
    [InlineData("Intro text here.\n# not a heading", "Intro text here.\n\\# not a heading\n")]
    [InlineData("Intro text here.\n> not a quote", "Intro text here.\n\\> not a quote\n")]
    [InlineData("Intro text here.\n1. not a list", "Intro text here.\n1\\. not a list\n")]
    [InlineData("Intro text here.\n* not a list", "Intro text here.\n\\* not a list\n")]
    [InlineData("Intro text here.\n<script>alert(1)</script>", "Intro text here.\n\\<script>alert(1)\\</script>\n")]
    [InlineData("Intro text here.\n    not code", "Intro text here.\nnot code\n")]
    [InlineData("Intro text here.\n===", "Intro text here.\n\\===\n")] // not a setext underline
    [InlineData("Salary < 100k, #1 team", "Salary < 100k, #1 team\n")] // harmless inside a line
    public void Markdown_syntax_in_text_is_escaped(string text, string body)
    {
        Assert.Equal(body, PlainTextReader.Read(text).Body);
    }

    [Fact]
    public void Repeated_tail_is_removed_and_hashtags_are_kept()
    {
        const string text =
            "What You Will Do:• Build reliable backend services for customers.• Debug issues in a complex stack." +
            "What You Will Bring:• Four years of industry experience with Go.Thanks for reading.#LI-Remote " +
            "Build reliable backend services for customers Debug issues in a complex stack " +
            "Four years of industry experience with Go #LI-Hybrid";

        var body = PlainTextReader.Read(text).Body;

        Assert.Equal(
            "## What You Will Do\n\n- Build reliable backend services for customers.\n- Debug issues in a complex stack.\n\n" +
            "## What You Will Bring\n\n- Four years of industry experience with Go. Thanks for reading. #LI-Remote\n\n#LI-Hybrid\n",
            body);
    }

    [Theory]
    [InlineData("We build backend services for customers. Later we build backend services for customers.")] // not at a sentence start
    [InlineData("Short repeat. Apply now today. Apply now today.")] // under eight words
    [InlineData("One sentence about the job here. Another different sentence follows after that one.")]
    public void Text_without_a_repeated_tail_is_kept_whole(string text)
    {
        Assert.Equal(text + "\n", PlainTextReader.Read(text).Body);
    }

    [Fact]
    public void Body_line_is_after_header_and_title()
    {
        var result = PlainTextReader.ReadStructure("Company: Acme\n\nBackend Engineer\n\nWe build.");

        Assert.Equal(5, result.BodyLine);
    }
}
