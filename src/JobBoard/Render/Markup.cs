using System.Buffers;
using System.Text;

namespace JobBoard.Render;

/// <summary>
/// Text already safe where a template places it (a memoized card, the JSON-LD of a script element), kept as UTF-8 and
/// written as it is: the theme's formatter (<see cref="JobViewPartials.Formatter"/>) writes it unencoded, straight into
/// the page, with no string made of it.
/// </summary>
public sealed class Markup(ReadOnlyMemory<byte> utf8)
{
    /// <summary>Writes the text to <paramref name="output"/> in one call: as its bytes into a page being written, else
    /// decoded into a rented buffer (Handlebars.Net renders an indented partial into a string writer of its own).</summary>
    public void WriteTo(TextWriter output)
    {
        if (output is PageWriter page)
        {
            page.WriteUtf8(utf8.Span);
            return;
        }

        var chars = ArrayPool<char>.Shared.Rent(utf8.Length);
        try
        {
            output.Write(chars, 0, Encoding.UTF8.GetChars(utf8.Span, chars));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The text's UTF-8, good as long as the markup is.</summary>
    public ReadOnlySpan<byte> Utf8 => utf8.Span;

    public override string ToString() => Encoding.UTF8.GetString(utf8.Span);
}
