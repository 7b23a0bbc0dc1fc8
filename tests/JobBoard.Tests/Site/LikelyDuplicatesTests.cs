using JobBoard.Model;
using JobBoard.Normalize;
using JobBoard.Site;

namespace JobBoard.Tests.Site;

/// <summary>The likely-duplicate rule (JB0312) on postings made in memory: how alike two descriptions are, and which
/// posting of a pair is warned about.</summary>
public sealed class LikelyDuplicatesTests
{
    /// <summary>A description of 180 words in twelve sentences, none repeating another.</summary>
    internal static readonly string[] Sentences =
    [
        "Our ward team looks after forty patients recovering from heart surgery every single night of the year.",
        "You will lead a small group of nurses and assistants through the quiet hours until the morning handover.",
        "Each shift starts with a briefing where the evening staff share what changed for every patient they saw.",
        "During the night you check vital signs, give medication on time and write clear notes in the record.",
        "When a patient gets worse you call the doctor on duty and act on the plan you agree together.",
        "Families sometimes phone late at night, and you answer their questions with patience and plain words.",
        "We expect a nursing degree, a current registration and at least two years on a surgical or cardiac ward.",
        "Experience with infusion pumps, telemetry monitors and the early warning score helps you settle in quickly here.",
        "New colleagues shadow an experienced nurse for four weeks before they take charge of a shift alone.",
        "We pay a night allowance on top of the salary, and every fourth weekend is always free.",
        "The hospital offers free parking, a canteen open all night and a pension scheme with matched contributions.",
        "Send us your application with a short letter about why cardiac care matters to you and we reply within a week.",
    ];

    internal static string Text(params string[] sentences) => string.Join(" ", sentences);

    private static readonly string Description = Text(Sentences);

    public static TheoryData<string, string, bool> Pairs() => new()
    {
        { "the same text", Description, true },
        { "one word changed", Description.Replace("forty patients", "fifty patients", StringComparison.Ordinal), true },
        { "other line breaks, case and punctuation", Description.Replace(". ", ".\n\n", StringComparison.Ordinal).ToUpperInvariant().Replace(",", "", StringComparison.Ordinal), true },
        { "a sentence added at the end", Text([.. Sentences, "Interviews take place on the ward so you can meet the team."]), true },
        { "two sentences reworded", Text([.. Sentences[..4], "You react quickly when a patient gets worse.", "You explain things to relatives kindly.", .. Sentences[6..]]), false },
        { "a third of it another job's", Text([.. Sentences[..8], "You keep the accounts of four wards and close every month on time.", "You know spreadsheets and the hospital's booking system well.", "You report to the finance director and work only day shifts.", "Experience in a hospital's finance team is a plus."]), false },
        { "the first half only", Text(Sentences[..6]), false },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Descriptions_count_as_one_text_from_ninety_percent_alike(string change, string other, bool same)
    {
        var similarity = Shingles.Of(Description).Similarity(Shingles.Of(other));
        Assert.True(same == similarity >= LikelyDuplicates.SameText, $"{change}: {similarity:F3}");
        Assert.Equal(similarity, Shingles.Of(other).Similarity(Shingles.Of(Description)));
    }

    [Fact]
    public void Short_descriptions_are_like_no_other_even_when_equal()
    {
        var text = Text(Sentences[..2]);
        Assert.Equal(0, Shingles.Of(text).Similarity(Shingles.Of(text)));
    }

    private static Posting Job(string file, string title, string date, string body = "Nights.", bool archived = false) => new()
    {
        File = file,
        Format = PostingFormat.FrontMatterMarkdown,
        Slug = Path.GetFileNameWithoutExtension(file),
        Title = title,
        Company = new Company("Acme GmbH"),
        CompanySlug = "acme-gmbh",
        DatePosted = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        Archived = archived,
        Body = body,
    };

    private static List<Diagnostic> Warnings(params Posting[] postings) =>
        [.. SiteAssembler.Assemble(postings, SiteConfig.Default, Taxonomy.Empty, new DateOnly(2026, 11, 1)).Diagnostics
            .Where(d => d.Code == DiagnosticCodes.LikelyDuplicate)];

    [Fact]
    public void The_newer_posting_by_date_is_warned_about_whatever_the_file_order()
    {
        var warning = Assert.Single(Warnings(Job("jobs/a.md", "Night Nurse (m/w/d)", "2026-10-20"), Job("jobs/b.md", "Night Nurse", "2026-10-01")));
        Assert.Equal((Severity.Warning, "jobs/a.md"), (warning.Severity, warning.File));
        Assert.Contains("jobs/b.md", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void On_the_same_day_the_later_path_is_the_newer()
    {
        var warning = Assert.Single(Warnings(Job("jobs/b.md", "Night Nurse", "2026-10-01"), Job("jobs/a.md", "Night-Nurse", "2026-10-01")));
        Assert.Equal("jobs/b.md", warning.File);
        Assert.Contains("jobs/a.md", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_posting_is_no_ones_original_since_posting_it_again_reopens_it()
    {
        Assert.Empty(Warnings(Job("jobs/a.md", "Night Nurse", "2026-10-01", archived: true), Job("jobs/b.md", "Night Nurse (m/w/d)", "2026-10-20")));
    }

    [Fact]
    public void Each_of_three_copies_names_one_older_copy()
    {
        var warnings = Warnings(
            Job("jobs/a.md", "Ward Nurse", "2026-10-01", Description),
            Job("jobs/b.md", "Nurse, nights", "2026-10-02", Description),
            Job("jobs/c.md", "Night Nurse", "2026-10-03", Description + " Apply soon."));
        Assert.Equal(["jobs/b.md", "jobs/c.md"], warnings.Select(w => w.File));
        Assert.All(warnings, w => Assert.Matches(@"likely the same job as jobs/[ab]\.md \(same company, \d+% the same description\)", w.Message));
    }

    [Fact]
    public void Remembered_shingles_are_those_of_the_last_call_and_give_the_same_warnings()
    {
        var (a, b, c) = (Job("jobs/a.md", "Ward Nurse", "2026-10-01", Description), Job("jobs/b.md", "Nurse, nights", "2026-10-02", Description),
            Job("jobs/c.md", "Night Nurse", "2026-10-03", Description + " Apply soon."));
        var remembered = new System.Collections.Concurrent.ConcurrentDictionary<Posting, Shingles>(ReferenceEqualityComparer.Instance);

        static IEnumerable<string> Shown(IEnumerable<Diagnostic> warnings) => warnings.Select(w => w.ToString());
        var first = Shown(LikelyDuplicates.Find([a, b, c], remembered));
        var kept = remembered[b];
        var second = Shown(LikelyDuplicates.Find([a, b, c], remembered));
        var sameText = ReferenceEquals(kept, remembered[b]);
        var withoutC = LikelyDuplicates.Find([a, b], remembered);

        Assert.Equal(Shown(LikelyDuplicates.Find([a, b, c])), first);
        Assert.Equal(first, second);
        Assert.True(sameText, "an unchanged posting's shingles are reused");
        Assert.Equal([a, b], remembered.Keys.OrderBy(p => p.File, StringComparer.Ordinal));
        Assert.Equal(["jobs/b.md"], withoutC.Select(w => w.File));
    }
}
