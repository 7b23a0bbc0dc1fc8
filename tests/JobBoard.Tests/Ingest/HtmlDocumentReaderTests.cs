using JobBoard.Ingest;

namespace JobBoard.Tests.Ingest;

public class HtmlDocumentReaderTests
{
    private const string Page = "<html><head><title>Page title</title></head><body>\n";

    [Theory]
    [InlineData(Page + "<h1>Go Developer</h1><p>Text.</p>", "title=Go Developer@2:1")]
    [InlineData(Page + "<p>Text.</p>", "title=Page title@1:13")] // no h1: the document's title
    [InlineData(Page + "<h1 class=\"title\">Go\n  Developer</h1>", "title=Go Developer@2:1")] // wrapped
    [InlineData(Page + "<h1>Dev</h1><h2 class=\"subtitle\"><a href=\"https://acme.example\">Acme AG</a> (Berlin)</h2>",
        "title=Dev@2:1; company=Acme AG@2:13; companyWebsite=https://acme.example@2:13; location=Berlin@2:13")]
    [InlineData(Page + "<h1>Dev</h1><h2>Acme AG | Remote</h2>", "title=Dev@2:1; subtitle=Acme AG|Remote@2:13")]
    [InlineData(Page + "<h1>Dev</h1><p>At <a href=\"https://acme.example\">Acme</a></p>", "title=Dev@2:1")] // a paragraph is no subtitle
    public void Title_and_subtitle_come_from_the_document(string html, string fields) =>
        Assert.Equal(fields, FieldText.Render(HtmlDocumentReader.Read(html).Fields));

    [Theory]
    [InlineData("<h2>Contact Info:</h2><dl><dt>Contact</dt><dd>Ann &lt;<a href=\"mailto:ann&#64;acme.example\">ann&#64;acme.example</a>&gt; or Bo</dd></dl>", "apply=mailto:ann@acme.example")]
    [InlineData("<h2>Kontakt</h2><p>Schreib an jobs@acme.example</p>", "apply=mailto:jobs@acme.example")]
    [InlineData("<h2>How to apply</h2><p>Use <a href=\"https://acme.example/apply\">the form</a>.</p>", "apply=https://acme.example/apply")]
    [InlineData("<h2>Contact</h2><p>Call us.</p><h2>About</h2><p>Mail hr@acme.example</p>", "")] // the next section is not the contact one
    [InlineData("<h2>About us</h2><p>Mail hr@acme.example</p>", "")]
    [InlineData("<table class=\"docutils field-list\"><tr><th class=\"field-name\">Location:</th><td class=\"field-body\">Berlin</td></tr></table>", "Location=Berlin")]
    [InlineData("<table class=\"docinfo\"><tr><th class=\"docinfo-name\">Date:</th><td>2024-05-01</td></tr></table>", "Date=2024-05-01")]
    [InlineData("<dl class=\"field-list\"><dt>Salary</dt><dd>50k EUR</dd></dl>", "Salary=50k EUR")]
    [InlineData("<dl><dt>Phone</dt><dd>+49 1</dd></dl>", "")] // a plain definition list is prose
    public void Field_lists_and_the_contact_section_become_fields(string content, string fields) =>
        Assert.Equal(fields, FieldText.RenderValues(HtmlDocumentReader.Read("<html><body>" + content + "</body></html>").Fields));

    [Fact]
    public void The_body_is_the_content_without_title_subtitle_and_page_chrome()
    {
        var (body, _) = HtmlDocumentReader.Read(Page + "<div class=\"header\"><img src=\"h.jpg\"></div><h1>Dev</h1><h2 class=\"subtitle\">Acme</h2>"
            + "<div class=\"section\"><h1>Role</h1><p>Build.</p></div><footer>(c) Acme</footer><div class=\"footer\"><img src=\"f.png\"></div></body></html>");

        Assert.Equal("<div class=\"section\"><h1>Role</h1><p>Build.</p></div>", body);
    }
}
