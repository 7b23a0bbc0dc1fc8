using System.Collections.Immutable;
using System.Text;

namespace JobBoard.Tests.Security;

/// <summary>
/// The script-injection vectors of <c>xss-vectors.txt</c>: one a line, <c>#</c> comments, and
/// <c>\t</c>, <c>\n</c>, <c>\r</c>, <c>\\</c> for the characters a line cannot hold.
/// </summary>
public static class XssCorpus
{
    public static string FilePath { get; } = Path.Combine(AppContext.BaseDirectory, "Security", "xss-vectors.txt");

    public static ImmutableArray<string> Vectors { get; } = Load(FilePath);

    public static ImmutableArray<string> Load(string path) =>
    [
        .. File.ReadAllLines(path)
            .Where(line => line.Trim().Length > 0 && !line.StartsWith('#'))
            .Select(Unescape),
    ];

    private static string Unescape(string line)
    {
        var text = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] is 't' or 'n' or 'r' or '\\')
            {
                text.Append(line[++i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => '\\' });
            }
            else
            {
                text.Append(line[i]);
            }
        }

        return text.ToString();
    }
}
