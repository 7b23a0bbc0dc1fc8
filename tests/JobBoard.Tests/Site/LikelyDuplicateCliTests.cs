using JobBoard.Tests.Support;

namespace JobBoard.Tests.Site;

/// <summary>The same job posted again in other words, as <c>check</c> and <c>build</c> report it (JB0312): a warning on
/// the newer file that names the older one, with both pages published.</summary>
public sealed class LikelyDuplicateCliTests
{
    private static readonly string Description = LikelyDuplicatesTests.Text(LikelyDuplicatesTests.Sentences);

    /// <summary>A board with two postings of one company: the older posted on 1 October, the newer on 20 October.</summary>
    private static TempFolder Board((string Title, string Company, string Location, string Body) older, (string Title, string Company, string Location, string Body) newer)
    {
        var temp = new TempFolder();
        temp.Write("input/site.yml", "title: Test\nbaseUrl: https://test.example.org/\n");
        temp.Write("input/jobs/older.md", Posting("older", "2026-10-01", older));
        temp.Write("input/jobs/newer.md", Posting("newer", "2026-10-20", newer));
        return temp;
    }

    private static string Posting(string slug, string date, (string Title, string Company, string Location, string Body) job) =>
        $"---\ntitle: \"{job.Title}\"\ncompany: \"{job.Company}\"\nlocation: \"{job.Location}\"\nslug: {slug}\ndatePosted: {date}\n" +
        $"applyUrl: https://acme.example.com/jobs/{slug}\n---\n{job.Body}\n";

    private static Cli.Result Check(TempFolder board) => Cli.Run(["check", "--input", board.Combine("input"), "--now", "2026-11-01"]);

    private static Cli.Result Build(TempFolder board, params string[] extra) =>
        Cli.Run(["build", "--input", board.Combine("input"), "--theme", RepoPaths.Theme, "--output", board.Combine("output"), "--now", "2026-11-01", .. extra]);

    private static void AssertWarnedOnTheNewerNamingTheOlder(Cli.Result result, string why) =>
        Assert.Matches($@"jobs/newer\.md: warning: likely the same job as jobs/older\.md \({why}\) \[JB0312\]", result.Stdout + result.Stderr);

    [Theory]
    [InlineData("punctuation", "Senior Back-End Engineer", "Senior Backend Engineer.", "Acme", "Acme")]
    [InlineData("a gender marker", "Night Nurse", "Night Nurse (m/w/d)", "Acme", "Acme")]
    [InlineData("a legal form", "Night Nurse", "Night Nurse", "Acme", "Acme GmbH")]
    public void A_title_or_company_written_differently_is_a_likely_copy(string difference, string olderTitle, string newerTitle, string olderCompany, string newerCompany)
    {
        using var board = Board((olderTitle, olderCompany, "Berlin", "Nights."), (newerTitle, newerCompany, "Berlin, Germany", "Nights."));
        var result = Check(board);
        Assert.True(result.ExitCode == 0, difference + ": " + result.Stdout + result.Stderr); // a warning, not an error
        AssertWarnedOnTheNewerNamingTheOlder(result, "same company, title and place");
    }

    [Fact]
    public void A_town_with_and_without_its_country_is_one_place()
    {
        using var board = Board(("Night Nurse", "Acme", "Smallbrook", "Nights."), ("Night Nurse", "Acme", "Smallbrook, Germany", "Nights."));
        AssertWarnedOnTheNewerNamingTheOlder(Check(board), "same company, title and place");
    }

    [Fact]
    public void A_description_ninety_percent_the_same_under_another_title_is_a_likely_copy()
    {
        using var board = Board(("Ward Nurse", "Acme", "Berlin", Description),
            ("Night Nurse, Cardiac Ward", "Acme", "Berlin", Description + " Interviews take place on the ward so you can meet the team."));
        AssertWarnedOnTheNewerNamingTheOlder(Check(board), @"same company, 94% the same description");
    }

    [Fact]
    public void Two_jobs_of_one_company_sharing_its_boilerplate_are_no_copies()
    {
        string[] accountant =
        [
            "Our finance team closes the books of the hospital and its four clinics every month.",
            "You will own the accounts payable ledger and check every invoice against its order and delivery note.",
            "Each quarter you prepare the figures our auditors ask for and answer their questions.",
            "You work with the purchasing department to keep supplier records complete and up to date.",
            "We expect a degree in accounting or a similar qualification and three years in a finance team.",
            "Experience with SAP and with the rules for public hospitals helps you settle in quickly here.",
            "You work office hours from Monday to Friday, two days a week from home if you like.",
            "New colleagues are trained on our systems by the team lead during their first month.",
            .. LikelyDuplicatesTests.Sentences[^4..],
        ];
        using var board = Board(("Night Nurse", "Acme", "Berlin", Description), ("Accountant", "Acme", "Berlin", LikelyDuplicatesTests.Text(accountant)));
        var result = Check(board);
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("JB0312", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_strict_build_fails_on_a_likely_copy_and_keep_going_publishes_the_older_page_and_the_newer()
    {
        using var board = Board(("Night Nurse", "Acme", "Berlin", "Nights."), ("Night Nurse (m/w/d)", "Acme GmbH", "Berlin", "Nights."));
        var strict = Build(board, "--strict");
        Assert.Equal(1, strict.ExitCode);
        AssertWarnedOnTheNewerNamingTheOlder(strict, "same company, title and place");
        Assert.False(Directory.Exists(board.Combine("output", "jobs")));

        var keepGoing = Build(board, "--strict", "--keep-going");
        Assert.Equal(0, keepGoing.ExitCode);
        AssertWarnedOnTheNewerNamingTheOlder(keepGoing, "same company, title and place");
        Assert.True(File.Exists(board.Combine("output", "jobs", "older", "index.html")));
        Assert.True(File.Exists(board.Combine("output", "jobs", "newer", "index.html")));
    }
}
