using System.Collections.Immutable;
using JobBoard.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace JobBoard.Normalize;

/// <summary>
/// Reads <c>taxonomy.yml</c> into skill entries. A bad entry is reported (JB0401, with its
/// line) and left out, so one typo in a pull request does not drop the whole vocabulary;
/// only a file that is not a YAML mapping at all gives no entries.
/// </summary>
internal static class TaxonomyReader
{
    public static (ImmutableArray<SkillEntry>? Entries, ImmutableArray<Diagnostic> Diagnostics) Read(
        string yaml, string file)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        void Report(Mark at, string message, string? hint = null) => diagnostics.Add(new Diagnostic(
            DiagnosticCodes.InvalidSiteConfig, Severity.Error, file, ClampLine(at.Line), ClampLine(at.Column), message, hint));

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml ?? string.Empty));
        }
        catch (YamlException ex)
        {
            Report(ex.Start, $"taxonomy is not valid YAML: {ex.Message}");
            return (null, diagnostics.ToImmutable());
        }

        if (stream.Documents.Count == 0)
        {
            return ([], diagnostics.ToImmutable());
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlScalarNode { Value: null or "" })
        {
            return ([], diagnostics.ToImmutable());
        }

        if (root is not YamlMappingNode mapping)
        {
            Report(root.Start, "taxonomy must be a mapping of skill ids to entries");
            return (null, diagnostics.ToImmutable());
        }

        var entries = ImmutableArray.CreateBuilder<SkillEntry>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var id = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!IsSlug(id))
            {
                Report(keyNode.Start, $"skill id '{id}' must be lowercase kebab-case (a-z, 0-9, '-') and not a Windows device name (con, nul, com1...)");
                continue;
            }

            var entry = ReadEntry(id, keyNode.Start, valueNode, Report);
            if (entry is not null && ClaimWords(entry, keyNode.Start, owners, Report))
            {
                entries.Add(entry);
            }
        }

        return (entries.ToImmutable(), diagnostics.ToImmutable());
    }

    private static SkillEntry? ReadEntry(string id, Mark at, YamlNode node, Action<Mark, string, string?> report)
    {
        if (node is not YamlMappingNode fields)
        {
            report(node.Start, $"skill '{id}' needs a mapping with at least a name", "name: Display Name");
            return null;
        }

        string? name = null;
        var synonyms = new List<string>();
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        var ambiguousAll = false;
        var ok = true;
        foreach (var (keyNode, value) in fields.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            switch (key)
            {
                case "name":
                    name = (value as YamlScalarNode)?.Value?.Trim();
                    break;
                case "synonyms":
                    ok &= ReadWords(value, synonyms, id, key, report);
                    break;
                case "ambiguous" when value is YamlScalarNode flag:
                    if (!TryParseBool(flag.Value, out ambiguousAll))
                    {
                        report(value.Start, $"skill '{id}': ambiguous must be true, false or a list of words", null);
                        ok = false;
                    }

                    break;
                case "ambiguous":
                    var words = new List<string>();
                    ok &= ReadWords(value, words, id, key, report);
                    ambiguous.UnionWith(words.Select(w => SkillKey.Of(w)));
                    break;
                default:
                    report(keyNode.Start, $"skill '{id}' has an unknown key '{key}'", "known keys: name, synonyms, ambiguous");
                    ok = false;
                    break;
            }
        }

        if (string.IsNullOrEmpty(name))
        {
            report(at, $"skill '{id}' has no name", "name: Display Name");
            return null;
        }

        var entry = new SkillEntry(id, name, synonyms, ambiguous);
        var entryKeys = entry.Words.Select(w => SkillKey.Of(w)).ToHashSet(StringComparer.Ordinal);
        if (ambiguousAll)
        {
            entry = entry with { AmbiguousWords = entryKeys };
        }
        else if (!ambiguous.IsSubsetOf(entryKeys))
        {
            report(at, $"skill '{id}': every ambiguous word must be its id, name or a synonym", null);
            ok = false;
        }

        return ok ? entry : null;
    }

    private static bool ReadWords(YamlNode node, List<string> into, string id, string key, Action<Mark, string, string?> report)
    {
        IEnumerable<YamlNode> items = node is YamlSequenceNode list ? list.Children : [node];
        foreach (var item in items)
        {
            var word = (item as YamlScalarNode)?.Value?.Trim();
            if (string.IsNullOrEmpty(word) || SkillKey.Of(word).Length == 0)
            {
                report(item.Start, $"skill '{id}': every item of {key} must be a non-empty word", null);
                return false;
            }

            into.Add(word);
        }

        return true;
    }

    /// <summary>
    /// Records which skill owns each key; two skills claiming one spelling would make
    /// canonicalization depend on file order, so the later one is rejected.
    /// </summary>
    private static bool ClaimWords(
        SkillEntry entry, Mark at, Dictionary<string, string> owners, Action<Mark, string, string?> report)
    {
        foreach (var word in entry.Words)
        {
            var key = SkillKey.Of(word);
            if (owners.TryGetValue(key, out var owner) && !string.Equals(owner, entry.Id, StringComparison.Ordinal))
            {
                report(at, $"skill '{entry.Id}': '{word}' already means '{owner}'", "remove one of the two spellings");
                return false;
            }
        }

        foreach (var word in entry.Words)
        {
            owners.TryAdd(SkillKey.Of(word), entry.Id);
        }

        return true;
    }

    private static bool TryParseBool(string? text, out bool value)
    {
        value = text is not null && (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("yes", StringComparison.OrdinalIgnoreCase));
        return value || text is null || text.Length == 0
            || text.Equals("false", StringComparison.OrdinalIgnoreCase) || text.Equals("no", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A skill id is a tag's URL segment: it must be what <see cref="Slugger"/> makes of it.</summary>
    private static bool IsSlug(string id) =>
        id.Length is > 0 and <= SkillKey.MaxLength && string.Equals(Slugger.Slugify(id), id, StringComparison.Ordinal);

    private static int ClampLine(long value) => value is > 0 and < int.MaxValue ? (int)value : 0;
}
