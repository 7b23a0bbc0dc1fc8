using System.Globalization;
using System.Text;

namespace JobBoard.Tests.Normalize;

/// <summary>
/// One case of a parser spec file: a line <c>input =&gt; expected</c>. Blank lines and comment lines
/// (starting with <c>#</c> and without <c>=&gt;</c>, so hashtag inputs such as <c>#LI-Remote =&gt; ...</c>
/// stay cases) are ignored. In inputs, <c>&lt;null&gt;</c> and <c>&lt;empty&gt;</c> stand for
/// null and "", and <c>\n</c>, <c>\t</c>, <c>\\</c>, <c>\uXXXX</c> are escapes (so spec lines stay
/// printable and xunit can show them).
/// </summary>
public sealed record SpecCase(string Spec, int Line, string Input, string Expected)
{
    public const string Separator = "=>";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Normalize", "Specs");

    public static IEnumerable<SpecCase> Load(string path)
    {
        var spec = Path.GetFileNameWithoutExtension(path);
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 || (line.TrimStart().StartsWith('#') && !line.Contains(Separator, StringComparison.Ordinal)))
            {
                continue;
            }

            var arrow = line.LastIndexOf(Separator, StringComparison.Ordinal);
            if (arrow < 0)
            {
                throw new FormatException($"{spec}.txt:{i + 1}: no '{Separator}' in \"{line}\"");
            }

            yield return new SpecCase(spec, i + 1, line[..arrow].Trim(), line[(arrow + Separator.Length)..].Trim());
        }
    }

    /// <summary>The input as the parser receives it.</summary>
    public string? Value() => Input switch
    {
        "<null>" => null,
        "<empty>" => string.Empty,
        _ => Unescape(Input),
    };

    private static string Unescape(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 >= text.Length)
            {
                result.Append(text[i]);
                continue;
            }

            var next = text[++i];
            switch (next)
            {
                case 'n': result.Append('\n'); break;
                case 't': result.Append('\t'); break;
                case 'u' when i + 4 < text.Length:
                    result.Append((char)int.Parse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: result.Append(next); break;
            }
        }

        return result.ToString();
    }
}
