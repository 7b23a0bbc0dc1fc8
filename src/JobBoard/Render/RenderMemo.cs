using System.Collections.Concurrent;

namespace JobBoard.Render;

/// <summary>
/// Rendered results of the previous build, reused by the next one when their inputs are the
/// same (the preview server's incremental rebuilds). A key names every input of the value; the
/// memo is only valid for one set of build settings (theme, site.yml, taxonomy). Entries the last
/// build did not ask for are dropped from time to time (<see cref="NextBuild"/>).
/// </summary>
public sealed class RenderMemo
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private int build;
    private int added;

    /// <summary>A value and the last build that asked for it. A hit only updates the number, so the
    /// tens of thousands of hits of a rebuild take no lock.</summary>
    private sealed class Entry(object value, int build)
    {
        public object Value { get; } = value;

        public int Build = build;
    }

    /// <summary>
    /// Starts a build: what the last build used stays available, older entries go. Scanning every
    /// entry costs more than a one-posting rebuild's misses, so it waits until a quarter of the
    /// entries were added since the last scan: the memo stays within about one and a half sites.
    /// </summary>
    public void NextBuild()
    {
        if (added > entries.Count / 4)
        {
            foreach (var (key, entry) in entries)
            {
                if (entry.Build < build)
                {
                    entries.TryRemove(key, out _);
                }
            }

            added = 0;
        }

        build++;
    }

    /// <summary>The build reused the last one whole and asked for nothing: the last build's entries stay.</summary>
    public void Repeat() => build--;

    /// <summary>Whether this build's value is the last build's: the same object, made from the same inputs (null, not memoized, never is).</summary>
    public static bool Same<T>(T? last, T? next)
        where T : class => last is not null && ReferenceEquals(last, next);

    /// <summary>The places where this build's values are not the last build's (<see cref="Same{T}(T, T)"/>), places past the shorter list included.</summary>
    public static List<int> Changed<T>(ReadOnlySpan<T?> last, ReadOnlySpan<T?> next)
        where T : class
    {
        var changed = new List<int>();
        for (var i = 0; i < Math.Max(last.Length, next.Length); i++)
        {
            if (i >= last.Length || i >= next.Length || !Same(last[i], next[i]))
            {
                changed.Add(i);
            }
        }

        return changed;
    }

    /// <summary><see cref="GetOrAdd{T}"/> when a build keeps a memo; a fresh value when it keeps none (a cold build).</summary>
    public static T Reuse<T>(RenderMemo? memo, string? key, Func<T> make)
        where T : notnull => memo is null ? make() : memo.GetOrAdd(key, make);

    /// <summary>The remembered value for <paramref name="key"/>, or a fresh one; a null key never memoizes.</summary>
    public T GetOrAdd<T>(string? key, Func<T> make)
        where T : notnull
    {
        if (key is null)
        {
            return make();
        }

        if (entries.TryGetValue(key, out var entry))
        {
            entry.Build = build;
            return (T)entry.Value;
        }

        var made = make();
        entries[key] = new Entry(made, build);
        Interlocked.Increment(ref added);
        return made;
    }
}
