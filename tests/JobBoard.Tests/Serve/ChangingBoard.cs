using System.Globalization;

namespace JobBoard.Tests.Serve;

/// <summary>
/// A board for load tests: 30 postings that stay (and are edited) and 6 of one company,
/// "Churnside", that come and go. Every edit changes the body's length, so a torn or stale body
/// cannot pass for a whole version by accident.
/// </summary>
public sealed class ChangingBoard(string input)
{
    public const string ChurnSlug = "churnside";

    private static readonly string[] Roles = ["Backend Engineer", "Frontend Developer", "Data Engineer", "Site Reliability Engineer",
        "Product Designer", "Mobile Engineer", "Platform Engineer", "QA Engineer", "Engineering Manager", "Security Engineer"];
    private static readonly string[] Companies = ["Northwind Labs", "Quillstone", "Lumen Co"];
    private static readonly string[] ChurnRoles = ["Support Engineer", "Solutions Architect", "Release Manager", "Test Engineer",
        "Technical Writer", "Data Scientist"];

    // Churn postings use only tags the staying ones have, so no tag page comes and goes.
    private static readonly string[] Tags = ["go", "rust", "python", "react", "kubernetes", "postgresql"];

    public static int StableCount => Roles.Length * Companies.Length;

    public static int ChurnCount => ChurnRoles.Length;

    public static int TagCount => Tags.Length;

    /// <param name="taxonomy">A taxonomy.yml to copy in.</param>
    public void Write(string taxonomy)
    {
        Directory.CreateDirectory(Path.Combine(input, "jobs"));
        File.Copy(taxonomy, Path.Combine(input, "taxonomy.yml"));
        File.WriteAllText(Path.Combine(input, "site.yml"),
            "title: Load Board\ndescription: Postings that keep changing.\nbaseUrl: https://load.example.org/\npageSize: 10\nrequired: [title, company]\n");
        for (var i = 0; i < StableCount; i++)
        {
            File.WriteAllText(StablePath(i), StablePosting(i, revision: 0));
        }

        for (var k = 0; k < ChurnCount; k++)
        {
            File.WriteAllText(ChurnPath(k), ChurnPosting(k));
        }
    }

    /// <summary>Until stopped, every <paramref name="interval"/>: edits a staying posting twice, then adds or deletes a
    /// Churnside one. Half the edits save in place (a rebuild may read a half-written file), half through a rename.</summary>
    /// <returns>How many changes were made.</returns>
    public async Task<int> EditUntil(TimeSpan interval, CancellationToken stop)
    {
        var random = new Random(42);
        var step = 0;
        while (!stop.IsCancellationRequested)
        {
            step++;
            if (step % 3 == 0)
            {
                var k = random.Next(ChurnCount);
                if (File.Exists(ChurnPath(k)))
                {
                    File.Delete(ChurnPath(k));
                }
                else
                {
                    File.WriteAllText(ChurnPath(k), ChurnPosting(k));
                }
            }
            else
            {
                var i = random.Next(StableCount);
                if (step % 2 == 0)
                {
                    File.WriteAllText(StablePath(i), StablePosting(i, step));
                }
                else
                {
                    var saving = Path.Combine(input, $"saving-{step}.tmp");
                    File.WriteAllText(saving, StablePosting(i, step));
                    File.Move(saving, StablePath(i), overwrite: true);
                }
            }

            await Task.Delay(interval, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        return step;
    }

    private string StablePath(int i) => PostingPath(Roles[i % Roles.Length], Companies[i / Roles.Length]);

    private string ChurnPath(int k) => PostingPath(ChurnRoles[k], "Churnside");

    // Named by slug, as `new` names them, so the builds print no JB0306 warnings.
    private string PostingPath(string title, string company) =>
        Path.Combine(input, "jobs", $"{title}-{company}".ToLowerInvariant().Replace(' ', '-') + ".md");

    private static string StablePosting(int i, int revision) => Posting(Roles[i % Roles.Length], Companies[i / Roles.Length],
        $"{Tags[i % Tags.Length]}, {Tags[(i + 1) % Tags.Length]}", 1 + i % 28,
        $"Revision {revision}. " + string.Concat(Enumerable.Repeat("We ship small changes often and write things down. ", 1 + revision % 9)));

    private static string ChurnPosting(int k) => Posting(ChurnRoles[k], "Churnside", Tags[k], 10 + k, "Here today, gone tomorrow.");

    private static string Posting(string title, string company, string tags, int day, string body) => string.Create(CultureInfo.InvariantCulture, $"""
        ---
        title: {title}
        company: {company}
        location: Berlin, Germany (Hybrid)
        employmentType: Full-time
        salary: "€60k–80k"
        tags: [{tags}]
        datePosted: 2026-10-{day:D2}
        applyUrl: https://careers.example.com/{day}
        ---

        ## The role

        {body}
        """);
}
