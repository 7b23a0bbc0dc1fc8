using System.Text;
using System.Text.Json;
using JobBoard.Model;
using JobBoard.Normalize;
using JobBoard.Output;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Normalize;

/// <summary>
/// Generated postings (random front matter, Markdown, text, and mutated real postings) never
/// make read → parse → normalize throw, and normalizing is idempotent: writing a normalized
/// posting back as front matter and reading it again gives the same posting.
/// </summary>
public sealed class NormalizerPropertyTests
{
    private const int Documents = 10_000;

    [Fact]
    public void Normalizing_generated_documents_never_throws_and_is_deterministic()
    {
        var generator = new PostingGenerator(seed: 20261125);
        for (var i = 0; i < Documents; i++)
        {
            var text = generator.Next();
            var first = NormalizeHelper.Run(text);
            var second = NormalizeHelper.Run(text);
            Assert.Equal(Describe(first.Value), Describe(second.Value));
        }
    }

    [Fact]
    public void Normalizing_is_idempotent()
    {
        var generator = new PostingGenerator(seed: 7);
        var checkedCount = 0;
        for (var i = 0; i < 2_000; i++)
        {
            var text = generator.Next();
            // Only a posting that would be published must round-trip; one with errors is rejected.
            var outcome = NormalizeHelper.Run(text);
            if (outcome.HasErrors || outcome.Value is not { Title: not null } once)
            {
                continue;
            }

            var written = FrontMatterWriter.Write(once);
            var twice = NormalizeHelper.Run(written).Value;
            Assert.True(Describe(once) == Describe(twice),
                $"not idempotent for document {i}:\n{text}\n--- written as ---\n{written}\n--- difference ---\n{Snapshot.Diff(Describe(once), Describe(twice))}");
            checkedCount++;
        }

        Assert.True(checkedCount > 300, $"only {checkedCount} generated postings were free of errors");
    }

    [Fact]
    public void Sample_board_postings_are_idempotent() => AssertIdempotent(Directory.GetFiles(Path.Combine(RepoPaths.Input, "jobs")));

    [SeedFact]
    public void Seed_postings_are_idempotent() => AssertIdempotent(Directory.GetFiles(SeedFiles.Folder));

    private static void AssertIdempotent(string[] files)
    {
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var once = NormalizeHelper.Posting(File.ReadAllText(file));
            var twice = NormalizeHelper.Posting(FrontMatterWriter.Write(once));
            Assert.Equal(Describe(once), Describe(twice));
        }
    }

    /// <summary>Every normalized value except format and provenance, as comparable text. The
    /// body is passed through, not normalized: a heading that did not open the original file
    /// may open the written one, where it is then read as the title heading.</summary>
    private static string Describe(Posting? p)
    {
        if (p is null)
        {
            return "(none)";
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            PostingJson.WriteFields(json, p);
            json.WriteString("validThrough", p.ValidThrough?.ToIsoDate());
            json.WriteString("department", p.Department);
            json.WriteString("website", p.Company?.Website);
            json.WriteString("logo", p.Company?.Logo);
            json.WriteString("summary", p.Summary);
            json.WriteBoolean("featured", p.Featured);
            json.WriteString("redirectFrom", string.Join("|", p.RedirectFrom));
            json.WriteString("extra", string.Join("|", p.Extra.Select(e => e.Key + "=" + e.Value)));
            json.WriteEndObject();
        }

        var text = Encoding.UTF8.GetString(stream.ToArray());
        return text.Replace("\"format\": \"text\"", "").Replace("\"format\": \"plain-md\"", "").Replace("\"format\": \"frontmatter-md\"", "");
    }
}
