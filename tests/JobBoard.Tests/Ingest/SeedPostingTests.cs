using JobBoard.Ingest;
using JobBoard.Model;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Ingest;

/// <summary>The five real postings in <c>../shared/seeds/</c>, as read and parsed (skipped when absent).</summary>
public class SeedPostingTests
{
    [SeedFact]
    public void Every_seed_parses_without_errors_into_a_non_empty_body()
    {
        var names = SeedFiles.Names().ToList();
        Assert.NotEmpty(names);
        foreach (var name in names)
        {
            var posting = Parse(Path.Combine(SeedFiles.Folder, name));
            Assert.False(string.IsNullOrWhiteSpace(posting.Body), name);
            Assert.True(posting.BodyLine >= 1, name);
        }
    }

    [SeedFact]
    public void Seed_000_front_matter_and_our_stack_section()
    {
        var posting = Seed("000");
        Assert.Equal(PostingFormat.FrontMatterMarkdown, posting.Format);
        Assert.Equal("Lead Backend Software Engineer", Field(posting, "title").Value);
        var stack = Field(posting, "Our stack");
        Assert.Equal(FieldOrigin.Section, stack.Origin);
        Assert.Equal(
            ["Java", "Micronaut", "Vue.js", "Bootstrap", "Kafka", "Elasticsearch", "PostgreSQL", "MySQL", "Docker", "Kubernetes",
             "Terraform (we also built our own providers)", "GCP", "AWS", "Azure", "GitHub (repository, actions, issues)"],
            stack.Values.ToArray());
        Assert.Equal(6, posting.BodyLine);
    }

    [SeedFact]
    public void Seed_001_front_matter_keys_and_bold_heading()
    {
        var posting = Seed("001");
        Assert.Equal(PostingFormat.FrontMatterMarkdown, posting.Format);
        Assert.Equal("Astronomer", Field(posting, "companyName").Value);
        Assert.Equal(7, Field(posting, "applyUrl").Line);
        Assert.Equal("1611705600000", Field(posting, "timestamp").Value);
        Assert.Equal("#reactjs,#kubernetes,#rest,#git,#management,#scrum", Field(posting, "hashtags").Value);
        Assert.Equal("true", Field(posting, "archived").Value);
        Assert.Contains("\n### Responsibilities\n", posting.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\n**Responsibilities", posting.Body, StringComparison.Ordinal);
    }

    [SeedTheory]
    [InlineData("002", "Backend Engineer", 75, 76, 77, 78, "Keywords", "Distributed Systems")]
    [InlineData("003", "Senior Software Engineer - Backend/Infrastructure", 139, 140, 141, 142, "Keywords for Matching", "Master's Degree")]
    public void Seeds_002_and_003_title_footer_and_sections(
        string seed, string title, int location, int employment, int experience, int salary, string keywords, string lastKeyword)
    {
        var posting = Seed(seed);
        Assert.Equal(PostingFormat.PlainMarkdown, posting.Format);
        Assert.Equal((title, FieldOrigin.Heading), (Field(posting, "title").Value, Field(posting, "title").Origin));
        Assert.Equal(location, Field(posting, "Location").Line);
        Assert.Equal(employment, Field(posting, "Employment Type").Line);
        Assert.Equal(experience, Field(posting, "Experience Level").Line);
        Assert.Equal(salary, Field(posting, "Salary Range").Line);
        Assert.All(posting.Fields.Where(f => f.Key is "Location" or "Salary Range"), f => Assert.Equal(FieldOrigin.FooterLine, f.Origin));
        Assert.Equal("Full-time", Field(posting, "Employment Type").Value);
        Assert.Equal(lastKeyword, Field(posting, keywords).Values[^1]);
        Assert.Contains("Kubernetes", Field(posting, "Technical Stack").Values);
        Assert.DoesNotContain("**Salary Range:**", posting.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("# " + title, posting.Body, StringComparison.Ordinal);
        Assert.False(posting.Body.TrimEnd().EndsWith("---", StringComparison.Ordinal));
    }

    [SeedFact]
    public void Seed_002_technical_stack_keeps_parenthesized_details()
    {
        var posting = Seed("002");
        Assert.Equal("San Francisco, CA (Hybrid) or Remote", Field(posting, "Location").Value);
        Assert.Equal("$130,000 - $190,000 + equity", Field(posting, "Salary Range").Value);
        Assert.Contains("AWS (EC2, RDS, Lambda, ECS)", Field(posting, "Technical Stack").Values);
        Assert.Equal(24, Field(posting, "Keywords").Values.Length);
    }

    [SeedFact]
    public void Seed_004_scraped_text_gets_headings_bullets_and_no_repeated_tail()
    {
        var posting = Seed("004");
        Assert.Equal(PostingFormat.Text, posting.Format);
        var body = posting.Body;
        Assert.Contains("\n## About the Role\n", body, StringComparison.Ordinal);
        Assert.Contains("\n## What You Will Do\n", body, StringComparison.Ordinal);
        Assert.Contains("\n## What You Will Bring\n", body, StringComparison.Ordinal);
        Assert.Contains("\n- Troubleshoot and debug technical issues", body, StringComparison.Ordinal);
        Assert.Contains("\n- Direct experience building systems with online components that serve user request\n", body, StringComparison.Ordinal);
        Assert.DoesNotContain("•", body, StringComparison.Ordinal);
        Assert.Equal(1, Count(body, "Direct experience building systems with online components that serve user request"));
        Assert.Equal(1, Count(body, "A strategic engineer who constantly thinks of process"));
        Assert.Equal(1, Count(body, "This position has an annual estimated salary of 117,500 - 132,200 USD"));
        Assert.Contains("#LI-Remote", body, StringComparison.Ordinal);
        Assert.Contains("world. We’re looking", body, StringComparison.Ordinal);
    }

    private static RawPosting Seed(string prefix) => Parse(SeedFiles.PathOf(prefix));

    private static RawPosting Parse(string path)
    {
        var source = SourceReader.Read(File.ReadAllBytes(path), "jobs/" + Path.GetFileName(path));
        Assert.Empty(source.Diagnostics);
        var outcome = PostingParser.Parse(source.Value!);
        Assert.Empty(outcome.Diagnostics);
        return outcome.Value!;
    }

    private static RawField Field(RawPosting posting, string key) => Assert.Single(posting.Fields, f => f.Key == key);

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
