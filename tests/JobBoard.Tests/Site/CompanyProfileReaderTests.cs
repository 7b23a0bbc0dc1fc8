using JobBoard.Model;
using JobBoard.Render;
using JobBoard.Site;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Site;

/// <summary>input/companies/{slug}.md or .yml, read as the settings stage reads it: each case a profile file and what comes of it.</summary>
public sealed class CompanyProfileReaderTests : IDisposable
{
    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"60\" height=\"20\"/>";

    private readonly TempFolder temp = new();

    public CompanyProfileReaderTests()
    {
        temp.Write("input/logos/acme.svg", Svg);
        temp.Write("input/logos/notes.txt", "not an image");
    }

    public void Dispose() => temp.Dispose();

    private (CompanyProfiles Profiles, string Diagnostics) Read()
    {
        var read = CompanyProfileReader.Read(temp.Combine("input"), body => new MarkdownRenderer().Render(body).Html.ToString());
        return (read.Value!, string.Join("; ", read.Diagnostics.Select(d => $"{d.Code} {d.File}:{d.Line}")));
    }

    private static string Print(CompanyProfile p) =>
        $"{p.Name}|{p.Website}|{p.Description}|{p.Logo?.Url[..^15]}{(p.Logo is { } l ? $" {l.Width}x{l.Height}" : "")}|"
        + string.Join(",", p.Social.Select(s => $"{s.Name}={s.Url}")) + "|" + p.AboutHtml.Trim();

    [Theory]
    [InlineData("acme.md", "---\nname: Acme\nwebsite: https://acme.example.com/\nlogo: acme.svg\ndescription: Rockets.\nsocial:\n  github: https://github.com/acme\n---\nWe build *rockets*.\n",
        "Acme|https://acme.example.com/|Rockets.|/logos/acme 60x20|github=https://github.com/acme|<p>We build <em>rockets</em>.</p>", "")]
    [InlineData("acme.yml", "name: Acme\nlogo: acme.svg\n", "Acme|||/logos/acme 60x20||", "")]
    [InlineData("acme.yml", "name: Acme\nwebsite: javascript:alert(1)\n", "Acme|||||", "JB0223 companies/acme.yml:2")]
    [InlineData("acme.yml", "name: Acme\nsocial:\n  x: data:text/html,hi\n  github: https://github.com/acme\n", "Acme||||github=https://github.com/acme|", "JB0223 companies/acme.yml:3")]
    [InlineData("acme.yml", "name: Acme\ntwitter: https://x.example.com/acme\n", "Acme|||||", "JB0223 companies/acme.yml:2")]
    [InlineData("acme.yml", "logo: missing.svg\n", "|||||", "JB0223 companies/acme.yml:1")]
    [InlineData("acme.yml", "logo: ../../etc/passwd\n", "|||||", "JB0223 companies/acme.yml:1")]
    [InlineData("acme.yml", "logo: https://logos.example.com/acme.png\n", "|||||", "JB0223 companies/acme.yml:1")]
    [InlineData("acme.yml", "logo: notes.txt\n", "|||||", "JB0223 companies/acme.yml:1")]
    [InlineData("acme.md", "---\nname: [Acme, Co]\n---\n", "|||||", "JB0223 companies/acme.md:2")]
    public void A_profile_is_read_value_by_value_and_each_problem_is_a_warning_at_its_line(string file, string text, string expected, string diagnostics)
    {
        temp.Write("input/companies/" + file, text);
        var (profiles, found) = Read();
        Assert.Equal(expected, Print(profiles.BySlug["acme"]));
        Assert.Equal(diagnostics, found);
    }

    [Fact]
    public void A_profile_with_broken_YAML_is_left_out_with_the_line_of_the_problem()
    {
        temp.Write("input/companies/acme.yml", "name: Acme\nwebsite: [unclosed\n");
        var (profiles, found) = Read();
        Assert.Empty(profiles.BySlug);
        Assert.StartsWith(DiagnosticCodes.InvalidYaml + " companies/acme.yml:", found, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_whose_name_is_no_company_slug_is_reported_and_left_out()
    {
        temp.Write("input/companies/Acme Corp.md", "---\nname: Acme\n---\n");
        var (profiles, found) = Read();
        Assert.Empty(profiles.BySlug);
        Assert.Equal("JB0223 companies/Acme Corp.md:0", found);
    }

    [Fact]
    public void A_logo_beside_the_profile_is_found_and_published_under_its_content_hash()
    {
        temp.Write("input/companies/acme.svg", Svg.Replace("60", "90", StringComparison.Ordinal));
        temp.Write("input/companies/acme.yml", "name: Acme\nlogo: acme.svg\n");
        var logo = Read().Profiles.Of("ACME")!.Logo!;
        Assert.Matches(@"^/logos/acme\.[0-9a-f]{10}\.svg$", logo.Url);
        Assert.Equal((90, 20), (logo.Width, logo.Height));
        Assert.Equal(logo.Url.TrimStart('/'), logo.File.Path);
    }

    [Fact]
    public void A_logo_that_links_out_of_the_input_folder_is_refused_without_being_read()
    {
        var secret = temp.Write("secret.svg", Svg);
        File.CreateSymbolicLink(temp.Combine("input", "logos", "linked.svg"), secret);
        temp.Write("input/companies/acme.yml", "name: Acme\nlogo: linked.svg\n");
        var (profiles, found) = Read();
        Assert.Null(profiles.BySlug["acme"].Logo);
        Assert.Equal(DiagnosticCodes.LinkOutsideInput + " logos/linked.svg:0", found);
    }
}
