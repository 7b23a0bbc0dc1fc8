using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using JobBoard.Normalize;
using JobBoard.Pipeline;
using JobBoard.Site;

namespace JobBoard.Check;

/// <summary>What <c>new</c> knows about a posting from its options; everything but title and company is optional.</summary>
public sealed record NewPosting(
    string Title,
    string Company,
    DateOnly DatePosted,
    string? Location = null,
    string? ApplyUrl = null,
    string? EmploymentType = null,
    string? Salary = null,
    ImmutableArray<string> Tags = default,
    DateOnly? ValidThrough = null);

/// <summary>
/// The file <c>new</c> writes: Markdown with front matter where the given values are set and every
/// other key a posting may use is present but commented out, so an author sees what is possible
/// without reading documentation. The result passes <c>check</c> as it is.
/// </summary>
public static class PostingScaffold
{
    /// <summary>The file's text and the slug the build will give it (the file should be named after it).</summary>
    public static (string Slug, string Text) Create(NewPosting posting, Taxonomy taxonomy)
    {
        var text = Render(posting);
        // The slug is what the normalizer makes of this very text, so the file name always matches it.
        var slug = BuildPipeline.ParsePosting(Encoding.UTF8.GetBytes(text), "jobs/new.md", taxonomy).Value!.Slug;
        return (slug, text);
    }

    public static string Render(NewPosting p)
    {
        var text = new StringBuilder("---\n");
        Line(text, "title", Quote(p.Title), null);
        Line(text, "company", Quote(p.Company), null);
        Line(text, "location", p.Location is null ? null : Quote(p.Location), "\"Berlin, Germany (Hybrid)\"  # or \"Remote (EU)\"");
        Line(text, "applyUrl", p.ApplyUrl is null ? null : Quote(p.ApplyUrl), "https://example.com/jobs/123  # or mailto:jobs@example.com");
        Line(text, "datePosted", p.DatePosted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null);
        Line(text, "employmentType", p.EmploymentType is null ? null : Quote(p.EmploymentType), "Full-time  # or Part-time, Contract, Internship, Temporary");
        Line(text, "salary", p.Salary is null ? null : Quote(p.Salary), "\"€70k–90k\"  # or \"$120,000 - $150,000\"; per year unless it says /hour");
        Line(text, "tags", p.Tags.IsDefaultOrEmpty ? null : "[" + string.Join(", ", p.Tags.Select(Quote)) + "]", "[go, kubernetes]  # known tags: input/taxonomy.yml");
        Line(text, "validThrough", p.ValidThrough?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "2026-12-31  # the last day to apply");
        text.Append("# Optional: remove the \"# \" in front of a line to use it.\n");
        text.Append("# department: Engineering\n");
        text.Append("# experienceLevel: Senior          # Junior, Mid, Senior, Lead...\n");
        text.Append("# companyWebsite: https://example.com/\n");
        text.Append("# summary: \"One sentence shown in lists and search results.\"\n");
        text.Append("# redirect_from: [/jobs/old-slug/] # old URLs of this posting, after a rename\n");
        text.Append("# archived: true                   # the position is filled: the page stays, marked closed\n");
        text.Append("---\n\n");
        text.Append("## About the role\n\nWhat the team does and what this person will work on.\n\n");
        text.Append("## What you will do\n\n- A first responsibility\n- A second responsibility\n\n");
        text.Append("## What we look for\n\n- A first requirement\n- A second requirement\n");
        return text.ToString();
    }

    /// <summary>A set key, or the same key commented out with an example when there is no value.</summary>
    private static void Line(StringBuilder text, string key, string? value, string? example)
    {
        if (value is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"{key}: {value}\n");
        }
        else if (example is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"# {key}: {example}\n");
        }
    }

    /// <summary>A YAML double-quoted scalar: safe for colons, hashes and quotes in titles.</summary>
    private static string Quote(string value) => FrontMatterWriter.Quote(value.Trim());
}
