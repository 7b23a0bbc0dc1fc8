using System.Collections.Immutable;
using JobBoard.Model;

namespace JobBoard.Ingest;

/// <summary>The front matter of a posting and the body after it.</summary>
/// <param name="Fields">Flattened keys in the order written (<see cref="FieldOrigin.FrontMatter"/>).</param>
/// <param name="BodyText">Everything after the closing fence, unchanged: a slice of the file's text, so that
/// the posting's readers copy only what they keep.</param>
/// <param name="BodyLine">1-based file line of the first body line (the line after the closing fence).</param>
public sealed record FrontMatter(ImmutableArray<RawField> Fields, ReadOnlyMemory<char> BodyText, int BodyLine)
{
    /// <summary>Everything after the closing fence, unchanged.</summary>
    public string Body => BodyText.ToString();
}

/// <summary>
/// Reads a posting's front matter with positions, so that every field knows its file line and
/// column: YAML between <c>---</c> fences (read leniently, see <see cref="LenientYaml"/>), TOML
/// between <c>+++</c> fences (Hugo), and JSON, either between <c>---</c> fences or as a bare
/// <c>{…}</c> block at the top (scrapers, Hugo). Hostile input (alias bombs, deep nesting) is
/// refused quickly with <see cref="DiagnosticCodes.YamlTooComplex"/>.
/// </summary>
public static class FrontMatterReader
{
    private enum Language
    {
        Yaml,
        Toml,
        Json,
    }

    public static Outcome<FrontMatter> Read(SourceFile file)
    {
        var text = file.Text.TrimStart('\uFEFF');
        var lines = LineRanges.Of(text);
        var open = Array.FindIndex(lines, l => !text.AsSpan()[l].IsWhiteSpace());
        if (open < 0 || FormatSniffer.ClosingFence(text[lines[open]]) is not { } fence)
        {
            // No front matter at all: the whole file is the body.
            return new Outcome<FrontMatter>(new FrontMatter([], file.Text.AsMemory(), 1), []);
        }

        var close = Array.FindIndex(lines, open + 1, l => text.AsSpan()[l].TrimEnd().SequenceEqual(fence));
        if (close < 0)
        {
            return Error(
                DiagnosticCodes.FrontMatterNotClosed,
                file,
                open + 1,
                1,
                "front matter is never closed",
                $"add a line with {fence} after the metadata");
        }

        // A bare JSON block's braces are part of the data; fences are not. Data line 1 is file line lineOffset + 1.
        var bare = fence == "}";
        var lineOffset = bare ? open : open + 1;
        var data = Array.ConvertAll(lines[lineOffset..(bare ? close + 1 : close)], l => text[l]);
        var language = fence == "+++" ? Language.Toml
            : bare || data.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l))?.TrimStart().StartsWith('{') == true ? Language.Json
            : Language.Yaml;
        var warnings = ImmutableArray.CreateBuilder<Diagnostic>();
        var (root, problem) = language switch
        {
            Language.Toml => TomlTree.Parse(string.Join('\n', data) + "\n"),
            Language.Json => JsonTree.Parse(string.Join('\n', data)),
            _ => ReadYaml(data, lineOffset, file, warnings),
        };
        if (problem is not null)
        {
            return problem.TooComplex
                ? Error(DiagnosticCodes.YamlTooComplex, file, problem.Line + lineOffset, problem.Column, problem.Message, "front matter is simple key: value metadata; remove the anchors/aliases or nesting")
                : language switch
                {
                    Language.Toml => Error(DiagnosticCodes.InvalidToml, file, problem.Line + lineOffset, problem.Column, $"invalid TOML: {problem.Message}", "write each field as key = \"value\""),
                    Language.Json => Error(DiagnosticCodes.InvalidJson, file, problem.Line + lineOffset, problem.Column, $"invalid JSON: {problem.Message}", "check the commas, quotes and braces before this point"),
                    _ => Error(DiagnosticCodes.InvalidYaml, file, problem.Line + lineOffset, problem.Column, $"invalid YAML: {problem.Message}", "quote values that contain ': ' or start with a special character"),
                };
        }

        // The body is the rest of the text after the closing line, as it is.
        var body = close + 1 < lines.Length ? text.AsMemory()[lines[close + 1].Start..] : ReadOnlyMemory<char>.Empty;
        var bodyLine = close + 2;
        switch (root)
        {
            case null or YamlScalar { IsNull: true }:
                return new Outcome<FrontMatter>(new FrontMatter([], body, bodyLine), warnings.ToImmutable());
            case YamlMapping map:
                var (fields, flattened) = YamlFieldFlattener.Flatten(map, lineOffset, file.Path);
                return new Outcome<FrontMatter>(new FrontMatter(fields, body, bodyLine), warnings.ToImmutable().AddRange(flattened));
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

    private static (YamlNode? Root, YamlProblem? Problem) ReadYaml(
        string[] data, int lineOffset, SourceFile file, ImmutableArray<Diagnostic>.Builder warnings)
    {
        var (root, problem, repairs) = LenientYaml.Parse(data);
        warnings.AddRange(repairs.Select(r => new Diagnostic(
            DiagnosticCodes.LenientYaml, Severity.Warning, file.Path, r.Line + lineOffset, 1, r.Message, "strict YAML readers refuse this line")));
        return (root, problem);
    }

    private static Outcome<FrontMatter> Error(string code, SourceFile file, int line, int column, string message, string hint) =>
        new(null, [new Diagnostic(code, Severity.Error, file.Path, line, column, message, hint)]);
}
