using System.Text;
using JobBoard.Site;

namespace JobBoard.Tests.Site;

/// <summary>A page's bytes become its file's, in an array of its own or in a pooled buffer given back once written.</summary>
public sealed class OutputFileTests
{
    private const string Page = "<p>Zürich · 東京 · 🚀 &amp; more</p>";

    [Fact]
    public void A_text_is_its_UTF8_without_a_byte_order_mark()
    {
        var file = OutputFile.Text("a/index.html", Page);

        Assert.Equal(Encoding.UTF8.GetByteCount(Page), file.Length);
        Assert.Equal(Encoding.UTF8.GetBytes(Page), file.Bytes.ToArray());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_page_copied_is_its_bytes(bool pooled)
    {
        var file = OutputFile.Copy("a/index.html", Encoding.UTF8.GetBytes(Page), pooled);

        Assert.Equal(Encoding.UTF8.GetByteCount(Page), file.Length);
        Assert.Equal(Encoding.UTF8.GetBytes(Page), file.Bytes.ToArray());
        Assert.Equal(Encoding.UTF8.GetBytes(Page), file.Content);
    }

    [Fact]
    public void A_pooled_file_is_not_read_after_its_buffer_is_given_back()
    {
        var file = OutputFile.Copy("a/index.html", Encoding.UTF8.GetBytes(Page), pooled: true);
        var copy = file.Content;

        file.Release();

        Assert.Throws<ObjectDisposedException>(() => file.Bytes);
        Assert.Equal(Encoding.UTF8.GetBytes(Page), copy);
    }

    [Fact]
    public void Releasing_a_file_of_its_own_array_keeps_it()
    {
        var file = OutputFile.Copy("a/index.html", Encoding.UTF8.GetBytes(Page), pooled: false);

        file.Release();

        Assert.Equal(Encoding.UTF8.GetBytes(Page), file.Content);
    }
}
