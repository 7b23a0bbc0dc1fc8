using System.Collections.Immutable;
using JobBoard.Model;

namespace JobBoard.Ingest;

/// <summary>The YAML front matter of a posting and the Markdown body after it.</summary>
/// <param name="Fields">Flattened keys in the order written (<see cref="FieldOrigin.FrontMatter"/>).</param>
/// <param name="Body">Everything after the closing <c>---</c>, unchanged.</param>
/// <param name="BodyLine">1-based file line of the first body line (the line after the closing <c>---</c>).</param>
public sealed record FrontMatter(ImmutableArray<RawField> Fields, string Body, int BodyLine);

/// <summary>
/// Reads the <c>---</c>-delimited YAML front matter of a posting with positions, so that every
/// field knows its file line and column. Hostile YAML (alias bombs, deep nesting) is refused
/// quickly with <see cref="DiagnosticCodes.YamlTooComplex"/>.
/// </summary>
public static class FrontMatterReader
{
    public static Outcome<FrontMatter> Read(SourceFile file)
    {
        var lines = file.Text.TrimStart('\uFEFF').Split('\n');
        var open = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        if (open < 0 || !FormatSniffer.IsFence(lines[open]))
        {
            // No front matter at all: the whole file is the body.
            return new Outcome<FrontMatter>(new FrontMatter([], file.Text, 1), []);
        }

        var close = Array.FindIndex(lines, open + 1, FormatSniffer.IsFence);
        if (close < 0)
        {
            return Error(
                DiagnosticCodes.FrontMatterNotClosed,
                file,
                open + 1,
                1,
                "front matter is never closed",
                "add a line with --- after the metadata");
        }

        // YAML line 1 is the line after the opening ---.
        var lineOffset = open + 1;
        var yamlLines = lines[(open + 1)..close];
        for (var i = 0; i < yamlLines.Length; i++)
        {
            var indent = yamlLines[i].Length - yamlLines[i].TrimStart(' ', '\t').Length;
            var tab = yamlLines[i].IndexOf('\t', 0, indent);
            if (tab >= 0 && indent < yamlLines[i].Length)
            {
                return Error(
                    DiagnosticCodes.InvalidYaml,
                    file,
                    i + 1 + lineOffset,
                    tab + 1,
                    "tab character in indentation; YAML indents with spaces only",
                    "replace the tab with spaces");
            }
        }

        var (root, problem) = YamlTree.Parse(string.Join('\n', yamlLines) + "\n");
        if (problem is not null)
        {
            return problem.TooComplex
                ? Error(DiagnosticCodes.YamlTooComplex, file, problem.Line + lineOffset, problem.Column, problem.Message, "front matter is simple key: value metadata; remove the anchors/aliases or nesting")
                : Error(DiagnosticCodes.InvalidYaml, file, problem.Line + lineOffset, problem.Column, $"invalid YAML: {problem.Message}", "quote values that contain ': ' or start with a special character");
        }

        var body = string.Join('\n', lines[(close + 1)..]);
        var bodyLine = close + 2;
        switch (root)
        {
            case null or YamlScalar { IsNull: true }:
                return new Outcome<FrontMatter>(new FrontMatter([], body, bodyLine), []);
            case YamlMapping map:
                var (fields, warnings) = YamlFieldFlattener.Flatten(map, lineOffset, file.Path);
                return new Outcome<FrontMatter>(new FrontMatter(fields, body, bodyLine), warnings);
            default:
                return Error(
                    DiagnosticCodes.InvalidYaml,
                    file,
                    root.Line + lineOffset,
                    root.Column,
                    "front matter must be key: value lines",
                    "write each field as key: value, e.g. title: Backend Engineer");
        }
    }

    private static Outcome<FrontMatter> Error(string code, SourceFile file, int line, int column, string message, string hint) =>
        new(null, [new Diagnostic(code, Severity.Error, file.Path, line, column, message, hint)]);
}
