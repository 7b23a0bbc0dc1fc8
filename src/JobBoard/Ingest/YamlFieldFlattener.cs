using System.Collections.Immutable;
using JobBoard.Model;

namespace JobBoard.Ingest;

/// <summary>
/// Flattens a front-matter <see cref="YamlNode"/> tree into <see cref="RawField"/>s: nested maps
/// become dotted keys (<c>hiringOrganization.name</c>), sequences of scalars become several values,
/// and sequences of maps are flattened per key (<c>jobLocation.address.addressLocality</c> with one
/// value per location), the shapes schema.org-style postings use.
/// </summary>
internal static class YamlFieldFlattener
{
    /// <summary>YAML 1.1 merge key (<c>&lt;&lt;: *defaults</c>): its entries fill in keys not written explicitly.</summary>
    private const string MergeKey = "<<";

    /// <summary>Fields in the order written; <c>lineOffset</c> turns YAML lines into file lines.</summary>
    public static (ImmutableArray<RawField> Fields, ImmutableArray<Diagnostic> Warnings) Flatten(
        YamlMapping root, int lineOffset, string path)
    {
        var warnings = ImmutableArray.CreateBuilder<Diagnostic>();
        var entries = FlattenMapping(root, string.Empty, root.Line, warnings, lineOffset, path);
        var fields = entries
            .Select(e => new RawField(e.Key, [.. e.Values], e.Line + lineOffset, e.Column, FieldOrigin.FrontMatter))
            .ToImmutableArray();
        return (fields, warnings.ToImmutable());
    }

    private static List<Entry> FlattenNode(
        YamlNode node, string key, int keyLine, ImmutableArray<Diagnostic>.Builder warnings, int lineOffset, string path) =>
        node switch
        {
            YamlScalar s => [new Entry(key, s.IsNull ? [] : [s.Text], keyLine, s.Column)],
            YamlSequence seq => FlattenSequence(seq, key, keyLine, warnings, lineOffset, path),
            YamlMapping map => FlattenMapping(map, key, keyLine, warnings, lineOffset, path),
            _ => [],
        };

    private static List<Entry> FlattenSequence(
        YamlSequence seq, string key, int keyLine, ImmutableArray<Diagnostic>.Builder warnings, int lineOffset, string path)
    {
        var merged = new List<Entry>();
        foreach (var item in seq.Items)
        {
            foreach (var entry in FlattenNode(item, key, keyLine, warnings, lineOffset, path))
            {
                var existing = merged.Find(e => e.Key == entry.Key);
                if (existing is null)
                {
                    merged.Add(entry);
                }
                else
                {
                    existing.Values.AddRange(entry.Values);
                }
            }
        }

        return merged.Count > 0 ? merged : [new Entry(key, [], keyLine, seq.Column)];
    }

    private static List<Entry> FlattenMapping(
        YamlMapping map, string prefix, int keyLine, ImmutableArray<Diagnostic>.Builder warnings, int lineOffset, string path)
    {
        var byKey = new List<(string Key, int Line, List<Entry> Entries)>();
        var mergedIn = new List<Entry>();
        foreach (var (keyNode, valueNode) in map.Pairs)
        {
            if (keyNode is not YamlScalar { IsNull: false } keyScalar)
            {
                warnings.Add(new Diagnostic(
                    DiagnosticCodes.InvalidYaml,
                    Severity.Warning,
                    path,
                    keyNode.Line + lineOffset,
                    keyNode.Column,
                    "a key must be a plain word; this entry is ignored",
                    "write key: value"));
                continue;
            }

            if (keyScalar.Text == MergeKey)
            {
                mergedIn.AddRange(FlattenNode(valueNode, prefix, keyScalar.Line, warnings, lineOffset, path));
                continue;
            }

            var dotted = prefix.Length == 0 ? keyScalar.Text : prefix + "." + keyScalar.Text;
            var entries = FlattenNode(valueNode, dotted, keyScalar.Line, warnings, lineOffset, path);
            var index = byKey.FindIndex(k => k.Key == keyScalar.Text);
            if (index < 0)
            {
                byKey.Add((keyScalar.Text, keyScalar.Line, entries));
                continue;
            }

            // Last wins, as in Psych (Jekyll), PyYAML and JSON.parse: an author who appends a
            // corrected key at the bottom gets what they expect, and `check` still warns.
            warnings.Add(new Diagnostic(
                DiagnosticCodes.DuplicateKey,
                Severity.Warning,
                path,
                keyScalar.Line + lineOffset,
                keyScalar.Column,
                $"key '{dotted}' is written twice (first at line {byKey[index].Line + lineOffset}); this later value is used",
                "remove one of them"));
            byKey[index] = (keyScalar.Text, keyScalar.Line, entries);
        }

        var result = byKey.SelectMany(k => k.Entries).ToList();
        result.AddRange(mergedIn.Where(m => !result.Exists(r => r.Key == m.Key)));
        return result.Count > 0 ? result : [new Entry(prefix, [], keyLine, map.Column)];
    }

    private sealed record Entry(string Key, List<string> Values, int Line, int Column);
}
