using System.Collections.Immutable;
using System.Globalization;
using JobBoard.Ingest;
using JobBoard.Model;

namespace JobBoard.Normalize;

/// <summary>What normalizing one posting has found so far: field sources and diagnostics.</summary>
internal sealed class NormalizeContext(RawPosting raw)
{
    private readonly ImmutableSortedDictionary<string, string>.Builder sources =
        ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);

    private readonly ImmutableArray<Diagnostic>.Builder diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

    public ImmutableSortedDictionary<string, string> Sources => sources.ToImmutable();

    public ImmutableArray<Diagnostic> Diagnostics => diagnostics.ToImmutable();

    /// <summary>Records that <paramref name="name"/> came from <paramref name="field"/> and returns the value.</summary>
    public T Take<T>(string name, RawField field, T value)
    {
        Note(name, field);
        return value;
    }

    public void Note(string name, RawField field) => sources.TryAdd(name, Describe(field));

    /// <summary>Records an inferred source when there is a value; returns the value either way.</summary>
    public T TakeInferred<T>(string name, string source, T value)
    {
        if (value is not null)
        {
            NoteInferred(name, source);
        }

        return value;
    }

    public void NoteInferred(string name, string source) => sources.TryAdd(name, source);

    public void Warning(string code, int line, string message, string? hint = null, int column = 0) =>
        diagnostics.Add(new Diagnostic(code, Severity.Warning, raw.Source.Path, line, column, message, hint));

    public void Error(string code, int line, string message, string? hint = null, int column = 0) =>
        diagnostics.Add(new Diagnostic(code, Severity.Error, raw.Source.Path, line, column, message, hint));

    /// <summary>Provenance text, e.g. "front matter `companyName` (line 5)".</summary>
    public static string Describe(RawField field)
    {
        var where = field.Origin switch
        {
            FieldOrigin.FrontMatter => $"front matter `{field.Key}`",
            FieldOrigin.FooterLine => $"footer line `{field.Key}`",
            FieldOrigin.HeaderLine => $"header line `{field.Key}`",
            FieldOrigin.Heading => "heading",
            _ => $"section `{field.Key}`",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{where} (line {field.Line})");
    }
}
