using System.Buffers;

namespace JobBoard.Site;

/// <summary>
/// A description as the set of its word 5-shingles (every run of five words, as <see cref="DuplicateNames.Fold(string)"/>
/// reads words), each hashed to 64 bits and kept sorted. Two descriptions are as alike as the share of each one's
/// shingles that the other has, the smaller of the two: "90% the same" means each text has at most a tenth of its
/// own. The Jaccard index would call such a pair only 82% alike (the 90% they share over the 110% of both), and
/// containment alone would call a short text the same as a long one that merely holds it. Five words are enough for
/// a changed sentence to change the shingles around it, and few enough that moved paragraphs still match.
/// </summary>
public sealed class Shingles
{
    /// <summary>The words of one shingle.</summary>
    public const int Width = 5;

    /// <summary>Fewer words than this are too few to tell a copy from a template ("Apply on our website."):
    /// such a text is like no other.</summary>
    public const int MinWords = 40;

    /// <summary>How many of the smallest hashes <see cref="Sketch"/> holds.</summary>
    public const int SketchSize = 16;

    private readonly ulong[] hashes;

    private Shingles(ulong[] hashes) => this.hashes = hashes;

    /// <summary>The text's shingles; none when it has fewer than <see cref="MinWords"/> words.</summary>
    public static Shingles Of(ReadOnlySpan<char> text)
    {
        // Folded, hashed and sorted in pooled buffers: a description has hundreds of words, a board thousands of
        // descriptions, and only the distinct hashes stay.
        var buffer = ArrayPool<char>.Shared.Rent(DuplicateNames.FoldedLength(text.Length));
        var folded = buffer.AsSpan(0, DuplicateNames.Fold(text, buffer));
        var words = ArrayPool<ulong>.Shared.Rent(folded.Length / 2 + 1); // each word is followed by a space
        var count = 0;
        for (var end = folded.IndexOf(' '); end >= 0; end = folded.IndexOf(' '))
        {
            words[count++] = Hash(folded[..end]);
            folded = folded[(end + 1)..];
        }

        ArrayPool<char>.Shared.Return(buffer);
        if (count < MinWords)
        {
            ArrayPool<ulong>.Shared.Return(words);
            return new Shingles([]);
        }

        // Shingle i is made of words i to i + Width - 1, so it can replace word i in place.
        var shingles = words.AsSpan(0, count - Width + 1);
        for (var start = 0; start < shingles.Length; start++)
        {
            var shingle = 0UL;
            for (var i = start; i < start + Width; i++)
            {
                shingle = (shingle ^ words[i]) * FnvPrime;
            }

            shingles[start] = Mix(shingle);
        }

        SortByBytes(shingles);
        var distinct = 1;
        for (var i = 1; i < shingles.Length; i++)
        {
            if (shingles[i] != shingles[distinct - 1])
            {
                shingles[distinct++] = shingles[i];
            }
        }

        var kept = shingles[..distinct].ToArray();
        ArrayPool<ulong>.Shared.Return(words);
        return new Shingles(kept);
    }

    /// <summary>True when the text was too short to have shingles.</summary>
    public bool IsEmpty => hashes.Length == 0;

    /// <summary>The smallest hashes (a bottom-k MinHash sketch): two sets that are 90% the same share most of them,
    /// so a posting needs to be compared only with those that share some.</summary>
    public ReadOnlySpan<ulong> Sketch => hashes.AsSpan(0, Math.Min(SketchSize, hashes.Length));

    /// <summary>The share of each set that the other holds, the smaller one: |A ∩ B| / max(|A|, |B|); 0 when either is empty.</summary>
    public double Similarity(Shingles other)
    {
        if (IsEmpty || other.IsEmpty)
        {
            return 0;
        }

        var (i, j, shared) = (0, 0, 0);
        while (i < hashes.Length && j < other.hashes.Length)
        {
            var order = hashes[i].CompareTo(other.hashes[j]);
            shared += order == 0 ? 1 : 0;
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }

        return (double)shared / Math.Max(hashes.Length, other.hashes.Length);
    }

    /// <summary>
    /// Sorts the hashes a byte at a time, lowest byte first (an LSD radix sort): linear, and three times as fast as
    /// <see cref="Array.Sort{T}(T[])"/> even under the JIT; the native tool sorts a <c>ulong</c> through a comparer call.
    /// </summary>
    private static void SortByBytes(Span<ulong> hashes)
    {
        var scratch = ArrayPool<ulong>.Shared.Rent(hashes.Length);
        Span<ulong> from = hashes, to = scratch.AsSpan(0, hashes.Length);
        Span<int> starts = stackalloc int[256];
        for (var shift = 0; shift < 64; shift += 8)
        {
            starts.Clear();
            foreach (var hash in from)
            {
                starts[(int)(hash >> shift) & 0xFF]++;
            }

            var start = 0;
            for (var b = 0; b < starts.Length; b++)
            {
                (starts[b], start) = (start, start + starts[b]);
            }

            foreach (var hash in from)
            {
                to[starts[(int)(hash >> shift) & 0xFF]++] = hash;
            }

            var written = to;
            to = from;
            from = written;
        }

        // An even number of passes: the last one wrote back into the hashes.
        ArrayPool<ulong>.Shared.Return(scratch);
    }

    private const ulong FnvPrime = 0x100000001b3;

    /// <summary>FNV-1a: the same on every machine and run, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static ulong Hash(ReadOnlySpan<char> word)
    {
        var hash = 0xcbf29ce484222325;
        foreach (var c in word)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return hash;
    }

    /// <summary>SplitMix64's finalizer: spreads the hashes evenly, so the smallest are a fair sample of the set.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
        z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
        return z ^ (z >> 31);
    }
}
