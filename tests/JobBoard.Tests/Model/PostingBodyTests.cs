using JobBoard.Model;

namespace JobBoard.Tests.Model;

/// <summary>The body is stored packed; what goes in comes out, character for character.</summary>
public sealed class PostingBodyTests
{
    public static TheoryData<string> Bodies() => new()
    {
        "",
        "x",
        "## About\n\nWe build *things*.\r\n\tTabs, CRLF and trailing spaces  \n",
        "Zürich · 東京 · 🚀 emoji and combining e\u0301",
        string.Concat(Enumerable.Range(0, 20_000).Select(i => $"word{i % 97} ")),
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Body_reads_back_exactly(string body)
    {
        var posting = new Posting { File = "jobs/a.md", Format = PostingFormat.FrontMatterMarkdown, Slug = "a", Body = body };
        Assert.Equal(body, posting.Body);
        Assert.Equal(body, (posting with { Title = "t" }).Body);
        Assert.Equal(body, posting.ReadBody(text => new string(text)));
    }
}
