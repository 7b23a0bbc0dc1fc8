using System.Text;
using JobBoard.Ingest;
using JobBoard.Model;
using JobBoard.Normalize;
using JobBoard.Pipeline;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Normalize;

/// <summary>
/// Runs read → parse → normalize on text in memory, with the sample board's taxonomy. Not
/// BuildPipeline.ParsePosting: that one turns a crash into a diagnostic, which would hide the very
/// exceptions the property tests look for.
/// </summary>
internal static class NormalizeHelper
{
    public static readonly Lazy<Taxonomy> SampleTaxonomy = new(() =>
        Taxonomy.Parse(File.ReadAllText(Path.Combine(RepoPaths.Input, "taxonomy.yml")), "taxonomy.yml").Value!);

    public static Outcome<Posting> Run(string text, string path = "jobs/test.md")
    {
        var source = SourceReader.Read(Encoding.UTF8.GetBytes(text), path);
        if (source.Value is null)
        {
            return new(null, source.Diagnostics);
        }

        var raw = PostingParser.Parse(source.Value);
        if (raw.Value is null)
        {
            return new(null, raw.Diagnostics);
        }

        var posting = PostingNormalizer.Normalize(raw.Value, SampleTaxonomy.Value);
        return new(posting.Value, raw.Diagnostics.AddRange(posting.Diagnostics));
    }

    public static Posting Posting(string text)
    {
        var outcome = Run(text);
        Assert.NotNull(outcome.Value);
        return outcome.Value!;
    }
}
