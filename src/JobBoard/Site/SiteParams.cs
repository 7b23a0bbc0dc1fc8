using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using JobBoard.Ingest;
using JobBoard.Model;

namespace JobBoard.Site;

/// <summary>
/// Every key of <c>site.yml</c> as written, for templates (<c>site.params</c>, like Hugo's <c>.Site.Params</c>),
/// and the <c>nav:</c> list, read with their lines. A value that is a link — under a key named <c>*url</c> or
/// <c>*link</c>, or one that starts with a scheme (<c>https://</c>, <c>mailto:</c>, <c>javascript:</c>) — must be
/// what a posting's links may be (<see cref="UrlPolicy"/>) or a path of the site (<c>/about/</c>): themes put
/// such values in <c>href</c>, where <c>javascript:</c> would run.
/// </summary>
internal static partial class SiteParams
{
    /// <summary>Schemes that make a value a link without <c>//</c>; any scheme followed by <c>//</c> does too.
    /// Others (<c>Berlin:Mitte</c>) are text.</summary>
    private static readonly FrozenSet<string> BareSchemes =
        new[] { "mailto", "javascript", "vbscript", "data", "file", "tel" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Key endings that make a value a link: <c>logoUrl</c>, <c>privacy_url</c>, <c>link</c>, <c>mastodonLink</c>.</summary>
    private static readonly string[] LinkKeyEndings = ["url", "link"];

    public sealed record Read(ImmutableSortedDictionary<string, object> Params, ImmutableArray<NavLink>? Nav)
    {
        public ImmutableArray<BudgetLimit> Budgets { get; init; } = SiteBudgets.Defaults;
    }

    public static Outcome<Read> Parse(string yaml, string file)
    {
        var (root, problem) = YamlTree.Parse(yaml);
        if (problem is not null)
        {
            return new(null, [new Diagnostic(DiagnosticCodes.InvalidSiteConfig, Severity.Error, file, problem.Line, problem.Column,
                $"invalid YAML: {problem.Message}")]);
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (root is not YamlMapping map)
        {
            return new(new Read(ImmutableSortedDictionary<string, object>.Empty, null), []);
        }

        var values = (ImmutableSortedDictionary<string, object>)Value(map, "", file, diagnostics);
        var nav = map.Pairs.Where(p => KeyOf(p.Key) == "nav").Select(p => (ImmutableArray<NavLink>?)Nav(p.Value, file, diagnostics)).LastOrDefault();
        var budgets = SiteBudgets.Parse(map.Pairs.LastOrDefault(p => KeyOf(p.Key) == "budgets").Value, file, diagnostics);
        return new(new Read(values, nav) { Budgets = budgets }, diagnostics.ToImmutable());
    }

    /// <summary>A mapping as a dictionary by key, a sequence as a list, a scalar as its text (an empty value as "").</summary>
    private static object Value(YamlNode node, string key, string file, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        switch (node)
        {
            case YamlMapping map:
                var entries = ImmutableSortedDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
                foreach (var (k, v) in map.Pairs)
                {
                    if (KeyOf(k) is { } name)
                    {
                        entries[name] = Value(v, name, file, diagnostics); // a repeated key: the later value, as YAML readers do
                    }
                }

                return entries.ToImmutable();
            case YamlSequence list:
                return list.Items.Select(item => Value(item, key, file, diagnostics)).ToImmutableArray();
            default:
                var scalar = (YamlScalar)node;
                var text = scalar.IsNull ? "" : scalar.Text;
                if (IsLink(key, text) && !IsAllowed(text))
                {
                    diagnostics.Add(new Diagnostic(DiagnosticCodes.UnsafeSiteUrl, Severity.Error, file, scalar.Line, scalar.Column,
                        $"'{key}' is not an http, https or mailto URL, nor a path of the site: '{text}'",
                        "write a full link such as https://example.com/ or mailto:jobs@example.com, or a path such as /about/"));
                }

                return text;
        }
    }

    /// <summary>The <c>nav:</c> list: each entry a title and a url (checked as every link is, by <see cref="Value"/>).</summary>
    private static ImmutableArray<NavLink> Nav(YamlNode node, string file, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var items = node switch
        {
            YamlSequence list => list.Items,
            YamlScalar { IsNull: true } => [],
            _ => [node],
        };
        var links = ImmutableArray.CreateBuilder<NavLink>(items.Length);
        foreach (var item in items)
        {
            var fields = item is YamlMapping entry
                ? entry.Pairs.Where(p => p.Value is YamlScalar { IsNull: false }).ToDictionary(p => KeyOf(p.Key) ?? "", p => ((YamlScalar)p.Value).Text.Trim(), StringComparer.Ordinal)
                : [];
            if (fields.GetValueOrDefault("title") is { Length: > 0 } title && fields.GetValueOrDefault("url") is { Length: > 0 } url)
            {
                links.Add(new NavLink(title, url));
            }
            else
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidSiteConfig, Severity.Error, file, item.Line, item.Column,
                    "each entry of nav needs a title and a url", "write it as - { title: Remote, url: /remote/ }"));
            }
        }

        return links.ToImmutable();
    }

    private static string? KeyOf(YamlNode key) => key is YamlScalar { IsNull: false } scalar ? scalar.Text : null;

    private static bool IsLink(string key, string value) =>
        LinkKeyEndings.Any(end => key.EndsWith(end, StringComparison.OrdinalIgnoreCase))
        || (Scheme().Match(value) is { Success: true } scheme && (scheme.Groups[2].Success || BareSchemes.Contains(scheme.Groups[1].Value)));

    /// <summary>What a posting's link may be, or a path of this site (<c>/about/</c>; not <c>//host/</c>, which leaves it).</summary>
    private static bool IsAllowed(string value) =>
        value.Length == 0 || UrlPolicy.IsAllowed(value)
        || (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal) && !value.Contains('\\') && !value.Any(char.IsWhiteSpace) && !value.Any(char.IsControl));

    [GeneratedRegex(@"^\s*([A-Za-z][A-Za-z0-9+.\-]*):(//)?")]
    private static partial Regex Scheme();
}
