using System.Text.Json;
using JobBoard.Model;

namespace JobBoard.Cli.Serve;

/// <summary>The error overlay's data: what the browser shows when a rebuild fails.</summary>
internal static class Overlay
{
    internal sealed record Entry(string File, int Line, int Column, string Message, string Code, string? Hint);

    /// <summary>The errors as a JSON array of <c>{file, line, column, message, code, hint}</c>.</summary>
    public static string ToJson(IEnumerable<Diagnostic> errors) =>
        JsonSerializer.Serialize(errors.Select(d => new Entry(d.File, d.Line, d.Column, d.Message, d.Code, d.Hint)),
            ServeJson.Default.IEnumerableEntry);
}
