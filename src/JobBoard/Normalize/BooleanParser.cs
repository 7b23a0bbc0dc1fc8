using System.Collections.Frozen;

namespace JobBoard.Normalize;

/// <summary>
/// Reads a yes/no value written as text. Front matter often quotes booleans (seed 001:
/// <c>archived: "true"</c>), so surrounding quotes are ignored. Pure and total: anything else gives null.
/// </summary>
public static class BooleanParser
{
    /// <summary>Accepted spellings, lower case.</summary>
    private static readonly FrozenDictionary<string, bool> Words = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["true"] = true,
        ["yes"] = true,
        ["y"] = true,
        ["on"] = true,
        ["1"] = true,
        ["false"] = false,
        ["no"] = false,
        ["n"] = false,
        ["off"] = false,
        ["0"] = false,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool? Parse(string? text) => Word(text) is { } word && Words.TryGetValue(word, out var value) ? value : null;

    /// <summary>A one-word value as a table looks it up: trimmed, unquoted, lower case; null when too long to be a word.</summary>
    internal static string? Word(string? text) =>
        text is null || text.Length > 100 ? null : text.Trim().Trim('"', '\'').Trim().ToLowerInvariant();
}
