using System.Text.RegularExpressions;

namespace JobBoard.Ingest;

/// <summary>
/// Reads YAML front matter the way Jekyll and PyYAML boards get away with: when YamlDotNet refuses
/// the text, a few well-known slips are repaired one line at a time and the text is read again,
/// each repair reported as a warning. Slips repaired: tabs in indentation (read as two spaces each),
/// a plain value holding <c>": "</c> (<c>title: Berlin: Mitte</c>, read as the whole text), and the
/// continuation lines of a multi-line quoted value written at column 1 (Staticman form output).
/// </summary>
internal static partial class LenientYaml
{
    /// <summary>A few repairs at most: broken text should not be re-read over and over.</summary>
    private const int MaxRepairs = 8;

    /// <summary>A repair, at a 1-based YAML line.</summary>
    public sealed record Repair(int Line, string Message);

    public static (YamlNode? Root, YamlProblem? Problem, IReadOnlyList<Repair> Repairs) Parse(string[] lines)
    {
        var repairs = new List<Repair>();
        var text = (string[])lines.Clone();
        if (ExpandTabs(text) is { } tabLine)
        {
            repairs.Add(new Repair(tabLine, "tab characters in indentation were read as two spaces each; YAML indents with spaces only"));
        }

        var (root, problem) = YamlTree.Parse(string.Join('\n', text) + "\n");
        var firstProblem = problem;
        while (problem is { TooComplex: false } && repairs.Count < MaxRepairs && RepairAt(text, problem) is { } repair)
        {
            repairs.Add(repair);
            (root, problem) = YamlTree.Parse(string.Join('\n', text) + "\n");
        }

        if (problem is not null)
        {
            // Repairs did not help: report what was wrong as written, not in the repaired text.
            return (null, lines.Any(HasTabIndent) && !problem.TooComplex ? TabProblem(lines) : firstProblem, []);
        }

        return (root, null, repairs);
    }

    private static Repair? RepairAt(string[] text, YamlProblem problem)
    {
        var index = problem.Line - 1;
        if (index < 0 || index >= text.Length)
        {
            return null;
        }

        if (PlainValueWithColon().Match(text[index]) is { Success: true } plain)
        {
            text[index] = $"{plain.Groups["key"].Value}: '{plain.Groups["value"].Value.TrimEnd().Replace("'", "''", StringComparison.Ordinal)}'";
            return new Repair(problem.Line, "a value that contains ': ' was read as text; quote it");
        }

        // A quoted value whose later lines start at column 1: indent them under their key.
        var open = Array.FindLastIndex(text, index, l => OpenQuotedValue().IsMatch(l));
        if (open < 0)
        {
            return null;
        }

        var indent = new string(' ', text[open].Length - text[open].TrimStart().Length + 2);
        var repaired = false;
        for (var i = open + 1; i < text.Length; i++)
        {
            if (text[i].Length > 0 && !text[i].StartsWith(indent, StringComparison.Ordinal))
            {
                text[i] = indent + text[i];
                repaired = true;
            }

            if (text[i].Contains('"', StringComparison.Ordinal))
            {
                break;
            }
        }

        return repaired ? new Repair(open + 1, "the lines of this quoted value were read as if indented under its key") : null;
    }

    /// <summary>Tabs in indentation become two spaces each; the first line that had one, or null.</summary>
    private static int? ExpandTabs(string[] text)
    {
        int? first = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (HasTabIndent(text[i]))
            {
                var indent = text[i].Length - text[i].TrimStart(' ', '\t').Length;
                text[i] = text[i][..indent].Replace("\t", "  ", StringComparison.Ordinal) + text[i][indent..];
                first ??= i + 1;
            }
        }

        return first;
    }

    private static bool HasTabIndent(string line)
    {
        var indent = line.Length - line.TrimStart(' ', '\t').Length;
        return indent < line.Length && line.IndexOf('\t', 0, indent) >= 0;
    }

    private static YamlProblem TabProblem(string[] lines)
    {
        var index = Array.FindIndex(lines, HasTabIndent);
        return new YamlProblem(false, "tab character in indentation; YAML indents with spaces only", index + 1, lines[index].IndexOf('\t') + 1);
    }

    /// <summary><c>key: value: more</c> with a plain (unquoted, not flow) value.</summary>
    [GeneratedRegex(@"^(?<key>\s*[A-Za-z_][\w .-]*?):[ \t]+(?<value>[^\s'""\[\{&*!|>#-].*:\s.*)$")]
    private static partial Regex PlainValueWithColon();

    /// <summary><c>key: "text</c> with the closing quote on a later line.</summary>
    [GeneratedRegex(@"^\s*[A-Za-z_][\w .-]*:[ \t]+""(?:[^""\\]|\\.)*$")]
    private static partial Regex OpenQuotedValue();
}
