using System.Text.RegularExpressions;
using HandlebarsDotNet;

namespace JobBoard.Render;

/// <summary>
/// <c>{{t "nav.label"}}</c> and <c>{{asset "favicon.svg"}}</c> write the same text on every page of a build: the board's
/// language and the theme's assets are fixed before the first template compiles. Such a call is written into the
/// template's source as the text it writes, HTML-encoded as the helper's output is. The native tool interprets every
/// helper call, and these were a dozen calls a page, most of them in the layout every page has.
/// </summary>
/// <remarks>A call is left as it is when its text could read differently as template source or change the whitespace
/// rules around it: text that is empty, starts or ends with white space, spans lines, or holds a brace or a backslash.
/// So is a call the helper would fail (an unknown key or asset keeps its error at render time), a call escaped with
/// <c>\</c>, one in a comment, with <c>~</c> or three braces, and every call of a template with raw blocks.</remarks>
internal static partial class ConstantCalls
{
    [GeneratedRegex("""
        (?<comment>\{\{!--.*?--\}\}|\{\{!.*?\}\})
        |(?<![\\{])\{\{\ *(?<helper>t|asset)\ +(?:"(?<argument>[^"]*)"|'(?<argument>[^']*)')\ *\}\}(?!\})
        """, RegexOptions.Singleline | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Calls();

    /// <param name="text">The text a helper writes for its one argument, or null when the call must stay (the helper
    /// would fail, or the theme has no such helper).</param>
    public static string Folded(string source, Func<string, string, string?> text, ITextEncoder encoder)
    {
        if (source.Contains("{{{{", StringComparison.Ordinal))
        {
            return source;
        }

        return Calls().Replace(source, call =>
        {
            if (call.Groups["comment"].Success || text(call.Groups["helper"].Value, call.Groups["argument"].Value) is not { } written
                || !Plain(written))
            {
                return call.Value;
            }

            var encoded = new StringWriter();
            encoder.Encode(written, encoded);
            return encoded.ToString();
        });
    }

    private static bool Plain(string text) =>
        text.Length > 0 && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]) && text.AsSpan().IndexOfAny("{}\\\r\n") < 0;
}
