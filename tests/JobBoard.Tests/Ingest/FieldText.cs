using JobBoard.Ingest;

namespace JobBoard.Tests.Ingest;

/// <summary>Fields as one readable line, so table cases can state them: <c>key=v1|v2@line:column</c>.</summary>
internal static class FieldText
{
    public static string Render(IEnumerable<RawField> fields) =>
        string.Join("; ", fields.Select(f => $"{f.Key}={string.Join("|", f.Values)}@{f.Line}:{f.Column}"));

    /// <summary>Without positions: <c>key=v1|v2</c>.</summary>
    public static string RenderValues(IEnumerable<RawField> fields) =>
        string.Join("; ", fields.Select(f => $"{f.Key}={string.Join("|", f.Values)}"));
}
