using JobBoard.Ingest;
using JobBoard.Model;
using JobBoard.Normalize;
using JobBoard.Pipeline;
using JobBoard.Site;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Normalize;

/// <summary>The five real postings in ../shared/seeds/, normalized as a user would expect (skipped when absent).</summary>
public sealed class SeedPostingTests
{
    public static TheoryData<string> Seeds() => [.. SeedFiles.Names()];

    private static Outcome<Posting> Read(string name) =>
        BuildPipeline.ReadPosting(ConfinedFolder.Input(SeedFiles.Folder), Path.Combine(SeedFiles.Folder, name), name, NormalizeHelper.SampleTaxonomy.Value);

    private static Posting Seed(string prefix)
    {
        var outcome = Read(Path.GetFileName(SeedFiles.PathOf(prefix)));
        Assert.NotNull(outcome.Value);
        return outcome.Value;
    }

    [SeedTheory]
    [MemberData(nameof(Seeds))]
    public void Every_seed_normalizes_without_errors(string name)
    {
        var outcome = Read(name);
        Assert.NotNull(outcome.Value);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.IsError);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Value!.Title));
    }

    [SeedFact]
    public void Seed_000_front_matter_with_a_stack_section()
    {
        var p = Seed("000");
        Assert.Equal(PostingFormat.FrontMatterMarkdown, p.Format);
        Assert.Equal("Lead Backend Software Engineer", p.Title);
        Assert.Equal("Kestra", p.Company?.Name);
        Assert.Equal(ExperienceLevel.Lead, p.Experience?.From);
        foreach (var tag in new[] { "java", "micronaut", "kafka", "kafka-streams", "elasticsearch", "postgresql", "mysql",
                     "docker", "kubernetes", "terraform", "gcp", "aws", "azure" })
        {
            Assert.Contains(tag, p.Tags);
        }
    }

    [SeedFact]
    public void Seed_001_front_matter_in_the_companyName_schema()
    {
        var p = Seed("001");
        Assert.Equal("Sr. Backend Software Engineer", p.Title);
        Assert.Equal("Astronomer", p.Company?.Name);
        Assert.Equal(Workplace.Remote, p.Workplace & Workplace.Remote);
        Assert.Equal(new DateOnly(2021, 1, 27), p.DatePosted);
        Assert.Equal("https://careers.astronomer.io/o/sr-software-engineer-backend-nodejs/c/new", p.ApplyUrl);
        Assert.True(p.Archived);
        Assert.Equal(ExperienceLevel.Senior, p.Experience?.From);
        foreach (var tag in new[] { "react", "kubernetes", "rest", "git", "scrum" })
        {
            Assert.Contains(tag, p.Tags);
        }

        Assert.Contains("front matter `applyUrl`", p.Sources["applyUrl"], StringComparison.Ordinal);
    }

    [SeedFact]
    public void Seed_002_markdown_with_a_footer_block_and_no_company()
    {
        var p = Seed("002");
        Assert.Equal(PostingFormat.PlainMarkdown, p.Format);
        Assert.Equal("Backend Engineer", p.Title);
        Assert.Null(p.Company);
        Assert.Contains(p.Locations, l => l.Label.StartsWith("San Francisco", StringComparison.Ordinal));
        Assert.Equal(Workplace.Hybrid | Workplace.Remote, p.Workplace & (Workplace.Hybrid | Workplace.Remote));
        Assert.Equal(EmploymentType.FullTime, p.EmploymentType);
        Assert.Equal(new Salary(130000, 190000, "USD", SalaryPeriod.Year), p.Salary);
        foreach (var tag in new[] { "python", "go", "fastapi", "spring-boot", "postgresql", "redis", "kafka", "rabbitmq", "graphql" })
        {
            Assert.Contains(tag, p.Tags);
        }
    }

    [SeedFact]
    public void Seed_003_remote_us_or_bay_area()
    {
        var p = Seed("003");
        Assert.Equal("Senior Software Engineer - Backend/Infrastructure", p.Title);
        Assert.Equal(Workplace.Remote | Workplace.Onsite, p.Workplace & (Workplace.Remote | Workplace.Onsite));
        Assert.Equal("US", p.RemoteRegion);
        Assert.Equal(EmploymentType.FullTime, p.EmploymentType);
        Assert.Equal(ExperienceLevel.Senior, p.Experience?.From);
        Assert.Equal(new Salary(160000, 240000, "USD", SalaryPeriod.Year), p.Salary);
        foreach (var tag in new[] { "scala", "terraform", "cassandra", "prometheus" })
        {
            Assert.Contains(tag, p.Tags);
        }
    }

    [SeedFact]
    public void Seed_004_scraped_text_with_inferred_title()
    {
        var p = Seed("004");
        var outcome = Read(Path.GetFileName(SeedFiles.PathOf("004")));
        Assert.Equal(PostingFormat.Text, p.Format);
        Assert.Equal("Confluent", p.Company?.Name);
        Assert.Contains("Backend Engineer", p.Title, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(outcome.Diagnostics, d => d.Code == DiagnosticCodes.InferredTitle);
        Assert.True(p.Workplace.HasFlag(Workplace.Remote));
        Assert.Equal("US", p.RemoteRegion);
        Assert.Equal(new Salary(117500, 132200, "USD", SalaryPeriod.Year), p.Salary);
        foreach (var tag in new[] { "kafka", "java", "go", "python" })
        {
            Assert.Contains(tag, p.Tags);
        }

        var html = new JobBoard.Render.MarkdownRenderer().Render(p.Body).Html.ToString();
        foreach (var heading in new[] { "About the Role", "What You Will Do", "What You Will Bring" })
        {
            Assert.Matches($"<h[2-4][^>]*>{heading}</h[2-4]>", html);
        }

        Assert.Contains("<li>", html, StringComparison.Ordinal);
        var repeated = "Direct experience building systems with online components that serve user request";
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, System.Text.RegularExpressions.Regex.Escape(repeated)));
    }
}
