using JobBoard.Model;
using JobBoard.Normalize;

namespace JobBoard.Tests.Normalize;

/// <summary>The same facts written in the front-matter schemas people actually use.</summary>
public sealed class FrontMatterSchemaTests
{
    private static string Doc(string yaml) => $"---\n{yaml.Trim()}\n---\n\nThe job.\n";

    [Theory]
    [InlineData("company: Acme")]
    [InlineData("companyName: Acme")]
    [InlineData("company_name: Acme")]
    [InlineData("Company-Name: Acme")]
    [InlineData("hiringOrganization: Acme")]
    [InlineData("hiringOrganization:\n  name: Acme\n  sameAs: https://acme.example.com")]
    public void Company_key_aliases(string yaml)
    {
        var p = NormalizeHelper.Posting(Doc("title: Dev\n" + yaml));
        Assert.Equal("Acme", p.Company?.Name);
    }

    [Theory]
    [InlineData("applyUrl: https://a.example.com/apply")]
    [InlineData("apply_url: https://a.example.com/apply")]
    [InlineData("applicationUrl: https://a.example.com/apply")]
    [InlineData("url: https://a.example.com/apply")]
    [InlineData("url: https://a.example.com/page\napplyUrl: https://a.example.com/apply")]
    public void Apply_url_aliases_prefer_a_key_that_says_apply(string yaml)
    {
        var p = NormalizeHelper.Posting(Doc("title: Dev\n" + yaml));
        Assert.Equal("https://a.example.com/apply", p.ApplyUrl);
    }

    [Theory]
    [InlineData("url: https://acme.example.com\ncontact:\n  name: Jane\n  email: jane@acme.example.com", "mailto:jane@acme.example.com")] // pythonjobs
    [InlineData("url: https://acme.example.com\nlink: https://ats.example.com/j/1", "https://ats.example.com/j/1")] // Hugo/Airtable
    [InlineData("how_to_apply:\n  - Jane Doe <jane@acme.example.com>\n  - ''", "mailto:jane@acme.example.com")] // Staticman
    [InlineData("contact:\n  email: jane@acme.example.com\n  Apply here: https://ats.example.com/j/1", "https://ats.example.com/j/1")]
    [InlineData("applicationUri: https://ats.example.com/j/1\napplicationType: link", "https://ats.example.com/j/1")] // scraped JobPosting
    public void A_homepage_url_is_the_apply_link_only_when_nothing_else_is(string yaml, string applyUrl)
    {
        Assert.Equal(applyUrl, NormalizeHelper.Posting(Doc("title: Dev\n" + yaml)).ApplyUrl);
    }

    [Theory]
    [InlineData("The job.", "mailto:jane@acme.example.com")]
    [InlineData("Please apply via the link above.", "https://acme.example.com")]
    [InlineData("## How to apply\n\nSend your CV to us.\n\nTo apply, use the button below.", "https://acme.example.com")]
    [InlineData("Apply here: https://ats.example.com/j/1\n\nor via the link above.", "https://ats.example.com/j/1")]
    public void An_instruction_that_points_at_a_link_elsewhere_prefers_the_web_link_to_the_contact_address(string body, string applyUrl)
    {
        var text = $"---\ntitle: Dev\nurl: https://acme.example.com\ncontact:\n  email: jane@acme.example.com\n---\n\n{body}\n";
        Assert.Equal(applyUrl, NormalizeHelper.Posting(text).ApplyUrl);
    }

    [Fact]
    public void An_apply_instruction_in_the_text_wins_over_front_matter()
    {
        var p = NormalizeHelper.Posting("---\ntitle: Dev\nlink: https://ats.example.com/j/1\n---\n\nApply to the office you prefer here: https://ats.example.com/all\n");
        Assert.Equal("https://ats.example.com/all", p.ApplyUrl);
        Assert.Equal("apply instruction in the text (line 6)", p.Sources["applyUrl"]);
    }

    [Theory]
    [InlineData("roles: Dev ops\ntitle: Site reliability engineer", "Site reliability engineer")] // beta.gouv: title wins
    [InlineData("roles: un·e développeur·se", "un·e développeur·se")]
    [InlineData("role: Logo design\nnotitle: x", "Logo design")]
    [InlineData("title:\n  original: Product Designer - Growth\n  urlSlug: product-designer", "Product Designer - Growth")] // scraped
    public void Role_keys_are_the_title_only_without_a_title(string yaml, string title)
    {
        Assert.Equal(title, NormalizeHelper.Posting(Doc(yaml)).Title);
    }

    [Theory]
    [InlineData("archived: true", true)] // Lever syncs
    [InlineData("open: false", true)] // beta.gouv: the job is filled
    [InlineData("status: open\nopen: false", true)] // a stale status beside open: false
    [InlineData("status: closed", true)] // Staticman
    [InlineData("status: searching", false)]
    [InlineData("status: LIVE\nclosedDate: 2020-01-01", false)] // a closing date does not archive
    [InlineData("open: true", false)]
    [InlineData("poste_pourvu: true", true)]
    public void Keys_that_say_the_job_is_over_archive_it(string yaml, bool archived)
    {
        Assert.Equal(archived, NormalizeHelper.Posting(Doc("title: Dev\n" + yaml)).Archived);
    }

    [Theory]
    [InlineData("+++\ntitle = \"Organizer\"\norganization = \"Acme Fund\"\nsort_date = \"2024-08-22\"\nlink = \"https://ats.example.com/j/1\"\n+++\nThe job.")]
    [InlineData("---\n{\n  \"title\": {\"original\": \"Organizer\"},\n  \"hiringOrganization\": {\"name\": \"Acme Fund\"},\n  \"postedDate\": \"2024-08-22T00:00:00.000Z\",\n  \"applicationUri\": \"https://ats.example.com/j/1\"\n}\n---\n<p>The job.</p>")]
    public void Toml_and_json_front_matter_give_the_same_posting(string text)
    {
        var p = NormalizeHelper.Posting(text);
        Assert.Equal(("Organizer", "Acme Fund", new DateOnly(2024, 8, 22), "https://ats.example.com/j/1"),
            (p.Title, p.Company?.Name, p.DatePosted, p.ApplyUrl));
    }

    [Theory]
    [InlineData("timestamp: 1611705600000", 2021, 1, 27)]
    [InlineData("timestamp: 1611705600", 2021, 1, 27)]
    [InlineData("date: 2021-01-27", 2021, 1, 27)]
    [InlineData("datePosted: \"2021-01-27T23:30:00-05:00\"", 2021, 1, 28)]
    [InlineData("publishedAt: 2021-01-27T10:00:00Z", 2021, 1, 27)]
    public void Date_posted_in_every_spelling(string yaml, int year, int month, int day)
    {
        var p = NormalizeHelper.Posting(Doc("title: Dev\n" + yaml));
        Assert.Equal(new DateOnly(year, month, day), p.DatePosted);
    }

    [Theory]
    [InlineData("hashtags: \"#reactjs,#kubernetes\"")]
    [InlineData("tags: [reactjs, k8s]")]
    [InlineData("tags:\n  - React\n  - Kubernetes")]
    [InlineData("skills: \"react, kubernetes\"")]
    [InlineData("keywords: React; K8s")]
    public void Tags_in_every_spelling_become_canonical_ids(string yaml)
    {
        var p = NormalizeHelper.Posting(Doc("title: Dev\n" + yaml));
        Assert.Equal(["kubernetes", "react"], p.Tags.ToArray());
    }

    [Theory]
    [InlineData("archived: \"true\"", true)]
    [InlineData("archived: true", true)]
    [InlineData("archived: yes", true)]
    [InlineData("archived: \"false\"", false)]
    public void Booleans_written_as_strings(string yaml, bool archived)
    {
        Assert.Equal(archived, NormalizeHelper.Posting(Doc("title: Dev\n" + yaml)).Archived);
    }

    [Fact]
    public void Salary_from_separate_min_max_and_currency_keys()
    {
        var p = NormalizeHelper.Posting(Doc("title: Dev\nsalary_min: 60000\nsalary_max: \"80000\"\ncurrency: EUR"));
        Assert.Equal(new Salary(60000, 80000, "EUR", SalaryPeriod.Year), p.Salary);
    }

    [Fact]
    public void Salary_without_a_currency_is_left_out_with_a_warning()
    {
        var outcome = NormalizeHelper.Run(Doc("title: Dev\nsalary_min: 60000\nsalary_max: 80000"));
        Assert.Null(outcome.Value!.Salary);
        Assert.Contains(outcome.Diagnostics, d => d.Code == DiagnosticCodes.UnparsedValue);
    }

    [Fact]
    public void Unknown_key_is_kept_for_templates_and_reported_with_a_suggestion()
    {
        var outcome = NormalizeHelper.Run(Doc("title: Dev\naplyUrl: https://a.example.com\nteamSize: 8"));
        Assert.Equal("8", outcome.Value!.Extra["teamSize"]);
        var typo = Assert.Single(outcome.Diagnostics, d => d.Code == DiagnosticCodes.UnknownKey && d.Message.Contains("aplyUrl"));
        Assert.Contains("applyUrl", typo.Hint);
        Assert.Equal(3, typo.Line);
    }

    [Theory]
    [InlineData("layout: job\npermalink: /jobs/dev/\n_id: 3f2a\ncontact:\n  name: Jane\n  phone: 123", "contact.phone")] // other boards' schemas
    [InlineData("teamSize: 8\nthumbnail: x.png", "teamSize")] // not a typo of anything: named once per run
    [InlineData("hiringOrganization:\n  name: Acme\n  id: 597", "hiringOrganization.id")] // data of a known object
    public void Keys_that_are_no_typo_are_kept_without_a_warning(string yaml, string kept)
    {
        var outcome = NormalizeHelper.Run(Doc("title: Dev\n" + yaml));
        Assert.Contains(kept, outcome.Value!.Extra.Keys);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == DiagnosticCodes.UnknownKey);
    }

    [Fact]
    public void A_run_names_its_unknown_keys_in_one_line_most_used_first()
    {
        var postings = new[] { "teamSize: 8\nlayout: job", "teamSize: 9\nperks: yes", "aplyUrl: https://a.example.com" }
            .Select(yaml => NormalizeHelper.Posting(Doc("title: Dev\n" + yaml)));
        Assert.Equal("unknown keys kept for templates: teamSize (2 postings), perks (1 posting)", UnknownKeys.Summary(postings));
        Assert.Null(UnknownKeys.Summary([NormalizeHelper.Posting(Doc("title: Dev\nlayout: job"))]));
    }

    [Theory]
    [InlineData("applyUrl: javascript:alert(1)")]
    [InlineData("applyUrl: \"data:text/html,<script>alert(1)</script>\"")]
    [InlineData("applyUrl: /relative/path")]
    [InlineData("applyUrl: \"<img src=x onerror=alert(1)> https://a.example.com\"")] // markup is never read leniently
    public void Apply_link_must_be_http_https_or_mailto(string yaml)
    {
        var outcome = NormalizeHelper.Run(Doc("title: Dev\n" + yaml));
        Assert.Null(outcome.Value!.ApplyUrl);
        Assert.Contains(outcome.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeUrl && d.IsError);
    }

    [Theory]
    [InlineData("how_to_apply:\n  - Nicholas\n  - https://apply.example.com/1", "https://apply.example.com/1", true)]
    [InlineData("applyUrl: see the page of the project\nurl: https://apply.example.com/2", "https://apply.example.com/2", true)]
    [InlineData("how_to_apply:\n  - \"www.example.org\\r\\n\\r\\nhttps://apply.example.com/3\"", null, true)]
    [InlineData("directApply: false\napplicationUri: https://apply.example.com/4", "https://apply.example.com/4", false)]
    [InlineData("how_to_apply:\n  - Jane Doe <lead> <jane@example.com>", "mailto:jane@example.com", false)]
    public void Words_that_name_no_link_are_passed_over_with_a_warning_not_an_error(string yaml, string? applyUrl, bool warned)
    {
        var outcome = NormalizeHelper.Run(Doc("title: Dev\n" + yaml));
        Assert.Equal(applyUrl, outcome.Value!.ApplyUrl);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.IsError);
        Assert.Equal(warned, outcome.Diagnostics.Any(d => d.Code == DiagnosticCodes.NoApplyLinkInValue && !d.IsError));
    }

    [Theory]
    [InlineData("startup: signalement", "SignalPlus recrute un·e développeuse.\n\nUn signalement simple.", "SignalPlus")]
    [InlineData("startup: beta.example.fr", "L'incubateur de la DIRNUM recherche des gens pour beta.example.fr.", "beta.example.fr")]
    [InlineData("startup: competences-pro", "Compétences Pro aide les gens. SignalPlus recrute.", "Compétences Pro")]
    [InlineData("startup: signalement", "Un signalement simple.", "signalement")]
    public void A_slug_the_text_writes_only_as_a_word_yields_to_the_name_it_hires_under(string slug, string body, string company)
    {
        var posting = NormalizeHelper.Posting($"---\ntitle: Dev\n{slug}\n---\n\n{body}\n");
        Assert.Equal(company, posting.Company?.Name);
    }

    [Fact]
    public void The_title_names_the_company_it_hires_for()
    {
        var posting = NormalizeHelper.Posting("---\ntitle: Exemplo recrute un·e développeur·euse\n---\n\nUn poste.\n");
        Assert.Equal("Exemplo", posting.Company?.Name);
        Assert.Equal("named in the title", posting.Sources["company"]);
    }

    [Fact]
    public void An_inverted_salary_range_is_left_out_with_a_warning()
    {
        var outcome = NormalizeHelper.Run(Doc("title: Dev\nsalary: \"€90k–70k\""));
        Assert.Null(outcome.Value!.Salary);
        Assert.Contains(outcome.Diagnostics, d => d.Code == DiagnosticCodes.SalaryRangeInverted && !d.IsError);
    }

    [Fact]
    public void An_email_address_becomes_a_mailto_link()
    {
        Assert.Equal("mailto:jobs@acme.example.com", NormalizeHelper.Posting(Doc("title: Dev\napply: jobs@acme.example.com")).ApplyUrl);
    }

    [Fact]
    public void Every_value_records_where_it_came_from()
    {
        var p = NormalizeHelper.Posting(Doc("title: Dev\ncompanyName: Acme\nlocation: Berlin, Germany"));
        Assert.Equal("front matter `title` (line 2)", p.Sources["title"]);
        Assert.Equal("front matter `companyName` (line 3)", p.Sources["company"]);
        Assert.StartsWith("front matter `location`", p.Sources["locations"], StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_title_is_an_error()
    {
        var outcome = NormalizeHelper.Run(Doc("company: Acme"));
        Assert.Contains(outcome.Diagnostics, d => d.Code == DiagnosticCodes.MissingTitle && d.IsError);
    }

    [Fact]
    public void Slug_comes_from_title_and_company_unless_the_posting_sets_one()
    {
        Assert.Equal("senior-dev-cafe-numerique", NormalizeHelper.Posting(Doc("title: Senior Dev\ncompany: Café Numérique")).Slug);
        Assert.Equal("my-own-slug", NormalizeHelper.Posting(Doc("title: Senior Dev\nslug: my-own-slug")).Slug);
    }
}
