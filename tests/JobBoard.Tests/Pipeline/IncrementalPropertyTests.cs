using System.Globalization;
using JobBoard.Tests.Site;

namespace JobBoard.Tests.Pipeline;

/// <summary>
/// Whatever edits come, in whatever order, a rebuild with the preview server's cache gives exactly the
/// files and diagnostics of a cold build. Each seed is a random sequence of edits: postings added,
/// removed, renamed, retitled, retagged, moved to another company, place (remote or not) or date, given another employment
/// type, archived and opened again, the stylesheet, a template, site.yml (page size, pair minimum) and taxonomy.yml changed:
/// so tag pair and employment pages appear and disappear. Each edit is reported as the
/// watcher reports it, so after two builds the cache looks at the reported files only.
/// </summary>
public sealed class IncrementalPropertyTests
{
    private const int Steps = 10;
    private static readonly string[] Titles = ["Backend Engineer", "Data Scientist", "Product Designer", "Support Lead"];
    private static readonly string[] Companies = ["Acme", "Globex", "Initech", "Umbrella"];
    private static readonly string[] Places = ["Berlin, Germany", "Lisbon, Portugal", "Remote (EU)", "Toronto, Canada"];
    private static readonly string[] Tags = ["go", "rust", "python", "reactjs", "k8s", "postgres", "golang"];
    private static readonly string[] Types = ["full-time", "part-time", "contract"];

    /// <summary>One posting file as the test wrote it.</summary>
    private sealed record Spec(string Title, string Company, string Place, string[] Tags, string Type, int Day, bool Archived, int Revision);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Random_edits_through_the_cache_give_the_files_of_a_cold_build(int seed)
    {
        using var board = new CachedBoard();
        var random = new Random(seed);
        var postings = new Dictionary<string, Spec>(StringComparer.Ordinal);
        var next = 0;
        for (; next < 8; next++)
        {
            Write(board, postings, $"job-{next}.md", NewSpec(random, next));
        }

        board.Cache.MarkChanged(postings.Keys.Select(name => Job(board, name)));
        var done = new List<string>();
        for (var step = 0; step < Steps; step++)
        {
            var (edit, changed) = Edit(random, board, postings, ref next);
            done.Add(edit);
            board.Cache.MarkChanged(changed);
            try
            {
                board.AssertSameAsColdBuild();
            }
            catch (Exception e) when (e is Xunit.Sdk.XunitException)
            {
                throw new Xunit.Sdk.XunitException($"seed {seed}, after: {string.Join("; ", done)}\n{e.Message}");
            }
        }
    }

    /// <summary>One random edit: what it did, and the full paths it changed.</summary>
    private static (string Edit, string[] Changed) Edit(Random random, CachedBoard board, Dictionary<string, Spec> postings, ref int next)
    {
        var names = postings.Keys.Order(StringComparer.Ordinal).ToList();
        var name = names[random.Next(names.Count)];
        var spec = postings[name];
        switch (random.Next(13))
        {
            case 0:
                var added = $"job-{next}.md";
                Write(board, postings, added, NewSpec(random, next++));
                return ($"add {added}", [Job(board, added)]);
            case 1 when names.Count > 2:
                File.Delete(Job(board, name));
                postings.Remove(name);
                return ($"remove {name}", [Job(board, name)]);
            case 2:
                var renamed = $"renamed-{next++}.md";
                File.Move(Job(board, name), Job(board, renamed));
                postings.Remove(name);
                postings[renamed] = spec;
                return ($"rename {name} to {renamed}", [Job(board, name), Job(board, renamed)]);
            case 3:
                return Rewrite(board, postings, name, spec with { Title = Pick(random, Titles) }, "retitle");
            case 4:
                return Rewrite(board, postings, name, spec with { Tags = PickTags(random) }, "retag");
            case 5:
                return Rewrite(board, postings, name, spec with { Company = Pick(random, Companies) }, "change the company of");
            case 6:
                return Rewrite(board, postings, name, spec with { Place = Pick(random, Places) }, "move");
            case 7:
                return Rewrite(board, postings, name, spec with { Day = random.Next(1, 29) }, "redate");
            case 8:
                return Rewrite(board, postings, name, spec with { Archived = !spec.Archived }, "archive or open");
            case 9:
                return Rewrite(board, postings, name, spec with { Revision = spec.Revision + 1 }, "reword");
            case 10:
                return Rewrite(board, postings, name, spec with { Type = Pick(random, Types) }, "change the employment type of");
            case 11:
                var theme = random.Next(2) == 0 ? board.Temp.Combine("theme", "assets", "style.css") : board.Temp.Combine("theme", "partials", "job-card.hbs");
                File.AppendAllText(theme, random.Next(2) == 0 ? "\n" : " ");
                return ($"change {Path.GetFileName(theme)}", [theme]);
            default:
                var settings = random.Next(2) == 0 ? board.Temp.Combine("input", "site.yml") : board.Temp.Combine("input", "taxonomy.yml");
                File.WriteAllText(settings, Path.GetFileName(settings) == "site.yml"
                    ? string.Create(CultureInfo.InvariantCulture, $"title: Board {random.Next(3)}\nbaseUrl: https://fixture.example.org/\npageSize: {random.Next(1, 4)}\npairMinimum: {random.Next(1, 4)}\nrequired: [title, company]\n")
                    : random.Next(2) == 0 ? "synonyms:\n  golang: go\n" : "synonyms:\n  k8s: kubernetes\n");
                return ($"change {Path.GetFileName(settings)}", [settings]);
        }
    }

    private static (string, string[]) Rewrite(CachedBoard board, Dictionary<string, Spec> postings, string name, Spec spec, string edit)
    {
        Write(board, postings, name, spec);
        return ($"{edit} {name}", [Job(board, name)]);
    }

    private static Spec NewSpec(Random random, int number) =>
        new($"{Pick(random, Titles)} {number % 5}", Pick(random, Companies), Pick(random, Places), PickTags(random), Pick(random, Types), random.Next(1, 29), random.Next(6) == 0, 0);

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string[] PickTags(Random random) => [.. Tags.Where(_ => random.Next(3) == 0)];

    private static string Job(CachedBoard board, string name) => board.Temp.Combine("input", "jobs", name);

    private static void Write(CachedBoard board, Dictionary<string, Spec> postings, string name, Spec spec)
    {
        postings[name] = spec;
        File.WriteAllText(Job(board, name), string.Create(CultureInfo.InvariantCulture, $"""
            ---
            title: {spec.Title}
            company: {spec.Company}
            location: {spec.Place}
            tags: [{string.Join(", ", spec.Tags)}]
            employmentType: {spec.Type}
            datePosted: 2026-10-{spec.Day:D2}
            archived: {(spec.Archived ? "true" : "false")}
            ---

            We build tools for people who would rather not think about tools (revision {spec.Revision}).
            """));
    }
}
