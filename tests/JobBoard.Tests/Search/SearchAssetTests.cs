using System.IO.Compression;
using JobBoard.Tests.Support;

namespace JobBoard.Tests.Search;

public sealed class SearchAssetTests
{
    private static string Script => File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "search.js"));

    [Fact]
    public void Search_script_is_at_most_10_KB_gzip_compressed()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(Script));
        }

        Assert.True(compressed.Length <= 10 * 1024, $"search.js is {compressed.Length} bytes gzipped");
    }

    [Fact]
    public void Search_script_never_writes_html()
    {
        Assert.DoesNotContain("innerHTML", Script, StringComparison.Ordinal);
        Assert.DoesNotContain("outerHTML", Script, StringComparison.Ordinal);
        Assert.DoesNotContain("insertAdjacentHTML", Script, StringComparison.Ordinal);
        Assert.DoesNotContain("document.write", Script, StringComparison.Ordinal);
    }
}
