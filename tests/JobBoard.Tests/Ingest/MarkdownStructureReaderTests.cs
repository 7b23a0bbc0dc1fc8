using JobBoard.Ingest;

namespace JobBoard.Tests.Ingest;

public class MarkdownStructureReaderTests
{
    [Theory]
    [InlineData("# Backend Engineer\n\nWe build.", "title=Backend Engineer@1:3", "We build.\n")]
    [InlineData("\n\n# Backend Engineer\nWe build.", "title=Backend Engineer@3:3", "We build.\n")]
    [InlineData("#   Spaced Title   ##\n\nText", "title=Spaced Title@1:5", "Text\n")] // closing hashes are not part of it
    [InlineData("Intro first.\n\n# Not a title\n\nText", "", "Intro first.\n\n# Not a title\n\nText\n")] // deep in the body
    [InlineData("## Company Overview\n\n# Later", "", "## Company Overview\n\n# Later\n")] // first line is level 2
    [InlineData("```\n# code\n```", "", "```\n# code\n```\n")]
    [InlineData("#hashtag only", "", "#hashtag only\n")]
    [InlineData("# Only a title", "title=Only a title@1:3", "")]
    [InlineData("# Backend Engineer\u2028\n\nWe build.", "title=Backend Engineer@1:3", "We build.\n")] // a pasted line separator ends the line
    [InlineData("# Backend Engineer\u00A0\n\nWe build.", "title=Backend Engineer@1:3", "We build.\n")] // so does any white space
    public void First_level_one_heading_is_the_title_and_leaves_the_body(string body, string fields, string expectedBody)
    {
        var (result, found) = MarkdownStructureReader.Read(body, 1);

        Assert.Equal(fields, FieldText.Render(found));
        Assert.Equal(expectedBody, result);
    }

    [Theory]
    [InlineData("Text\n\n---\n\n**Location:** Berlin  \n**Employment Type:** Full-time", "Location=Berlin@5:15; Employment Type=Full-time@6:22", "Text\n")]
    [InlineData("Text\n\n**Location**: Berlin\n", "Location=Berlin@3:15", "Text\n")] // colon outside the bold
    [InlineData("Text\n\n**Location :** Berlin\\", "Location=Berlin@3:16", "Text\n")] // backslash hard break
    [InlineData("Text\n\n**Location:** Berlin\n\n**Salary Range:** $1 - $2\n\n", "Location=Berlin@3:15; Salary Range=$1 - $2@5:19", "Text\n")] // blank lines inside the block
    [InlineData("Text\n\n**Location:**", "Location=@3:3", "Text\n")] // no value
    [InlineData("Intro\n\n**Location:** Berlin\n\nMore text after", "", "Intro\n\n**Location:** Berlin\n\nMore text after\n")] // neither leading nor trailing
    [InlineData("**Location:** Berlin\n\nMore text after", "Location=Berlin@1:15", "More text after\n")] // leading: a header
    [InlineData("Text\n\n- **Backend:** Java", "", "Text\n\n- **Backend:** Java\n")] // a list item is not a footer
    [InlineData("Text\n\nLocation: Berlin", "", "Text\n\nLocation: Berlin\n")] // only bold keys count
    [InlineData("Text\n\n---\n\nLast paragraph", "", "Text\n\n---\n\nLast paragraph\n")] // a rule alone stays
    public void Trailing_bold_key_lines_become_footer_fields_and_leave_the_body(string body, string fields, string expectedBody)
    {
        var (result, found) = MarkdownStructureReader.Read(body, 1);

        Assert.Equal(fields, FieldText.Render(found));
        Assert.Equal(expectedBody, result);
    }

    [Theory]
    [InlineData("## Our stack\n\n- **Backend:** Java, Micronaut\n- **Cloud:** GCP, AWS", "Our stack=Java|Micronaut|GCP|AWS@1:4")]
    [InlineData("## Keywords\nPython, Java, Go", "Keywords=Python|Java|Go@1:4")]
    [InlineData("### keywords for matching:\nA, B", "keywords for matching=A|B@1:5")] // any level, any case, colon dropped
    [InlineData("## Technical Stack\n- **Cloud:** AWS (EC2, RDS, Lambda, ECS)", "Technical Stack=AWS (EC2, RDS, Lambda, ECS)@1:4")] // no split in parentheses
    [InlineData("## Tech Stack\n- Go\n- Rust\n* Kafka\n1. Postgres", "Tech Stack=Go|Rust|Kafka|Postgres@1:4")]
    [InlineData("## Stack\n- You will work with many technologies; look at [our plugins list](/plugins)\n- Go", "Stack=Go@1:4")] // sentences are skipped
    [InlineData("## Skills\n- Strong experience building distributed systems at scale with Go", "")] // prose, not a skill
    [InlineData("## Skills\nWe use Python and Go.\n", "")]
    [InlineData("## Technologies\nGo, Rust.\n\n## Benefits\n- Lots, of, things", "Technologies=Go|Rust@1:4")] // ends at the next heading
    [InlineData("## Keywords\n`Go`, **Rust**", "Keywords=Go|Rust@1:4")]
    [InlineData("## Keywords\n- **Go**\n- **Rust**", "Keywords=Go|Rust@1:4")]
    [InlineData("**Tech Stack**\nGo, Rust", "Tech Stack=Go|Rust@1:3")] // a bold line used as a heading
    [InlineData("Intro\n\n**Tech Stack:** Go, Rust\n\nOutro", "Tech Stack=Go|Rust@3:3")] // one-line section
    [InlineData("## Keywords\n\n```\nGo, Rust\n```", "")] // code is not a list
    [InlineData("## Requirements\n- Go, Rust", "")] // not a skill section
    public void Skill_sections_give_one_value_per_item(string body, string fields)
    {
        var (result, found) = MarkdownStructureReader.Read(body, 1);

        Assert.Equal(fields, FieldText.Render(found));
        Assert.Equal(body.TrimEnd() + "\n", result); // the section stays in the body
    }

    [Theory]
    [InlineData("## Job description\n\nText\n\n**Responsibilities\n\n* Do things", "## Job description\n\nText\n\n### Responsibilities\n\n* Do things\n")]
    [InlineData("**Responsibilities\n\n* Do", "### Responsibilities\n\n* Do\n")] // no heading before: level 3
    [InlineData("## Requirements\n\n**Qualifications\n\n* A\n\n**Bonus qualifications\n\n* B", "## Requirements\n\n### Qualifications\n\n* A\n\n### Bonus qualifications\n\n* B\n")] // siblings, not nested
    [InlineData("###### Deep\n\n**Deeper\n\nx", "###### Deep\n\n###### Deeper\n\nx\n")] // at most level 6
    [InlineData("**Bold** text\n\nx", "**Bold** text\n\nx\n")] // terminated bold stays
    [InlineData("**Starts here\nand ends here**", "**Starts here\nand ends here**\n")] // closes on the next line
    [InlineData("**\n\nx", "**\n\nx\n")]
    [InlineData("```\n**Responsibilities\n```", "```\n**Responsibilities\n```\n")]
    public void Unterminated_bold_line_becomes_a_heading(string body, string expected)
    {
        Assert.Equal(expected, MarkdownStructureReader.Read(body, 1).Body);
    }

    [Fact]
    public void Title_heading_sets_the_level_below_it()
    {
        Assert.Equal("## Responsibilities\n\nx\n", MarkdownStructureReader.Read("# Title\n\n**Responsibilities\n\nx", 1).Body);
    }

    [Fact]
    public void Field_lines_are_file_lines_when_the_body_starts_later()
    {
        var (_, fields) = MarkdownStructureReader.Read("\n# Engineer\n\n## Keywords\nGo\n\n---\n**Location:** Berlin", 20);

        Assert.Equal("title=Engineer@21:3; Keywords=Go@23:4; Location=Berlin@27:15", FieldText.Render(fields));
    }

    [Fact]
    public void Body_line_moves_past_the_removed_title()
    {
        var result = MarkdownStructureReader.ReadStructure("\n# Engineer\n\nFirst paragraph", 10);

        Assert.Equal(13, result.BodyLine);
        Assert.Equal("First paragraph\n", result.Body);
    }
}
