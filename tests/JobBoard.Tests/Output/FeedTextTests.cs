using JobBoard.Output;

namespace JobBoard.Tests.Output;

/// <summary>The text both feed formats carry (<see cref="Feed.PlainText"/>): what XML 1.0 can hold, kept; what it cannot, left out.</summary>
public sealed class FeedTextTests
{
    [Theory]
    [InlineData("Senior Go engineer", "Senior Go engineer")]
    [InlineData("Tabs\tand\nnew lines\r", "Tabs\tand\nnew lines\r")]
    [InlineData("Bell\u0007 and escape\u001b gone", "Bell and escape gone")]
    [InlineData("\u0001starts and ends\u0002", "starts and ends")]
    [InlineData("Emoji 🚀 kept", "Emoji 🚀 kept")]
    [InlineData("Not a character \uffff gone", "Not a character  gone")]
    [InlineData("", "")]
    public void Feed_text_keeps_what_XML_can_carry(string text, string expected) =>
        Assert.Equal(expected, Feed.PlainText(text));
}
