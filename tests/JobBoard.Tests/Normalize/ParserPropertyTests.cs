using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JobBoard.Normalize;

namespace JobBoard.Tests.Normalize;

/// <summary>
/// Parsers are total: whatever a posting contains, they return a value or null and never throw.
/// Inputs mix the characters parsers look for (digits, currency signs, separators, workplace
/// words, hashtags) with control characters, lone surrogates and non-Latin letters.
/// </summary>
public sealed partial class ParserPropertyTests
{
    [Property(Arbitrary = [typeof(MessyText)], MaxTest = 500)]
    public void No_parser_throws_on_any_text(string text)
    {
        RunEveryParser(text);
    }

    [Property(Arbitrary = [typeof(MessyText)], MaxTest = 500)]
    public void Slug_is_lower_case_kebab_case_or_empty(string text)
    {
        var slug = Slugger.Slugify(text);
        Assert.True(slug.Length == 0 || SlugShape().IsMatch(slug), $"bad slug \"{slug}\" from \"{text}\"");
        Assert.True(slug.Length <= Slugger.MaxLength, $"slug of {slug.Length} characters");
    }

    [Property(Arbitrary = [typeof(MessyText)], MaxTest = 500)]
    public void Slugify_is_idempotent(string text)
    {
        var once = Slugger.Slugify(text);
        Assert.Equal(once, Slugger.Slugify(once));
    }

    [Fact]
    public void No_parser_throws_on_huge_texts()
    {
        string[] huge =
        [
            new string('9', 1_000_000),
            string.Concat(Enumerable.Repeat("$1,000 - ", 100_000)),
            string.Concat(Enumerable.Repeat("Remote (US) or ", 50_000)),
            string.Concat(Enumerable.Repeat("#a ", 200_000)),
            new string('\uD800', 300_000),
            string.Concat(Enumerable.Repeat("1 000 ", 100_000)) + "EUR",
        ];
        foreach (var text in huge)
        {
            RunEveryParser(text);
            Assert.True(Slugger.Slugify(text).Length <= Slugger.MaxLength);
        }
    }

    [Fact]
    public void Salary_in_a_long_careers_page_is_still_found()
    {
        var page = new StringBuilder();
        for (var i = 0; i < 2_000; i++)
        {
            page.Append("We value 5+ years of experience and 401(k) matching. ");
        }

        page.Append("This position has an annual estimated salary of 117,500 - 132,200 USD.");
        var salary = SalaryParser.Parse(page.ToString());
        Assert.Equal(117_500m, salary?.Min);
        Assert.Equal(132_200m, salary?.Max);
    }

    private static void RunEveryParser(string? text)
    {
        _ = SalaryParser.Parse(text);
        _ = PlaceResolver.ResolveAll(LocationParser.Parse(text).Places);
        _ = PlaceResolver.Resolve(text ?? string.Empty);
        _ = WorkplaceStatements.Read(text);
        _ = EmploymentTypeParser.Parse(text);
        _ = ExperienceParser.Parse(text);
        _ = ExperienceParser.FromTitle(text);
        _ = DateParser.Parse(text);
        _ = BooleanParser.Parse(text);
        _ = ListParser.Split(text is null ? [] : [text, text]);
        _ = Slugger.Slugify(text);
        _ = KeyAliases.Resolve(text ?? string.Empty);
        _ = KeyAliases.Suggest(text ?? string.Empty);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();

    /// <summary>Strings built from fragments parsers react to and characters that break naive code.</summary>
    public static class MessyText
    {
        private static readonly string[] Fragments =
        [
            "$", "€", "£", "¥", "₹", "CHF", "USD", "CA$", "k", "K", "-", "–", " to ", " or ", "/", "(", ")",
            ",", ".", "'", "’", " ", "\u00A0", "0", "1", "5", "9", "000", ",000", ".000", "/hour", " per ",
            "month", "up to ", "from ", "+", "Remote", "Hybrid", "On-site", "#LI-", "#", "Senior", "Lead",
            "Mid", " Jr.", "Full-time", "Contract", "2021-01-27", "T10:00:00Z", "January", "1611705600000",
            "true", "yes", ";", "|", "\n", "\t", "\0", "\u0007", "\uD800", "\uDC00", "\uFFFF", "ß", "é",
            "Æ", "日本", "\u0301", "..", "--", "_", "apply_url", "compnay", "😀",
        ];

        public static Arbitrary<string> Strings()
        {
            var fragment = Gen.Elements(Fragments);
            var anyChar = Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString());
            var piece = Gen.Frequency((4, fragment), (1, anyChar));
            return Gen.Sized(size => Gen.ListOf(piece, size))
                .Select(pieces => string.Concat(pieces))
                .ToArbitrary();
        }
    }
}
