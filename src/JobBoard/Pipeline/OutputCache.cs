using System.Collections.Concurrent;
using JobBoard.Model;

namespace JobBoard.Pipeline;

/// <summary>
/// The incremental engine: outputs of one kind (pages, feeds, the sitemap...) by the key of the inputs
/// each declares. The rules, which every registration in <see cref="BuildPipeline"/> keeps:
/// <list type="number">
/// <item>An output is a pure function of the inputs it declares; its key is a content hash of all of
/// them (<see cref="InputKey"/>): the settings, its own text, and for each posting it shows the key of
/// that posting's view. Nothing else reaches the function.</item>
/// <item>An output is reused exactly when its key is one it was made under; no object is compared by
/// identity. So a value in the cache is never stale, whichever build put it there.</item>
/// <item>The cold build is the same registration without a cache: every output is made.</item>
/// <item>The cache keeps what the last build asked for and, from time to time, drops the rest (memory, not correctness).
/// It belongs to its caller (the preview server's <see cref="BuildCache"/>); nothing is static.</item>
/// </list>
/// Safe to use from several threads.
/// </summary>
public sealed class OutputCache<T>
{
    private readonly ConcurrentDictionary<UInt128, Entry> entries = new();
    private int build;
    private int added;

    /// <summary>An output and the last build that asked for it: a hit only updates the number, so the tens of
    /// thousands of hits of a rebuild neither lock nor allocate.</summary>
    private sealed class Entry(T value, int build)
    {
        public T Value { get; } = value;

        public int Build = build;
    }

    /// <summary>The output made under <paramref name="key"/> (by this build or an earlier one), else a new one.</summary>
    public T Get(UInt128 key, Func<T> make)
    {
        if (entries.TryGetValue(key, out var entry))
        {
            entry.Build = build;
            return entry.Value;
        }

        var value = make();
        entries[key] = new Entry(value, build);
        Interlocked.Increment(ref added);
        return value;
    }

    /// <summary>
    /// Ends a build: what it asked for stays for the next build, older outputs go. Going over every entry
    /// costs more than a one-posting rebuild's misses, so that waits until a quarter of the entries were
    /// added since: the cache stays within about one and a half sites.
    /// </summary>
    public void EndBuild()
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

    /// <summary>The output through <paramref name="cache"/>, or made at once when there is none (a cold build).</summary>
    public static T Get(OutputCache<T>? cache, Func<UInt128> key, Func<T> make) => cache is null ? make() : cache.Get(key(), make);
}
