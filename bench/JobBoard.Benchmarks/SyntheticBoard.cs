using System.Globalization;

namespace JobBoard.Benchmarks;

/// <summary>A deterministic board of many postings in the formats real boards get, for timing.</summary>
internal static class SyntheticBoard
{
    private static readonly string[] Titles = ["Backend Engineer", "Frontend Developer", "Data Engineer", "Site Reliability Engineer",
        "Product Designer", "Mobile Engineer", "Platform Engineer", "QA Engineer", "Engineering Manager", "Security Engineer"];
    private static readonly string[] Levels = ["Junior", "", "Senior", "Staff", "Lead"];
    private static readonly string[] Tags = ["go", "rust", "python", "java", "kotlin", "swift", "react", "vue", "typescript", "kubernetes",
        "aws", "gcp", "postgresql", "redis", "kafka", "terraform", "docker", "graphql", "node", "php", "ruby", "scala", "elixir", "c#"];
    private static readonly string[] Places = ["Berlin, Germany", "Lisbon, Portugal", "London, UK", "Paris, France", "Madrid, Spain",
        "Amsterdam, Netherlands", "New York, NY", "Austin, TX", "Toronto, Canada", "Warsaw, Poland", "Remote (EU)", "Remote (US)"];

    /// <param name="taxonomy">The taxonomy.yml to use (the sample board's), so tags are canonicalized as on a real board.</param>
    public static void Write(string input, int count, string taxonomy)
    {
        Directory.CreateDirectory(Path.Combine(input, "jobs"));
        File.Copy(taxonomy, Path.Combine(input, "taxonomy.yml"));
        File.WriteAllText(Path.Combine(input, "site.yml"),
            "title: Synthetic Board\ndescription: Many jobs.\nbaseUrl: https://bench.example.org/\npageSize: 25\nrequired: [title, company]\n");
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(PostingPath(input, i), Posting(i, "first version"));
        }
    }

    public static string PostingPath(string input, int i) =>
        Path.Combine(input, "jobs", string.Create(CultureInfo.InvariantCulture, $"job-{i:D5}.md"));

    public static string Posting(int i, string revision)
    {
        var title = $"{Levels[i % Levels.Length]} {Titles[i / 7 % Titles.Length]}".Trim();
        var company = $"Company {i % 400:D3}";
        var tags = string.Join(", ", Enumerable.Range(0, 4).Select(k => Tags[(i * 7 + k * 5) % Tags.Length]).Distinct());
        var date = new DateOnly(2026, 1, 1).AddDays(i % 300).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"""
            ---
            title: {title}, Team {i}
            company: {company}
            location: {Places[i % Places.Length]}
            employmentType: Full-time
            salary: "€{50 + i % 50}k–{60 + i % 50 + i % 30}k"
            tags: [{tags}]
            datePosted: {date}
            applyUrl: https://careers.example.com/{i}
            ---

            ## About us

            {company} builds software for people who would rather not think about software. We are
            a small team that ships often and writes things down ({revision}).

            ## The role

            You will own services end to end: design, code review, on-call and the occasional
            migration. Most of our code is {tags}.

            - Build and run **production** systems
            - Mentor other engineers
            - Write clear design documents

            ## What we offer

            A salary in the range above, 30 days of holiday and a budget for learning.
            """;
    }
}
