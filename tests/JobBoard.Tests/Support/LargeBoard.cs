using System.Globalization;
using JobBoard.Search;

namespace JobBoard.Tests.Support;

/// <summary>
/// A board just large enough for the search index's large layout (<see cref="SearchIndex.IsLarge"/>): one open posting
/// more than a facet rows file holds. The postings are short and made from a few words, so that terms share their
/// first characters (kafka, kotlin; kubernetes, kustomize) and tags are one-word names that are also query words.
/// </summary>
public static class LargeBoard
{
    public const int Count = SearchIndexWriter.FacetChunkSize + 1;

    private static readonly string[] Titles = ["Backend Engineer", "Data Engineer", "Platform Engineer", "Product Designer", "Kotlin Developer"];
    private static readonly string[] Companies = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Kafkaesque"];
    private static readonly string[] Places = ["Berlin, Germany", "Lisbon, Portugal", "Remote (EU)", "Paris, France"];
    private static readonly string[] Types = ["Full-time", "Part-time", "Contract"];
    private static readonly string[] Tags = ["kafka", "kubernetes", "python", "go", "rust", "postgresql", "kotlin", "java", "scala", "elixir"];
    private static readonly string[] Tools = ["kustomize", "kubectl", "terraform", "grafana", "engines"];

    /// <summary>Writes <see cref="Count"/> postings into <paramref name="jobs"/>, a board's jobs folder.</summary>
    public static void Write(string jobs)
    {
        Directory.CreateDirectory(jobs);
        for (var i = 0; i < Count; i++)
        {
            File.WriteAllText(Path.Combine(jobs, string.Create(CultureInfo.InvariantCulture, $"job-{i:D4}.md")), string.Create(CultureInfo.InvariantCulture, $"""
                ---
                title: {Titles[i % Titles.Length]} {i}
                company: {Companies[i % Companies.Length]}
                location: {Places[i % Places.Length]}
                employmentType: {Types[i % Types.Length]}
                tags: [{Tags[i % Tags.Length]}, {Tags[(i / 3 + 2) % Tags.Length]}]
                datePosted: 2026-09-{1 + i % 28:D2}
                ---

                We run {Tools[i % Tools.Length]} and {Tools[(i / 2 + 1) % Tools.Length]} for people who would rather not.
                """));
        }
    }
}
