using System.Globalization;

namespace JobBoard.Model;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// A problem found in an input file. Diagnostics are values collected along the pipeline,
/// never exceptions: one bad posting never stops the others.
/// </summary>
/// <param name="Code">Stable code from <see cref="DiagnosticCodes"/>, e.g. <c>JB0102</c>.</param>
/// <param name="File">Path relative to the input folder, with forward slashes.</param>
/// <param name="Line">1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column in UTF-16 code units (as YamlDotNet and regex matches count), or 0 when unknown.</param>
public sealed record Diagnostic(
    string Code,
    Severity Severity,
    string File,
    int Line,
    int Column,
    string Message,
    string? Hint = null)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>Compiler-style one-liner: <c>path:line:col: error: message</c>.</summary>
    public override string ToString()
    {
        var where = Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Math.Max(Column, 1)}")
            : File;
        var severity = Severity == Severity.Error ? "error" : "warning";
        var text = $"{where}: {severity}: {Message} [{Code}]";
        return Hint is null ? text : $"{text} (hint: {Hint})";
    }
}
