using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace JobBoard.Output;

/// <summary>
/// Values from postings and file names as they may be printed on a terminal or in a CI log:
/// every control character (C0, DEL and C1) shown as an escape, <c>\n</c> or <c>\x1b</c>. Raw, an
/// escape sequence in a posting could retitle the terminal, clear the screen or hide text
/// (<c>\x1b]0;title\x07</c>, <c>\x1b[2J</c>), and a newline in a file name could forge a line of
/// output: a diagnostic, or a GitHub workflow command (<c>::error ...</c>) in a CI log. The escapes
/// are for reading, not for decoding: a backslash is left as it is.
/// </summary>
public static class TerminalText
{
    /// <summary>Control characters with a short escape of their own; the others are shown as <c>\xHH</c>.</summary>
    private static readonly FrozenDictionary<char, string> Named = new Dictionary<char, string>
    {
        ['\n'] = "\\n",
        ['\r'] = "\\r",
        ['\t'] = "\\t",
    }.ToFrozenDictionary();

    /// <summary>Exactly the characters <see cref="char.IsControl(char)"/> accepts: U+0000–U+001F and U+007F–U+009F.</summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(char.IsControl)]);

    /// <summary><paramref name="text"/> with its control characters escaped; the same string when it has none.</summary>
    public static string Escape(string text)
    {
        var next = text.AsSpan().IndexOfAny(Controls);
        if (next < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        var done = 0;
        while (next >= 0)
        {
            var at = done + next;
            escaped.Append(text, done, next);
            var c = text[at];
            escaped.Append(Named.TryGetValue(c, out var name) ? name : string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"));
            done = at + 1;
            next = text.AsSpan(done).IndexOfAny(Controls);
        }

        return escaped.Append(text, done, text.Length - done).ToString();
    }
}
