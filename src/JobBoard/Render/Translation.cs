using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using JobBoard.Ingest;
using JobBoard.Model;

namespace JobBoard.Render;

/// <summary>
/// The theme's UI text in one language, from <c>theme/i18n/{language}.yml</c>: a <c>text:</c> tree of
/// strings by key (<c>nav.jobs</c>) and the <c>culture:</c> data of <see cref="LocaleFormat"/>. A key the
/// language's file lacks is taken from English, so a theme may be translated a part at a time.
/// </summary>
public sealed class Translation
{
    /// <summary>The language every other one falls back to, and the one a board without <c>language</c> uses.</summary>
    public const string Fallback = "en";

    private readonly ImmutableDictionary<string, string> entries;

    /// <summary>The texts by key without <c>text.</c> (<c>nav.jobs</c>), each with the "one" and "other" forms of the
    /// key: a page asks for a dozen texts, and looking them up must make no new string.</summary>
    private readonly FrozenDictionary<string, Forms> texts;

    private sealed record Forms(string? Text, string? One, string? Other);

    private Translation(string language, ImmutableDictionary<string, string> entries, LocaleFormat format)
    {
        Language = language;
        this.entries = entries;
        Format = format;
        const string prefix = "text.";
        var keys = entries.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Select(k => k[prefix.Length..]).ToList();
        var plurals = keys.Where(k => k.EndsWith(".one", StringComparison.Ordinal) || k.EndsWith(".other", StringComparison.Ordinal)).Select(k => k[..k.LastIndexOf('.')]);
        texts = keys.Concat(plurals).Distinct(StringComparer.Ordinal).ToFrozenDictionary(k => k, k => new Forms(
            entries.GetValueOrDefault(prefix + k), entries.GetValueOrDefault($"{prefix}{k}.one"), entries.GetValueOrDefault($"{prefix}{k}.other")), StringComparer.Ordinal);
    }

    /// <summary>The file's name without <c>.yml</c>: <c>de</c>, <c>pt-BR</c>.</summary>
    public string Language { get; }

    public LocaleFormat Format { get; }

    /// <summary>A file's entries by flat key (<c>text.nav.jobs</c>, <c>culture.months.0</c>), or a diagnostic at the
    /// line of what is wrong.</summary>
    public static Outcome<ImmutableDictionary<string, string>> Read(string yaml, string file)
    {
        var (root, problem) = YamlTree.Parse(yaml);
        if (problem is not null)
        {
            return Invalid(file, problem.Line, $"invalid YAML: {problem.Message}");
        }

        var entries = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        (YamlNode Node, string Message)? Flatten(YamlNode node, string key) // the first node not of the expected shape
        {
            switch (node)
            {
                case YamlScalar scalar when key.Length > 0:
                    entries[key] = scalar.Text;
                    return null;
                case YamlMapping mapping:
                    return mapping.Pairs.Select(p => p.Key is YamlScalar { IsNull: false } name
                        ? Flatten(p.Value, key.Length == 0 ? name.Text : $"{key}.{name.Text}")
                        : (p.Key, "a key must be a plain word")).FirstOrDefault(wrong => wrong is not null);
                case YamlSequence sequence when key is "culture.months" or "culture.monthsShort" && sequence.Items.Length != 12:
                    return (node, $"{key[8..]} needs the twelve months, not {sequence.Items.Length}");
                case YamlSequence sequence when key.Length > 0:
                    return sequence.Items.Select((item, i) => item is YamlScalar
                        ? Flatten(item, $"{key}.{i.ToString(CultureInfo.InvariantCulture)}")
                        : (item, "a list holds text only")).FirstOrDefault(wrong => wrong is not null);
                default:
                    return (node, "expected keys with text, or lists of text, under them");
            }
        }

        return (root is null ? null : Flatten(root, "")) is var (wrong, message)
            ? Invalid(file, wrong.Line, message)
            : new(entries.ToImmutable(), []);
    }

    /// <summary>A language from its own entries over English's; a diagnostic when the culture data of the two together is incomplete.</summary>
    public static Outcome<Translation> Make(string language, ImmutableDictionary<string, string> own, ImmutableDictionary<string, string> english, string file)
    {
        var entries = english.SetItems(own);
        ImmutableArray<string> Names(string key) => [.. Enumerable.Range(0, 12).Select(i => entries.GetValueOrDefault($"culture.{key}.{i}") ?? "")];
        var format = new LocaleFormat(Names("months"), Names("monthsShort"), Culture(entries, "date"), Culture(entries, "decimal"),
            Culture(entries, "thousands"), Culture(entries, "money"), Culture(entries, "moneyCode"), Culture(entries, "zeroIsOne") == "true");
        var missing = CultureKeys.Where(k => string.IsNullOrEmpty(entries.GetValueOrDefault("culture." + k))
            && !(k is "thousands" && entries.ContainsKey("culture.thousands"))).ToList();
        return missing.Count > 0
            ? new(null, Invalid(file, 0, $"culture: needs {string.Join(", ", missing)}").Diagnostics)
            : new(new Translation(language, entries, format), []);
    }

    /// <summary>Every flat key the language has, English's included.</summary>
    public IEnumerable<string> Keys => entries.Keys;

    /// <summary>Whether there is a text for <paramref name="key"/>, in one form or in "one"/"other" forms.</summary>
    public bool Has(string key) => texts.GetValueOrDefault(key) is { } forms && (forms.Text ?? forms.Other) is not null;

    /// <summary>
    /// The text of <paramref name="key"/> with each <c>{name}</c> replaced by the argument of that name (numbers and
    /// dates written in the language's format); a value is written as it is, even with braces in it. With a
    /// <c>count</c> argument, a key with "one" and "other" forms gives the form the count takes.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No language of the theme has the key (a template's typing error).</exception>
    public string Text(string key, params ReadOnlySpan<(string Name, object? Value)> arguments)
    {
        var count = default(decimal?);
        foreach (var (name, value) in arguments)
        {
            if (name == "count" && Number(value) is { } n)
            {
                count = n;
            }
        }

        var forms = texts.GetValueOrDefault(key);
        var text = forms?.Text
            ?? (count is { } c ? (Format.IsOne(c) ? forms?.One : forms?.Other) : null)
            ?? forms?.Other
            ?? throw new KeyNotFoundException(Language == Fallback ? $"no text '{key}' in theme/{Folder}/{Fallback}.yml" : $"no text '{key}' in theme/{Folder}/{Language}.yml or {Fallback}.yml");
        return arguments.IsEmpty || !text.Contains('{', StringComparison.Ordinal) ? text : Filled(text, arguments);
    }

    /// <summary><paramref name="text"/> with each <c>{name}</c> of an argument replaced, in one pass (the first argument of a
    /// name wins); any other brace is kept.</summary>
    private string Filled(string text, ReadOnlySpan<(string Name, object? Value)> arguments)
    {
        var filled = new DefaultInterpolatedStringHandler(text.Length, 0, CultureInfo.InvariantCulture);
        var rest = text.AsSpan();
        while (rest.IndexOf('{') is var open and >= 0)
        {
            filled.AppendFormatted(rest[..open]);
            rest = rest[open..];
            var close = rest.IndexOf('}');
            var index = close < 0 ? -1 : IndexOf(arguments, rest[1..close]);
            if (index < 0)
            {
                filled.AppendLiteral("{");
                rest = rest[1..];
                continue;
            }

            filled.AppendFormatted(Written(arguments[index].Value));
            rest = rest[(close + 1)..];
        }

        filled.AppendFormatted(rest);
        return filled.ToStringAndClear();
    }

    private static int IndexOf(ReadOnlySpan<(string Name, object? Value)> arguments, ReadOnlySpan<char> name)
    {
        for (var i = 0; i < arguments.Length; i++)
        {
            if (name.SequenceEqual(arguments[i].Name))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The theme's folder of language files.</summary>
    public const string Folder = "i18n";

    /// <summary>The texts the generator writes itself (page titles and descriptions, feed titles, a job's facts),
    /// which a theme's English file must have.</summary>
    public static readonly ImmutableArray<string> Required =
    [
        "job.title", "list.latest", "list.openPositions", "list.pageTitle", "remote.heading", "remote.description",
        .. new[] { "tags", "companies", "locations", "employment" }.SelectMany(kind => new[] { kind + ".heading", kind + ".title", kind + ".description" }),
        "pairs.remoteTitle", "pairs.placeTitle", "related.narrow", "related.remoteOnly", "related.topTagsIn", "related.topRemoteTags", "related.seeAlso",
        "search.heading", "search.description", "notFound.heading", "notFound.description", "feed.tag",
        "workplace.remote", "workplace.remoteIn", "workplace.hybrid", "workplace.onsite",
        .. Enum.GetValues<EmploymentType>().Select(t => "type." + t.ToValue()),
        .. Enum.GetValues<ExperienceLevel>().Select(l => "level." + l.ToString().ToLowerInvariant()), "level.range",
        "salary.range", "salary.from", "salary.upTo",
        .. Enum.GetValues<SalaryPeriod>().Select(p => "salary." + p.ToString().ToLowerInvariant()),
    ];

    private static readonly string[] CultureKeys =
        [.. Enumerable.Range(0, 12).SelectMany(i => new[] { $"months.{i}", $"monthsShort.{i}" }), "date", "decimal", "thousands", "money", "moneyCode", "zeroIsOne"];

    private static string Culture(ImmutableDictionary<string, string> entries, string key) => entries.GetValueOrDefault("culture." + key) ?? "";

    private string Written(object? value) => value switch
    {
        null => "",
        string s => s,
        DateOnly date => Format.Date(date),
        _ when Number(value) is { } n => Format.Number(n),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static decimal? Number(object? value) => value switch
    {
        int i => i,
        long l => l,
        decimal d => d,
        double d when double.IsFinite(d) => (decimal)d,
        _ => null,
    };

    private static Outcome<ImmutableDictionary<string, string>> Invalid(string file, int line, string message) =>
        new(null, [new Diagnostic(DiagnosticCodes.InvalidTranslation, Severity.Error, file, line, 0, message,
            "see theme/i18n/en.yml for the keys and their shape")]);
}
