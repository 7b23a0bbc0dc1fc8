namespace JobBoard.Site;

/// <summary>
/// A description as the set of its word 5-shingles (every run of five words, as <see cref="DuplicateNames.Words"/>
/// reads words), each hashed to 64 bits and kept sorted. Two descriptions are compared by the Jaccard index of
/// their sets: the share of all their shingles that both have. It is symmetric, so a short text does not count as
/// the same as a long one that merely contains it (containment would); five words are enough for a changed
/// sentence to change the shingles around it, and few enough that reordered paragraphs still match.
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
    public static Shingles Of(string text)
    {
        var words = DuplicateNames.Words(text);
        if (words.Count < MinWords)
        {
            return new Shingles([]);
        }

        var wordHashes = words.ConvertAll(Hash);
        var set = new HashSet<ulong>(words.Count);
        for (var start = 0; start + Width <= wordHashes.Count; start++)
        {
            var shingle = 0UL;
            for (var i = start; i < start + Width; i++)
            {
                shingle = (shingle ^ wordHashes[i]) * FnvPrime;
            }

            set.Add(Mix(shingle));
        }

        var sorted = set.ToArray();
        Array.Sort(sorted);
        return new Shingles(sorted);
    }

    /// <summary>True when the text was too short to have shingles.</summary>
    public bool IsEmpty => hashes.Length == 0;

    /// <summary>The smallest hashes (a bottom-k MinHash sketch): two sets with a Jaccard index of 0.9 share
    /// most of them, so a posting needs to be compared only with those that share some.</summary>
    public ReadOnlySpan<ulong> Sketch => hashes.AsSpan(0, Math.Min(SketchSize, hashes.Length));

    /// <summary>The Jaccard index of the two sets: |A ∩ B| / |A ∪ B|, 0 when either is empty.</summary>
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

        return (double)shared / (hashes.Length + other.hashes.Length - shared);
    }

    private const ulong FnvPrime = 0x100000001b3;

    /// <summary>FNV-1a: the same on every machine and run, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static ulong Hash(string word)
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
