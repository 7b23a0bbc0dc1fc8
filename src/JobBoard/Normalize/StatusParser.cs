using System.Collections.Frozen;

namespace JobBoard.Normalize;

/// <summary>
/// Reads a posting's <c>status:</c> value: true when it says the job is closed (Staticman boards'
/// <c>status: closed</c>, "filled", French "pourvu"), false when it says the job is open ("open",
/// "searching", "live", scraped boards' <c>LIVE</c>), null for anything else.
/// </summary>
public static class StatusParser
{
    /// <summary>Status words, lower case, to "closed?".</summary>
    private static readonly FrozenDictionary<string, bool> Words = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        // Closed: the job is gone.
        ["closed"] = true,
        ["filled"] = true,
        ["archived"] = true,
        ["expired"] = true,
        ["inactive"] = true,
        ["unpublished"] = true,
        ["pourvu"] = true,
        ["fermé"] = true,
        ["ferme"] = true,
        ["besetzt"] = true,
        ["geschlossen"] = true,
        // Open: still taking applications.
        ["open"] = false,
        ["searching"] = false,
        ["live"] = false,
        ["active"] = false,
        ["published"] = false,
        ["ouvert"] = false,
        ["offen"] = false,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool? IsClosed(string? text) =>
        BooleanParser.Word(text) is { } word && Words.TryGetValue(word, out var closed) ? closed : null;
}
