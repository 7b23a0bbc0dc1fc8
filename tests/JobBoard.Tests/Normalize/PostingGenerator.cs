using System.Text;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Normalize;

/// <summary>
/// Deterministic generator of posting-like documents: front matter with real and misspelt keys
/// and odd values, Markdown with footers and sections, scraped text, and real postings with
/// lines dropped, repeated or cut.
/// </summary>
internal sealed class PostingGenerator(int seed)
{
    private static readonly string[] Keys =
    [
        "title", "company", "companyName", "company_name", "hiringOrganization", "location", "locations", "remote",
        "employmentType", "jobType", "type", "salary", "salary_min", "salary_max", "currency", "tags", "hashtags",
        "skills", "date", "datePosted", "timestamp", "validThrough", "archived", "applyUrl", "apply_url", "url",
        "summary", "featured", "slug", "redirect_from", "experienceLevel", "aplyUrl", "teamSize", "logoUrl",
    ];

    private static readonly string[] Values =
    [
        "Senior Backend Engineer", "Acme & Co", "Café Numérique", "Berlin, Germany", "Remote (US)", "San Francisco, CA (Hybrid) or Remote",
        "Full-time", "Contract", "$130,000 - $190,000 + equity", "€60k–80k", "£45,000 per annum", "$50/hour", "CHF 120'000",
        "\"#reactjs,#kubernetes\"", "[go, k8s, postgres]", "2026-11-20", "1611705600000", "\"true\"", "yes",
        "https://jobs.example.com/1", "mailto:jobs@example.com", "javascript:alert(1)", "<script>alert(1)</script>",
        "\"</script><!--\"", "Mid to Senior", "Lead", "0", "-1", "''", "~", "{a: 1}", "[unclosed", "\"a\\u0000b\"", "日本語",
        "Remote - EU", "#LI-Remote", "from 70.000 EUR", "USD 120K-150K", "...", "::",
    ];

    private static readonly string[] Lines =
    [
        "# Backend Engineer", "## About the Role", "### Requirements", "- Build APIs in Go and Python", "* Kafka, Kubernetes",
        "**Location:** Remote (US)", "**Salary Range:** $120,000 - $150,000", "**Employment Type:** Full-time", "---",
        "About the Role:The next big thing", "• Write code• Review code", "Acme is pioneering data in motion.",
        "At Acme, we build things.", "This position has an annual salary of 117,500 - 132,200 USD.", "**Responsibilities",
        "## Keywords", "Python, Java, Go, Rust, C++", "```", "<div onclick=alert(1)>x</div>", "[link](javascript:alert(1))",
        "![img](https://example.com/x.png)", "> quoted", "1. first", "Title: Data Analyst", "Company: Quill & Ink",
        "Apply: https://jobs.example.com/2", "", "", "\t", "We are hiring a Senior Data Engineer.", "#LI-Hybrid",
    ];

    private readonly Random random = new(seed);
    private readonly string[] corpus = LoadCorpus();

    public string Next() => random.Next(4) switch
    {
        0 => FrontMatter(),
        1 => Markdown(),
        2 => Text(),
        _ => Mutated(),
    };

    private string FrontMatter()
    {
        var text = new StringBuilder("---\n");
        for (var i = random.Next(8); i >= 0; i--)
        {
            text.Append(Pick(Keys)).Append(": ").Append(Pick(Values)).Append('\n');
        }

        if (random.Next(10) > 0)
        {
            text.Append("---\n");
        }

        return text.Append(Markdown()).ToString();
    }

    private string Markdown() => string.Join('\n', Enumerable.Range(0, random.Next(1, 15)).Select(_ => Pick(Lines)));

    private string Text() => string.Join(random.Next(2) == 0 ? " " : "\n", Enumerable.Range(0, random.Next(1, 12)).Select(_ => Pick(Lines).TrimStart('#', '*', '-', ' ')));

    private string Mutated()
    {
        var lines = Pick(corpus).Split('\n').ToList();
        for (var i = random.Next(6); i >= 0 && lines.Count > 0; i--)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(4))
            {
                case 0: lines.RemoveAt(at); break;
                case 1: lines.Insert(at, lines[random.Next(lines.Count)]); break;
                case 2: lines[at] = lines[at][..random.Next(lines[at].Length + 1)]; break;
                default: lines.Insert(at, Pick(Lines)); break;
            }
        }

        return string.Join('\n', lines);
    }

    private string Pick(string[] items) => items[random.Next(items.Length)];

    private static string[] LoadCorpus()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Input, "jobs"))
            .Concat(RepoPaths.Seeds is { } seeds ? Directory.GetFiles(seeds) : []);
        // Ordered by file name, not full path, so the documents do not depend on where the repository is.
        return [.. files.OrderBy(Path.GetFileName, StringComparer.Ordinal).Select(File.ReadAllText)];
    }
}
