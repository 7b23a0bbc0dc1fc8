using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;

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
/// <item>The cache keeps what the last build asked for and drops the rest (memory, not correctness).
/// It belongs to its caller (the preview server's <see cref="BuildCache"/>); nothing is static.</item>
/// </list>
/// Safe to use from several threads.
/// </summary>
public sealed class OutputCache<T>
{
    private ConcurrentDictionary<UInt128, T> last = new();
    private ConcurrentDictionary<UInt128, T> asked = new();

    /// <summary>The output made under <paramref name="key"/> (by this build or the last), else a new one.</summary>
    public T Get(UInt128 key, Func<T> make)
    {
        if (!asked.TryGetValue(key, out var value) && !last.TryGetValue(key, out value))
        {
            value = make();
        }

        asked[key] = value;
        return value;
    }

    /// <summary>Ends a build: what it asked for is what the next build can reuse.</summary>
    public void EndBuild()
    {
        last = asked;
        asked = new();
    }

    /// <summary>The output through <paramref name="cache"/>, or made at once when there is none (a cold build).</summary>
    public static T Get(OutputCache<T>? cache, Func<UInt128> key, Func<T> make) => cache is null ? make() : cache.Get(key(), make);
}

/// <summary>Content hashes of declared inputs (XXH128). A key is made of parts of fixed size (16 bytes), a
/// text being its own hash, so no two sequences of inputs run together into the same bytes.</summary>
public static class InputKey
{
    /// <summary>The key of a text; null has its own.</summary>
    public static UInt128 Of(string? text) =>
        text is null ? UInt128.MaxValue : XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text.AsSpan()));

    /// <summary>The key of a sequence of keys.</summary>
    public static UInt128 Of(params ReadOnlySpan<UInt128> parts) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(parts));
}
