using JobBoard.Model;
using JobBoard.Normalize;

namespace JobBoard.Tests.Normalize;

public class TaxonomyTests
{
    private static readonly Lazy<Taxonomy> Real = new(() =>
    {
        var path = NormalizeTestFiles.RepositoryFile(Path.Combine("input", "taxonomy.yml"));
        return Taxonomy.Parse(File.ReadAllText(path), "taxonomy.yml").Value!;
    });

    private static Taxonomy Skills => Real.Value;

    [Theory]
    [InlineData("reactjs", "react")]
    [InlineData("React.js", "react")]
    [InlineData("ReactJS", "react")]
    [InlineData("#reactjs", "react")]
    [InlineData("  React  ", "react")]
    [InlineData("K8s", "kubernetes")]
    [InlineData("#kubernetes", "kubernetes")]
    [InlineData("golang", "go")]
    [InlineData("Go", "go")]
    [InlineData("Postgres", "postgresql")]
    [InlineData("PostgreSQL", "postgresql")]
    [InlineData("node", "nodejs")]
    [InlineData("Node.js", "nodejs")]
    [InlineData("NodeJS", "nodejs")]
    [InlineData("node js", "nodejs")]
    [InlineData("vue", "vue")]
    [InlineData("Vue.js", "vue")]
    [InlineData("VueJS", "vue")]
    [InlineData("C#", "csharp")]
    [InlineData("c sharp", "csharp")]
    [InlineData("C++", "cpp")]
    [InlineData("C", "c")]
    [InlineData("F#", "fsharp")]
    [InlineData(".NET", "dotnet")]
    [InlineData("dotnet", "dotnet")]
    [InlineData(".NET Core", "dotnet")]
    [InlineData(".NET 8", "dotnet")]
    [InlineData("ASP.NET Core", "aspnet")]
    [InlineData("Spring Boot", "spring-boot")]
    [InlineData("spring-boot", "spring-boot")]
    [InlineData("Spring", "spring")]
    [InlineData("Kafka Streams", "kafka-streams")]
    [InlineData("Apache Kafka", "kafka")]
    [InlineData("GCP", "gcp")]
    [InlineData("Google Cloud", "gcp")]
    [InlineData("AWS", "aws")]
    [InlineData("Amazon Web Services", "aws")]
    [InlineData("AWS (EC2, RDS, Lambda, ECS)", "aws")]
    [InlineData("CI/CD", "ci-cd")]
    [InlineData("ci-cd", "ci-cd")]
    [InlineData("REST", "rest")]
    [InlineData("RESTful APIs", "rest")]
    [InlineData("restful", "rest")]
    [InlineData("Python 3.12", "python")]
    [InlineData("Java 17+", "java")]
    [InlineData("**Docker**", "docker")]
    [InlineData("\"GraphQL\"", "graphql")]
    [InlineData("Ruby on Rails", "rails")]
    [InlineData("scikit-learn", "scikit-learn")]
    [InlineData("Objective-C", "objective-c")]
    public void Known_spellings_map_to_the_canonical_id(string raw, string id) =>
        Assert.Equal(new TagMatch(id, true), Skills.Canonicalize(raw));

    [Theory]
    [InlineData("Foo Bar", "foo-bar")]
    [InlineData("#management", "management")]
    [InlineData("API Development", "api-development")]
    [InlineData("Café Numérique", "cafe-numerique")]
    [InlineData("Straße", "strasse")]
    [InlineData("  Data   Governance (team) ", "data-governance")]
    [InlineData("AWS SQS/SNS", "aws-sqs-sns")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("#", "")]
    [InlineData("!!! ???", "")]
    [InlineData("日本語", "")]
    [InlineData("İstanbul", "istanbul")] // the one slug function of the site, as for companies and places
    [InlineData("NUL", "nul-1")]
    public void Unknown_tags_become_slugs(string raw, string slug) =>
        Assert.Equal(new TagMatch(slug, false), Skills.Canonicalize(raw));

    [Fact]
    public void Unknown_slugs_are_capped_at_a_word_boundary_free_length()
    {
        var match = Skills.Canonicalize(string.Concat(Enumerable.Repeat("word ", 100)));
        Assert.False(match.Known);
        Assert.InRange(match.Id.Length, 1, Slugger.MaxLength);
        Assert.False(match.Id.EndsWith('-'));
    }

    [Theory]
    [InlineData("We go to market fast and rest on weekends.", "")]
    [InlineData("Experience with Kafka & Kafka Streams.", "kafka kafka-streams")]
    [InlineData("Having some experience with Kafka and Kafka Streams", "kafka kafka-streams")]
    [InlineData("C++ and C#", "cpp csharp")]
    [InlineData("C / C++, Python, etc.", "cpp python")]
    [InlineData("Build services in Golang on Kubernetes.", "go kubernetes")]
    [InlineData("Node.js, NodeJS and node js", "nodejs")]
    [InlineData("a cluster node", "")]
    [InlineData("We use .NET 8 and ASP.NET Core.", "dotnet aspnet")]
    [InlineData("Spring Boot services; spring is our favourite season", "spring-boot")]
    [InlineData("Solid understanding of RESTful APIs and GraphQL", "rest graphql")]
    [InlineData("Fluent with Java, not JavaScript", "java javascript")]
    [InlineData("Reactive systems, Javanese food", "")]
    [InlineData("CI/CD pipelines in GitHub Actions", "ci-cd github-actions")]
    [InlineData("Vue.js or React; Vue 3 preferred", "vue react")]
    [InlineData("Postgres, then PostgreSQL again", "postgresql")]
    [InlineData("Kafka,\nStreams of data", "kafka")]
    [InlineData("#LI-Remote", "")]
    [InlineData("", "")]
    [InlineData("Familiarity with Git and GitHub", "git github")]
    [InlineData("Tooling: GitHub, CircleCI", "circleci github")]
    [InlineData("Scripting languages (Python, Shell) are a plus", "python bash")]
    [InlineData("Backend in Python & Go", "python go")]
    [InlineData("Send us your GitHub profile and a CV", "")]
    [InlineData("Python is required.\nGo to the office on Mondays", "python")]
    [InlineData("We write Python and go home early", "python")]
    [InlineData("Twisted Python knowledge is an asset; a twisted plot is not", "twisted")]
    [InlineData("Experience in community organizing and GOTV programs", "organizing gotv")]
    [InlineData("Maîtrise des réseaux sociaux et de la gestion de projet", "social-media project-management")]
    [InlineData("Nous cherchons un·e business developer", "business-development")]
    [InlineData("l’infrastructure en tant que code", "infrastructure-as-code")]
    [InlineData("Gute Kenntnisse von Debian und Virtualisierung", "debian virtualization")]
    [InlineData("Experience working with agile methodology", "agile")]
    [InlineData("an agile team that ships", "")]
    public void Skills_are_found_in_prose(string text, string ids)
    {
        var expected = ids.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected, Skills.FindInText(text));
    }

    [Fact]
    public void Stack_of_a_real_posting_is_found_in_order()
    {
        const string text = "**Backend:** Java, Micronaut\n**Frontend:** Vue.js, Bootstrap\n**Datastore:** Kafka, Elasticsearch, PostgreSQL, MySQL";
        // Bootstrap is an ambiguous word ("a bootstrapped startup"), named here by the list it stands in.
        Assert.Equal("java micronaut vue kafka elasticsearch postgresql mysql bootstrap", string.Join(' ', Skills.FindInText(text)));
    }

    [Theory]
    [InlineData("kubernets", "kubernetes")]
    [InlineData("postgress", "postgresql")]
    [InlineData("reactjss", "react")]
    [InlineData("terrafrom", "terraform")]
    [InlineData("react", "react")]
    [InlineData("managment", null)]
    [InlineData("xy", null)]
    [InlineData("", null)]
    public void Nearest_suggests_close_spellings_only(string id, string? expected) =>
        Assert.Equal(expected, Skills.Nearest(id));

    [Fact]
    public void Display_names_come_from_the_file()
    {
        Assert.Equal("C#", Skills.DisplayName("csharp"));
        Assert.Equal("Spring Boot", Skills.DisplayName("spring-boot"));
        Assert.Equal("not-a-skill", Skills.DisplayName("not-a-skill"));
        Assert.True(Skills.IsKnown("kubernetes"));
        Assert.False(Skills.IsKnown("k8s"));
    }

    [Fact]
    public void The_real_taxonomy_parses_clean()
    {
        var path = NormalizeTestFiles.RepositoryFile(Path.Combine("input", "taxonomy.yml"));
        var outcome = Taxonomy.Parse(File.ReadAllText(path), "taxonomy.yml");

        Assert.Empty(outcome.Diagnostics);
        Assert.NotNull(outcome.Value);
        Assert.True(outcome.Value.Count >= 200, $"only {outcome.Value.Count} skills");
    }

    [Theory]
    [InlineData("react:\n  name: React\n    synonyms: [reactjs]\n", 3)]
    [InlineData("React:\n  name: React\n", 1)]
    [InlineData("react:\n  name: React\nvue:\n  synonym: [vuejs]\n", 4)]
    [InlineData("react:\n  name: React\nvue:\n  synonyms: [vuejs]\n", 3)]
    [InlineData("react:\n  name: React\npreact:\n  name: Preact\n  synonyms: [REACT]\n", 3)]
    [InlineData("go:\n  name: Go\n  ambiguous: maybe\n", 3)]
    [InlineData("go:\n  name: Go\n  ambiguous: [golang]\n", 1)]
    [InlineData("- react\n- vue\n", 1)]
    [InlineData("react:\n  name: React\ncon:\n  name: Con\n", 3)] // a skill id is a tag's folder: never a Windows device name
    public void Bad_taxonomy_gives_a_diagnostic_with_its_line(string yaml, int line)
    {
        var outcome = Taxonomy.Parse(yaml, "taxonomy.yml");

        Assert.NotEmpty(outcome.Diagnostics);
        Assert.All(outcome.Diagnostics, d => Assert.Equal((DiagnosticCodes.InvalidSiteConfig, "taxonomy.yml", true), (d.Code, d.File, d.IsError)));
        Assert.Equal(line, outcome.Diagnostics[0].Line);
    }

    [Fact]
    public void A_bad_entry_is_skipped_and_the_rest_is_kept()
    {
        var outcome = Taxonomy.Parse("react:\n  name: React\nvue:\n  nme: Vue\n", "taxonomy.yml");

        Assert.True(outcome.HasErrors);
        Assert.True(outcome.Value!.IsKnown("react"));
        Assert.False(outcome.Value.IsKnown("vue"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("react: {name: React}\nreact: {name: React again}\n")]
    [InlineData("a: &x [*x]\n")]
    [InlineData("\t\u0000\uFFFF: :")]
    [InlineData("react: {name: React, synonyms: {a: b}}")]
    [InlineData("react: {name: [React]}")]
    public void Parse_never_throws(string yaml)
    {
        var outcome = Taxonomy.Parse(yaml, "taxonomy.yml");
        Assert.True(outcome.Value is not null || outcome.HasErrors);
    }

    [Fact]
    public void Empty_taxonomy_keeps_every_tag_as_a_slug()
    {
        Assert.Equal(new TagMatch("reactjs", false), Taxonomy.Empty.Canonicalize("#ReactJS"));
        Assert.Empty(Taxonomy.Empty.FindInText("React and Kubernetes"));
        Assert.Null(Taxonomy.Empty.Nearest("react"));
    }

    [FsCheck.Xunit.Property]
    public bool Canonicalize_and_FindInText_never_throw(string? text)
    {
        text ??= string.Empty;
        var match = Skills.Canonicalize(text);
        _ = Skills.FindInText(text);
        _ = Skills.Nearest(text);
        return match.Known ? Skills.IsKnown(match.Id) : match.Id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
    }
}
