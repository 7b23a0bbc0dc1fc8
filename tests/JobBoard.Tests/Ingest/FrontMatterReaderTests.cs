using System.Text;
using JobBoard.Ingest;
using JobBoard.Model;

namespace JobBoard.Tests.Ingest;

public class FrontMatterReaderTests
{
    /// <summary>The schema of seed 001 (careers-page export with camelCase keys and quoted booleans).</summary>
    private const string Seed001Schema = """
        ---
        title: "Sr. Backend Software Engineer"
        location: "Remote job"
        host: "https://careers.astronomer.io/"
        companyName: "Astronomer"
        url: "https://careers.astronomer.io/o/sr"
        applyUrl: "https://careers.astronomer.io/o/sr/c/new"
        timestamp: 1611705600000
        hashtags: "#reactjs,#kubernetes,#rest"
        featured: 4
        archived: "true"
        ---

        ## Job description
        """;

    [Theory]
    [InlineData("title", "Sr. Backend Software Engineer", 2, 8)]
    [InlineData("companyName", "Astronomer", 5, 14)]
    [InlineData("applyUrl", "https://careers.astronomer.io/o/sr/c/new", 7, 11)]
    [InlineData("timestamp", "1611705600000", 8, 12)] // digits as written, not a double
    [InlineData("hashtags", "#reactjs,#kubernetes,#rest", 9, 11)]
    [InlineData("featured", "4", 10, 11)]
    [InlineData("archived", "true", 11, 11)] // "true" in quotes reads as true
    public void Seed_001_schema_gives_keys_with_file_lines_and_value_columns(string key, string value, int line, int column)
    {
        var outcome = FrontMatterReader.Read(new SourceFile("jobs/x.txt", Seed001Schema));

        Assert.Empty(outcome.Diagnostics);
        var field = Assert.Single(outcome.Value!.Fields, f => f.Key == key);
        Assert.Equal(value, Assert.Single(field.Values));
        Assert.Equal((line, column), (field.Line, field.Column));
        Assert.Equal(FieldOrigin.FrontMatter, field.Origin);
    }

    [Fact]
    public void Seed_001_schema_body_starts_after_the_closing_fence()
    {
        var fm = FrontMatterReader.Read(new SourceFile("jobs/x.txt", Seed001Schema)).Value!;

        Assert.Equal(13, fm.BodyLine);
        Assert.Equal("\n## Job description", fm.Body);
        Assert.Equal(10, fm.Fields.Length);
    }

    [Theory]
    [InlineData("a: 1", "a=1@2:4")]
    [InlineData("a: 1611705600000", "a=1611705600000@2:4")]
    [InlineData("a: 010", "a=010@2:4")] // not octal, not 10
    [InlineData("a: 1e3", "a=1e3@2:4")]
    [InlineData("a: 2021-01-27", "a=2021-01-27@2:4")]
    [InlineData("a: yes", "a=yes@2:4")]
    [InlineData("a: 'single'", "a=single@2:4")]
    [InlineData("a:", "a=@2:3")] // empty: no value, positioned after the colon
    [InlineData("a: ~", "a=@2:4")]
    [InlineData("a: null", "a=@2:4")]
    [InlineData("a: \"null\"", "a=null@2:4")] // quoted: the text null
    [InlineData("a: |\n  line one\n  line two", "a=line one\nline two\n@2:4")]
    [InlineData("tags: [go, rust]", "tags=go|rust@2:8")]
    [InlineData("tags:\n  - go\n  - rust", "tags=go|rust@2:5")]
    [InlineData("tags: []", "tags=@2:7")]
    [InlineData("hiringOrganization:\n  name: Acme\n  sameAs: https://acme.example", "hiringOrganization.name=Acme@3:9; hiringOrganization.sameAs=https://acme.example@4:11")]
    [InlineData("a:\n  b:\n    c: deep", "a.b.c=deep@4:8")]
    [InlineData("a: {}", "a=@2:4")]
    [InlineData("jobLocation:\n  - address:\n      addressLocality: Berlin\n  - address:\n      addressLocality: Paris", "jobLocation.address.addressLocality=Berlin|Paris@4:24")]
    [InlineData("loc: [{city: A, zip: 1}, {city: B}]", "loc.city=A|B@2:14; loc.zip=1@2:22")]
    [InlineData("base: &b\n  x: 1\nc:\n  <<: *b\n  y: 2", "base.x=1@3:6; c.y=2@6:6; c.x=1@3:6")] // merge key fills in
    [InlineData("base: &b\n  x: 1\nc:\n  <<: *b\n  x: 2", "base.x=1@3:6; c.x=2@6:6")] // explicit key beats merged
    [InlineData("a: &v hello\nb: *v", "a=hello@2:4; b=hello@3:4")] // an alias: the line of its key, the column of the anchored value
    public void Flattens_yaml_into_fields(string yaml, string expected)
    {
        var outcome = FrontMatterReader.Read(new SourceFile("jobs/x.txt", $"---\n{yaml}\n---\nBody"));

        Assert.Empty(outcome.Diagnostics);
        Assert.Equal(expected, FieldText.Render(outcome.Value!.Fields));
    }

    [Theory]
    [InlineData("---\n---\nBody", "Body", 3)]
    [InlineData("---\n\n---\n", "", 4)]
    [InlineData("---\n# only a comment\n---\nBody", "Body", 4)]
    [InlineData("\n---\na: 1\n---\n\nBody", "\nBody", 5)] // blank lines before the opening fence
    public void Empty_front_matter_is_fine(string text, string body, int bodyLine)
    {
        var outcome = FrontMatterReader.Read(new SourceFile("jobs/x.txt", text));

        Assert.Empty(outcome.Diagnostics);
        Assert.Equal(body, outcome.Value!.Body);
        Assert.Equal(bodyLine, outcome.Value.BodyLine);
    }

    [Theory]
    [InlineData("---\ntitle: x\nbody without closing fence", DiagnosticCodes.FrontMatterNotClosed, 1, 1)]
    [InlineData("\n\n---\ntitle: x", DiagnosticCodes.FrontMatterNotClosed, 3, 1)]
    [InlineData("---\ntitle: x\n\tcompany: y\n---\n", DiagnosticCodes.InvalidYaml, 3, 1)] // tab indentation
    [InlineData("---\ntitle: [a: b\n---\n", DiagnosticCodes.InvalidYaml, 3, 1)]
    [InlineData("+++\ntitle = \"x\ncompany = \"Acme\"\n+++\n", DiagnosticCodes.InvalidToml, 2, 11)]
    [InlineData("+++\ntitle = \"x\"\nbody without closing fence", DiagnosticCodes.FrontMatterNotClosed, 1, 1)]
    [InlineData("---\n{\"title\": \"x\" \"company\": \"y\"}\n---\n", DiagnosticCodes.InvalidJson, 2, 15)]
    [InlineData("{\n  \"title\": \"x\",\n  \"company\"\n}\nBody", DiagnosticCodes.InvalidJson, 4, 1)]
    [InlineData("---\ntitle: x\n  bad indent: y\n---\n", DiagnosticCodes.InvalidYaml, 3, 13)]
    [InlineData("---\ntitle: \"unclosed\n---\n", DiagnosticCodes.InvalidYaml, 2, 8)]
    [InlineData("---\njust a sentence\n---\n", DiagnosticCodes.InvalidYaml, 2, 1)] // not key: value
    [InlineData("---\n- a\n- b\n---\n", DiagnosticCodes.InvalidYaml, 2, 1)]
    [InlineData("---\na: *nowhere\n---\n", DiagnosticCodes.InvalidYaml, 2, 4)]
    [InlineData("---\na: 1\n...\nb: 2\n---\n", DiagnosticCodes.InvalidYaml, 4, 1)] // a second document
    public void Broken_front_matter_is_an_error_at_its_file_line(string text, string code, int line, int column)
    {
        var outcome = FrontMatterReader.Read(new SourceFile("jobs/x.txt", text));

        Assert.Null(outcome.Value);
        var error = Assert.Single(outcome.Diagnostics);
        Assert.Equal((code, line, column), (error.Code, error.Line, error.Column));
        Assert.True(error.IsError);
        Assert.NotNull(error.Hint);
    }

    [Fact]
    public void Unclosed_front_matter_hint_says_what_to_add()
    {
        var error = FrontMatterReader.Read(new SourceFile("jobs/x.txt", "---\ntitle: x\n")).Diagnostics.Single();

        Assert.Contains("---", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Tab_indentation_message_names_the_tab()
    {
        var error = FrontMatterReader.Read(new SourceFile("jobs/x.txt", "---\na:\n\tb: 1\n---\n")).Diagnostics.Single();

        Assert.Contains("tab", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("+++\ntitle = \"Dev\"\ntags = [\"go\", \"sql\"]\n+++\nBody", "title=Dev@2:9; tags=go|sql@3:9")]
    [InlineData("+++\ntitle = \"Dev\"\n[org]\nname = \"Acme\"\n+++\nBody", "title=Dev@2:9; org.name=Acme@4:8")]
    [InlineData("+++\nsort_date = 2024-08-22\nopen = false\ncount = 3\n+++\n", "sort_date=2024-08-22@2:13; open=false@3:8; count=3@4:9")]
    [InlineData("---\n{\n  \"title\": {\"original\": \"Dev\"},\n  \"n\": 1.50\n}\n---\nBody", "title.original=Dev@3:25; n=1.50@4:8")]
    [InlineData("---\n{\n\t\"title\": \"Dev\",\n\t\"tags\": [\"a\", \"b\"], \"x\": null\n}\n---\n", "title=Dev@3:11; tags=a|b@4:11; x=@4:27")]
    [InlineData("{\n  \"title\": \"Dev\"\n}\nBody", "title=Dev@2:12")] // a bare JSON block, as Hugo reads it
    public void Toml_and_json_front_matter_flatten_like_yaml(string text, string expected)
    {
        var outcome = FrontMatterReader.Read(new SourceFile("jobs/x.txt", text));

        Assert.Empty(outcome.Diagnostics);
        Assert.Equal(expected, FieldText.Render(outcome.Value!.Fields));
    }

    [Theory]
    [InlineData("+++\ntitle = \"Dev\"\n+++\nBody", "Body", 4)]
    [InlineData("{\n  \"title\": \"Dev\"\n}\nBody", "Body", 4)]
    public void Toml_and_json_bodies_start_after_the_closing_line(string text, string body, int bodyLine)
    {
        var fm = FrontMatterReader.Read(new SourceFile("jobs/x.txt", text)).Value!;

        Assert.Equal((body, bodyLine), (fm.Body, fm.BodyLine));
    }

    [Theory]
    [InlineData("hiring:\n  \tname: y", "hiring.name=y@3:11", 3)] // a tab in indentation: two spaces (columns as read)
    [InlineData("hiring:\n\tname: y\n\turl: u", "hiring.name=y@3:9; hiring.url=u@4:8", 3)]
    [InlineData("title: Berlin: Mitte\ncompany: Acme", "title=Berlin: Mitte@2:8; company=Acme@3:10", 2)] // a colon in a plain value
    [InlineData("text: \"first\nsecond line\nthird\"\nb: 1", "text=first second line third@2:7; b=1@5:4", 2)] // quoted value's lines at column 1
    public void Yaml_slips_that_jekyll_accepts_are_read_with_a_warning(string yaml, string expected, int line)
    {
        var outcome = FrontMatterReader.Read(new SourceFile("jobs/x.txt", $"---\n{yaml}\n---\nBody"));

        Assert.Equal(expected, FieldText.Render(outcome.Value!.Fields));
        var warning = Assert.Single(outcome.Diagnostics);
        Assert.Equal((DiagnosticCodes.LenientYaml, line, false), (warning.Code, warning.Line, warning.IsError));
    }

    [Theory]
    [InlineData("title: A\ntitle: B", "title=B@3:8", 3)] // last wins, warned at the later key
    [InlineData("org:\n  name: A\n  name: B", "org.name=B@4:9", 4)]
    [InlineData("org:\n  name: A\norg:\n  url: u", "org.url=u@5:8", 4)] // a duplicate map replaces all of it
    public void Duplicate_keys_warn_and_the_last_value_wins(string yaml, string expected, int line)
    {
        var outcome = FrontMatterReader.Read(new SourceFile("jobs/x.txt", $"---\n{yaml}\n---\n"));

        Assert.Equal(expected, FieldText.Render(outcome.Value!.Fields));
        var warning = Assert.Single(outcome.Diagnostics);
        Assert.Equal((DiagnosticCodes.DuplicateKey, line, false), (warning.Code, warning.Line, warning.IsError));
    }

    [Fact]
    public void Billion_laughs_is_refused_as_too_complex()
    {
        var yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 'b'; level <= 'j'; level++)
        {
            var previous = (char)(level - 1);
            yaml.Append(level).Append(": &").Append(level).Append(" [")
                .AppendJoin(", ", Enumerable.Repeat("*" + previous, 9)).Append("]\n");
        }

        var outcome = FrontMatterReader.Read(new SourceFile("jobs/x.txt", $"---\n{yaml}---\nBody"));

        Assert.Null(outcome.Value);
        Assert.Equal(DiagnosticCodes.YamlTooComplex, Assert.Single(outcome.Diagnostics).Code);
    }

    [Theory]
    [InlineData(64, false)]
    [InlineData(65, true)]
    [InlineData(10_000, true)]
    public void Nesting_deeper_than_64_is_too_complex(int depth, bool tooComplex)
    {
        // The top-level mapping is the first level.
        var yaml = "a: " + new string('[', depth - 1) + new string(']', depth - 1);

        var outcome = FrontMatterReader.Read(new SourceFile("jobs/x.txt", $"---\n{yaml}\n---\n"));

        Assert.Equal(tooComplex, outcome.Diagnostics.Any(d => d.Code == DiagnosticCodes.YamlTooComplex));
        Assert.Equal(tooComplex, outcome.Value is null);
    }

    [Fact]
    public void Deep_block_mapping_is_too_complex()
    {
        var yaml = string.Concat(Enumerable.Range(0, 80).Select(i => new string(' ', i * 2) + "k:\n")) + new string(' ', 160) + "k: v";

        var outcome = FrontMatterReader.Read(new SourceFile("jobs/x.txt", $"---\n{yaml}\n---\n"));

        Assert.Equal(DiagnosticCodes.YamlTooComplex, Assert.Single(outcome.Diagnostics).Code);
    }

    [Theory]
    [InlineData(4_000, false)]
    [InlineData(10_001, true)]
    public void More_than_ten_thousand_nodes_is_too_complex(int items, bool tooComplex)
    {
        var yaml = "tags: [" + string.Join(", ", Enumerable.Repeat("x", items)) + "]";

        var outcome = FrontMatterReader.Read(new SourceFile("jobs/x.txt", $"---\n{yaml}\n---\n"));

        Assert.Equal(tooComplex, outcome.Diagnostics.Any(d => d.Code == DiagnosticCodes.YamlTooComplex));
    }

    [Fact]
    public void Text_without_front_matter_is_all_body()
    {
        var outcome = FrontMatterReader.Read(new SourceFile("jobs/x.txt", "# Title\n\n---\n\nmore"));

        Assert.Empty(outcome.Value!.Fields);
        Assert.Equal("# Title\n\n---\n\nmore", outcome.Value.Body);
        Assert.Equal(1, outcome.Value.BodyLine);
    }
}
