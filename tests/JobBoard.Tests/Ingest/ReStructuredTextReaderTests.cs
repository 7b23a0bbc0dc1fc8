using JobBoard.Ingest;

namespace JobBoard.Tests.Ingest;

public class ReStructuredTextReaderTests
{
    [Theory]
    [InlineData("Go Developer\n============\n\nText.", "title=Go Developer@1:1")]
    [InlineData("\n==============\n Go Developer\n==============\n\nText.", "title=Go Developer@3:2")] // overlined
    [InlineData("Dev\n===\n\n`Acme AG <https://acme.example>`__ (Berlin / Leipzig)\n---------------------------------------------\n\nText.",
        "title=Dev@1:1; company=Acme AG@4:1; companyWebsite=https://acme.example@4:1; location=Berlin / Leipzig@4:1")]
    [InlineData("Dev\n===\n\nAcme AG | Remote\n----------------\n\nText.", "title=Dev@1:1; subtitle=Acme AG|Remote@4:1")]
    [InlineData("Dev\n===\n\nText.\n\nAbout\n-----\n\nMore.", "title=Dev@1:1")] // a section after text is no subtitle
    [InlineData("Just text.\n\nMore.", "")]
    public void Title_and_subtitle_come_from_the_first_section_titles(string text, string fields) =>
        Assert.Equal(fields, FieldText.Render(ReStructuredTextReader.Read(text).Fields));

    [Theory]
    [InlineData(":Ort: Berlin\n:Gehalt: 50.000 EUR\n  im Jahr\n\nText.", "Ort=Berlin@1:7; Gehalt=50.000 EUR im Jahr@2:10")]
    [InlineData("Dev\n===\n\nIntro.\n\nKontakt\n~~~~~~~\n\nBerlin\n   Ann <ann@acme.example>\n", "title=Dev@1:1; apply=mailto:ann@acme.example@10:1")]
    [InlineData("Dev\n===\n\nIntro.\n\nKontakt Information\n~~~~~~~~~~~~~~~~~~~\n\nSee https://acme.example/jobs\n", "title=Dev@1:1; apply=https://acme.example/jobs@9:1")]
    [InlineData("Dev\n===\n\nIntro.\n\nAbout\n~~~~~\n\nMail hr@acme.example\n", "title=Dev@1:1")] // not a contact section
    [InlineData("Dev\n===\n\nIntro.\n\nContact\n~~~~~~~\n\nCall us.\n\nAbout\n~~~~~\n\nMail hr@acme.example\n", "title=Dev@1:1")]
    public void Field_lists_and_the_contact_section_become_fields(string text, string fields) =>
        Assert.Equal(fields, FieldText.Render(ReStructuredTextReader.Read(text).Fields));

    [Theory]
    [InlineData("Dev\n===\n\nIntro\n\nProfil\n~~~~~~\n\n-  Go\n-  Rust\n   and C", "Intro\n\n## Profil\n\n-  Go\n-  Rust\n   and C\n")]
    [InlineData("Dev\n===\n\nSub\n---\n\nAaa\n~~~\n\nBbb\n^^^\n\nText", "## Aaa\n\n### Bbb\n\nText\n")] // levels after title and subtitle
    [InlineData("See `our site <https://acme.example>`_ and ``make``.", "See [our site](https://acme.example) and `make`.\n")]
    [InlineData("Text.\n\n.. image:: logo.png\n   :alt: Logo\n\n.. a comment\n\nMore.", "Text.\n\nMore.\n")]
    [InlineData(":Ort: Berlin\n\nText.", "Text.\n")] // fields leave the body
    public void The_body_becomes_markdown(string text, string body) =>
        Assert.Equal(body, ReStructuredTextReader.Read(text).Body);
}
