using JobBoard.Model;
using JobBoard.Normalize;

namespace JobBoard.Tests.Normalize;

/// <summary>Fields a posting states only in its description: "This is a fully remote position",
/// "Contrat : stage de 4 mois", "compensation: gratis".</summary>
public sealed class BodyStatementTests
{
    [Theory]
    [InlineData("# Backend Developer\n\nThis is a fully remote position.\n", Workplace.Remote)]
    [InlineData("# Stage\n\nLe stage se déroulera à Rennes, dans les locaux de la direction.\n", Workplace.Onsite)]
    [InlineData("---\ntitle: Dev\nlocation: Vienna, Austria\n---\nWe are not recruiting remotely for this role.\n", Workplace.Onsite)]
    [InlineData("---\ntitle: Dev\nlocation: Paris (télétravail partiel possible)\n---\nText\n", Workplace.Hybrid)]
    public void Workplace_is_read_from_a_statement_of_the_description(string text, Workplace expected) =>
        Assert.Equal(expected, NormalizeHelper.Posting(text).Workplace);

    [Fact]
    public void A_text_makes_a_firm_statement_exactly_when_it_holds_one_of_the_first_three_kinds()
    {
        var differ = PhraseMatcherTests.Texts()
            .Where(text => WorkplaceStatements.FirmStatement.Generated.IsMatch(text) != WorkplaceStatements.Rules[..^1].Any(rule => rule.Phrases.Generated.IsMatch(text)))
            .Take(3).ToList();
        Assert.True(differ.Count == 0, $"one pattern for the three kinds differs on: {string.Join(" | ", differ)}");
    }

    // Hostile descriptions: 100,000 characters of what a backtracking pattern with two neighbouring repeats over the
    // same characters takes in quadratic time ("[\W_]*:[\W_]*remote" on a run of colons). The statement after them
    // must still be read: a match that runs into the timeout reads none.
    [Theory]
    [InlineData("Location", ":", "x")]
    [InlineData("Location", ":_", "x")]
    [InlineData("Location: remote", "!", "x")]
    [InlineData("x", "\n", "x")]
    [InlineData("x", "\n-", "x")]
    [InlineData("Remote", " ", "x")]
    [InlineData("We are not hiring", " a", " x")]
    [InlineData("Trois jours par semaine en présence requise", " ", "x")]
    public void Workplace_after_a_hostile_run_of_characters_is_still_read(string before, string repeated, string after)
    {
        var text = before + string.Concat(Enumerable.Repeat(repeated, 100_000 / repeated.Length)) + after + "\nThis is a fully remote position.";
        Assert.Equal(Workplace.Remote, WorkplaceStatements.Read(text));
    }

    [Fact]
    public void A_place_alone_does_not_make_a_job_on_site()
    {
        var p = NormalizeHelper.Posting("---\ntitle: Dev\nlocation: London, England\n---\nWe build things.\n");
        Assert.Equal(["London, United Kingdom"], p.Locations.Select(place => place.Label).ToArray());
        Assert.Equal(Workplace.None, p.Workplace);
    }

    [Theory]
    [InlineData("# Stage\n\n**Conditions**\n- Contrat : stage de 4 à 5 mois\n- Lieu : Rennes\n", EmploymentType.Intern)]
    [InlineData("# Dev\n\nAnstellungsart: Vollzeit\n", EmploymentType.FullTime)]
    [InlineData("# Dev\n\nWir bieten flexible Arbeitszeit und unbefristete Arbeitsverhältnisse.\n", EmploymentType.FullTime)]
    [InlineData("# Dev\n\nThis role is a 2 year-term position in the Computer Systems group.\n", EmploymentType.Temporary)]
    [InlineData("# Dev\n\n## Contrat\n\n- CDI\n- Salaire selon profil\n", EmploymentType.FullTime)]
    [InlineData("# Dev\n\nPoste ouvert pour le statut d'indépendant. Possibilité d'un temps partiel.\n", EmploymentType.Contractor)]
    [InlineData("# Dev\n\nWe offer long contracts and a contract negotiation course.\n", null)]
    public void Employment_type_is_read_from_the_description(string text, EmploymentType? expected) =>
        Assert.Equal(expected, NormalizeHelper.Posting(text).EmploymentType);

    [Theory]
    [InlineData("Type", " ", "x")]
    [InlineData("Type:", " ", "\n")]
    [InlineData("", "*", "x")]
    [InlineData("", "\n**", "x")]
    [InlineData("contract", "\n", "x")]
    [InlineData("fixed-term", " ", "x")]
    public void Employment_type_after_a_hostile_run_of_characters_is_still_read(string before, string repeated, string after)
    {
        var text = $"# Dev\n\n{before}{string.Concat(Enumerable.Repeat(repeated, 100_000 / repeated.Length))}{after}\nAnstellungsart: Vollzeit\n";
        Assert.Equal(EmploymentType.FullTime, NormalizeHelper.Posting(text).EmploymentType);
    }

    [Theory]
    [InlineData("Full-time UX Designer", null, EmploymentType.FullTime)]
    [InlineData("Senior Product Designer - 12 month FTC", "Full-time, Contract", EmploymentType.Temporary)]
    [InlineData("UI/UX Design Intern", "Part-time, Contract", EmploymentType.Intern)]
    [InlineData("Contract Manager", null, null)]
    [InlineData("Contract Manager", "Permanent", EmploymentType.FullTime)]
    public void The_title_states_the_type_and_a_contract_nature_in_it_wins(string title, string? field, EmploymentType? expected)
    {
        var type = field is null ? string.Empty : $"employmentType: {field}\n";
        Assert.Equal(expected, NormalizeHelper.Posting($"---\ntitle: {title}\n{type}---\nWe design things.\n").EmploymentType);
    }

    [Theory]
    [InlineData("Full-time, Contract", "- Contract type: Fixed Term Contract\n- Location: Leeds", EmploymentType.Temporary)]
    [InlineData("Part-time, Contract", "- Fixed term: March to December\n- Hours: Part-time", EmploymentType.Temporary)]
    [InlineData("Contract", "A six-month contract with a day rate.", EmploymentType.Contractor)]
    [InlineData("Full-time", "Contract type: Fixed Term Contract", EmploymentType.Temporary)]
    [InlineData("Permanent", "Contract type: Fixed Term Contract", EmploymentType.FullTime)]
    public void A_board_type_of_hours_or_contract_that_the_text_calls_fixed_term_is_temporary(string field, string body, EmploymentType expected) =>
        Assert.Equal(expected, NormalizeHelper.Posting($"---\ntitle: Designer\nemploymentType: {field}\n---\n{body}\n").EmploymentType);

    [Theory]
    [InlineData("compensation: gratis\ndeliverables: A logo\n", EmploymentType.Volunteer)]
    [InlineData("compensation: paid\ndeliverables: A logo\n", EmploymentType.Contractor)]
    [InlineData("compensation: paid\ndeliverables: ''\n", null)]
    public void A_gig_board_compensation_gives_the_type(string frontMatter, EmploymentType? expected) =>
        Assert.Equal(expected, NormalizeHelper.Posting($"---\ntitle: Design our logo\n{frontMatter}---\nText\n").EmploymentType);

    [Theory]
    [InlineData("# Stage\n\n- Contrat : stage de 4 à 5 mois\n- Rémunération : 577,50 euros\n", 577.5, "EUR", SalaryPeriod.Month)]
    [InlineData("# Dev\n\n* TJM envisagé : 650 € selon profil\n", 650, "EUR", SalaryPeriod.Day)]
    [InlineData("# Dev\n\n  * £36,400 pa\n  * Flexible hours\n", 36400, "GBP", SalaryPeriod.Year)]
    public void Salary_is_read_from_a_pay_line_of_the_description(string text, double amount, string currency, SalaryPeriod period)
    {
        var salary = NormalizeHelper.Posting(text).Salary;
        Assert.Equal(new Salary((decimal)amount, (decimal)amount, currency, period), salary);
    }
}
