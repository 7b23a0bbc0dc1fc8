extern alias cli;

using cli::JobBoard.Cli.Serve;

namespace JobBoard.Tests.Serve;

public sealed class SitePathTests
{
    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/jobs/x/", "jobs/x/index.html")]
    [InlineData("/feed.xml", "feed.xml")]
    [InlineData("/assets/style.0123456789.css", "assets/style.0123456789.css")]
    [InlineData("/tags/c%23/", "tags/c#/index.html")]
    public void Pretty_urls_map_to_files(string path, string file)
    {
        var target = SitePath.Resolve(path);
        Assert.False(target.Refused);
        Assert.Equal(file, target.File);
    }

    [Fact]
    public void A_path_without_trailing_slash_may_be_a_folder() =>
        Assert.Equal("jobs/x/index.html", SitePath.Resolve("/jobs/x").DirectoryFile);

    [Theory]
    [InlineData("/../etc/passwd")]
    [InlineData("/..%2f..%2fetc/passwd")]
    [InlineData("/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/jobs/..%5c..%5cetc%5cpasswd")]
    [InlineData("/..\\..\\etc\\passwd")]
    [InlineData("//etc/passwd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/%252e%252e/x")]
    [InlineData("/x%00.html")]
    [InlineData("/./index.html")]
    public void Traversal_attempts_are_refused(string path) => Assert.True(SitePath.Resolve(path).Refused);
}
