using JobBoard.Normalize;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Normalize;

public class TextInferenceTests
{
    [Theory]
    [InlineData("Confluent is pioneering a new category of data infrastructure.", "Confluent")]
    [InlineData("At Confluent, we build the platform for data in motion.", "Confluent")]
    [InlineData("As a backend engineer at Kestra, you'll work on the open-source core.", "Kestra")]
    [InlineData("Join Acme as our first designer.", "Acme")]
    [InlineData("Join Lumen & Co in shaping the future of invoicing.", "Lumen & Co")]
    [InlineData("Acme is looking for a product designer.", "Acme")]
    [InlineData("Northwind Labs is hiring engineers in Lisbon.", "Northwind Labs")]
    [InlineData("Acme is a profitable, bootstrapped software company.", "Acme")]
    [InlineData("Brightline Bank is a digital bank serving small businesses.", "Brightline Bank")]
    [InlineData("Tidewater Health is a healthcare software provider for clinics.", "Tidewater Health")]
    [InlineData("Astronomer is a rapidly growing startup with a mission.", "Astronomer")]
    [InlineData("Café Numérique is a small consultancy in Lyon.", "Café Numérique")]
    [InlineData("DescriptionConfluent is pioneering data in motion.", "Confluent")]
    [InlineData("This role is owned by Foobar, Inc. and its affiliates.", "Foobar")]
    [InlineData("We are a fast-growing technology company.", null)]
    [InlineData("Our team is hiring across Europe.", null)]
    [InlineData("The company is a leader in payments.", null)]
    [InlineData("This is a great company to work for.", null)]
    [InlineData("It is a startup.", null)]
    [InlineData("You is looking for nothing.", null)]
    [InlineData("At least 5 years of experience, ideally more.", null)]
    [InlineData("Python is a must; Kubernetes is a platform we use.", null)]
    [InlineData("Join us as a Staff Engineer.", null)]
    [InlineData("Everyone is welcome.", null)]
    [InlineData("", null)]
    [InlineData("## About Northwind\n\nWe build boats.", "Northwind")]
    [InlineData("**About the Lumen Foundation**\nWe fund schools.", "Lumen Foundation")]
    [InlineData("# About Patch:\nWe plant trees.", "Patch")]
    [InlineData("## About Growth Labs (GL)\nWe grow.", "Growth Labs")]
    [InlineData("## À propos de l’Agence du Test\nNous testons.", "Agence du Test")]
    [InlineData("## À propos d’Exemplia\nNous testons.", "Exemplia")]
    [InlineData("Über Beispiel GmbH\nWir bauen Brücken.", "Beispiel GmbH")]
    [InlineData("ABOUT GLOBEX CORP:\nAt Globex Corp, we sell.", "Globex Corp")]
    [InlineData("ABOUT GLOBEX CORP:\nWe sell everything.", null)]
    [InlineData("## About the role\nAcme is hiring.", "Acme")]
    [InlineData("## About Us\nWe sell.\n## About You\nYou buy.", null)]
    [InlineData("## About your team\n## About Initech\nWe sell.", "Initech")]
    [InlineData("About 50 people work here", null)]
    [InlineData("The Northern Data Office (NDO) is changing how cities share data.", "Northern Data Office")]
    [InlineData("## Summary\n\nLe Bureau numérique régional (BNR) change la façon de travailler.", "Bureau numérique régional")]
    [InlineData("The Office of Open Records (OOR) hires.", "Office of Open Records")]
    [InlineData("The Canadian Data Service (CS) is new.", null)]
    [InlineData("We use the Open Data Portal (ODP) daily.", null)]
    [InlineData("One.\n\nTwo.\n\nThe Northern Data Office (NDO) is changing.", null)]
    [InlineData("SignalPlus recrute un·e stagiaire.", "SignalPlus")]
    [InlineData("transport.example.fr recrute un.e responsable des données", "transport.example.fr")]
    [InlineData("L'incubateur de la DIRNUM recherche des développeurs.", "DIRNUM")]
    [InlineData("Vous souhaitez rejoindre la startup Exemplo ?", "Exemplo")]
    [InlineData("Rejoignez Exemplo pour changer les choses.", "Exemplo")]
    [InlineData("Beispiel GmbH sucht eine Entwicklerin.", "Beispiel GmbH")]
    [InlineData("Nous recherchons un développeur.", null)]
    [InlineData("Le candidat recherche un poste.", null)]
    [InlineData("See e.g. is a company of letters.", null)]
    [InlineData("Write to jobs@acme.example.com is hiring", null)]
    public void Company_is_named_only_by_clear_sentences(string text, string? company) =>
        Assert.Equal(company, TextInference.Company(text)?.Name);

    [Fact]
    public void Company_that_recurs_wins_and_its_first_mention_gives_the_line()
    {
        const string text = "Intro line\nAt Globex, we ship.\nJoin Initech as an intern.\nGlobex is hiring. Globex pays well.";
        Assert.Equal(("Globex", 2), TextInference.Company(text));
    }

    [Theory]
    [InlineData("We're seeking a talented Backend Engineer to design APIs.", "Backend Engineer")]
    [InlineData("We are looking for a Senior Data Engineer.", "Senior Data Engineer")]
    [InlineData("We are looking for a passionate, hard-working, and talented Senior Software Engineer to join", "Senior Software Engineer")]
    [InlineData("We're hiring a Staff Platform Engineer in Berlin.", "Staff Platform Engineer")]
    [InlineData("Join us as a Frontend Developer and own the UI.", "Frontend Developer")]
    [InlineData("As a backend engineer at Kestra, you'll work on plugins.", "Backend Engineer")]
    [InlineData("Backend engineers at Confluent work on diverse challenges.", "Backend Engineer")]
    [InlineData("We are seeking a Sr. Machine Learning Engineer.", "Sr. Machine Learning Engineer")]
    [InlineData("We're looking for an experienced Tech Lead.", "Tech Lead")]
    [InlineData("We are looking for great engineers to come join us.", null)]
    [InlineData("We are looking for self-motivated team members.", null)]
    [InlineData("We’re actively hiring for various backend engineering teams.", null)]
    [InlineData("You will work with software engineers and designers.", null)]
    [InlineData("No role here at all.", null)]
    [InlineData("", null)]
    public void Title_is_taken_from_hiring_sentences(string text, string? title) =>
        Assert.Equal(title, TextInference.Title(text)?.Title);

    [Fact]
    public void Title_line_is_where_the_sentence_is()
    {
        const string text = "# Careers\n\nWe build things.\nWe're seeking a talented Backend Engineer.";
        Assert.Equal(("Backend Engineer", 4), TextInference.Title(text));
    }

    [SeedFact]
    public void Seeds_name_their_company_or_stay_empty()
    {
        var expected = new (string Seed, string? Company)[]
        {
            ("000", "Kestra"), ("001", "Astronomer"), ("002", null), ("003", null), ("004", "Confluent"),
        };
        foreach (var (seed, company) in expected)
        {
            Assert.Equal((seed, company), (seed, TextInference.Company(SeedFiles.Text(seed))?.Name));
        }
    }

    [SeedFact]
    public void Seeds_give_the_role_they_hire_for()
    {
        var expected = new (string Seed, string Title)[]
        {
            ("000", "Backend Engineer"), ("001", "Senior Software Engineer"), ("002", "Backend Engineer"),
            ("003", "Senior Software Engineer"), ("004", "Backend Engineer"),
        };
        foreach (var (seed, title) in expected)
        {
            Assert.Equal((seed, title), (seed, TextInference.Title(SeedFiles.Text(seed))?.Title));
        }
    }

    [FsCheck.Xunit.Property]
    public void Inference_never_throws(string? text)
    {
        _ = TextInference.Company(text ?? string.Empty);
        _ = TextInference.Title(text ?? string.Empty);
    }
}
