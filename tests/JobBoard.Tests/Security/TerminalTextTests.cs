using JobBoard.Output;

namespace JobBoard.Tests.Security;

/// <summary>What a terminal or CI log is shown of a value from a posting or a file name.</summary>
public sealed class TerminalTextTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "input/jobs/plain.md", "input/jobs/plain.md" },                   // nothing to escape
        { "new\nline.md", "new\\nline.md" },                                 // a line break cannot start a forged line
        { "a\r\nb", "a\\r\\nb" },                                            // nor a carriage return overwrite one
        { "tab\there", "tab\\there" },
        { "\u001b]0;title\u0007", "\\x1b]0;title\\x07" },                    // OSC: would retitle the terminal
        { "\u001b[2J\u001b[H", "\\x1b[2J\\x1b[H" },                          // CSI: would clear the screen
        { "nul\0", "nul\\x00" },
        { "del\u007f", "del\\x7f" },
        { "csi\u009b2J", "csi\\x9b2J" },                                     // C1 controls too: U+009B is a CSI of its own
        { "next\u0085line", "next\\x85line" },
        { "back\\slash \\n", "back\\slash \\n" },                            // a backslash is left as it is
        { "東京 🚀 Zu\u0308rich €", "東京 🚀 Zu\u0308rich €" },              // printable text of any script is untouched
        { "👩\u200D💻", "👩\u200D💻" },                                      // format characters are no control characters
        { "", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Control_characters_are_shown_escaped(string value, string shown)
    {
        Assert.Equal(shown, TerminalText.Escape(value));
    }

    [Fact]
    public void Text_without_control_characters_is_the_same_string()
    {
        var value = "input/jobs/plain.md";
        Assert.Same(value, TerminalText.Escape(value));
    }
}
