using System.Collections.Immutable;
using JobBoard.Model;

namespace JobBoard.Tests.Model;

/// <summary>The sources are stored packed; every name and source comes back as it went in, in order.</summary>
public sealed class PostingSourcesTests
{
    private static Posting With(params (string Name, string Source)[] sources) => new()
    {
        File = "jobs/a.md",
        Format = PostingFormat.FrontMatterMarkdown,
        Slug = "a",
        Body = "",
        Sources = sources.ToImmutableSortedDictionary(s => s.Name, s => s.Source, StringComparer.Ordinal),
    };

    [Fact]
    public void Sources_read_back_exactly()
    {
        // A source longer than 127 bytes has a length of two bytes; keys come from strangers' front matter.
        (string, string)[] sources =
        [
            ("applyUrl", "apply instruction in the text (line 6)"),
            ("company", "front matter `Firma · 東京 🚀` (line 3)"),
            ("slug", ""),
            ("title", "front matter `" + new string('x', 300) + "` (line 2)"),
        ];

        var posting = With(sources);

        Assert.Equal(sources.Select(s => KeyValuePair.Create(s.Item1, s.Item2)), posting.Sources);
        Assert.Equal(posting.Sources, (posting with { Title = "t" }).Sources);
        Assert.Empty(With().Sources);
    }

    [Theory]
    [InlineData("slug", true)]
    [InlineData("title", true)]
    [InlineData("slu", false)]
    [InlineData("line 2", false)]
    public void A_field_has_a_source_when_one_is_named_for_it(string field, bool has) =>
        Assert.Equal(has, With(("slug", "front matter `slug` (line 2)"), ("title", "line 2")).HasSource(field));
}
