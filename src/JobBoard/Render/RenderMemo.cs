using System.Collections.Concurrent;

namespace JobBoard.Render;

/// <summary>
/// Rendered results of the previous build, reused by the next one when their inputs are the
/// same (the preview server's incremental rebuilds). A key names every input of the value; the
/// memo is only valid for one set of build settings (theme, site.yml, taxonomy). Entries a
/// build does not ask for are dropped at the next build, so the memo holds about one site.
/// </summary>
public sealed class RenderMemo
{
    private ConcurrentDictionary<string, object> current = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, object> previous = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> sourceHashes = new(StringComparer.Ordinal);

    /// <summary>Starts a build: what the last build used stays available, older entries go.</summary>
    public void NextBuild()
    {
        previous = current;
        current = new ConcurrentDictionary<string, object>(StringComparer.Ordinal);
    }

    /// <summary>Records the content hash of a posting file, which stands for the whole posting in keys.</summary>
    public void SetSourceHash(string file, string hash) => sourceHashes[file] = hash;

    public string? SourceHash(string file) => sourceHashes.GetValueOrDefault(file);

    /// <summary>The remembered value for <paramref name="key"/>, or a fresh one; a null key never memoizes.</summary>
    public T GetOrAdd<T>(string? key, Func<T> make)
        where T : notnull
    {
        if (key is null)
        {
            return make();
        }

        if (current.TryGetValue(key, out var value) || previous.TryGetValue(key, out value))
        {
            current[key] = value;
            return (T)value;
        }

        var made = make();
        current[key] = made;
        return made;
    }
}
