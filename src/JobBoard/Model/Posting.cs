using System.Buffers;
using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;

namespace JobBoard.Model;

/// <summary>
/// A posting after normalization: typed values, each with its provenance in <see cref="Sources"/>.
/// A value the posting does not support stays null or empty; it is never guessed.
/// </summary>
public sealed record Posting
{
    /// <summary>Path relative to the input folder, forward slashes (e.g. <c>jobs/acme-dev.md</c>).</summary>
    public required string File { get; init; }

    public required PostingFormat Format { get; init; }

    /// <summary>Lowercase ASCII kebab-case; unique within the site after validation.</summary>
    public required string Slug { get; init; }

    public string? Title { get; init; }

    public Company? Company { get; init; }

    public string? Department { get; init; }

    /// <summary>Canonical places, distinct, in the order the posting names them.</summary>
    public ImmutableArray<Place> Locations { get; init; } = [];

    /// <summary>The slug of the company's listing page (empty when the name has no letters or digits), null without a company.</summary>
    public string? CompanySlug { get; init; }

    /// <summary>The slug of each location's listing page, in the order of <see cref="Locations"/>.</summary>
    public ImmutableArray<string> LocationSlugs { get; init; } = [];

    public Workplace Workplace { get; init; }

    /// <summary>Where remote applicants must be, e.g. <c>US</c> or <c>EU</c>.</summary>
    public string? RemoteRegion { get; init; }

    public EmploymentType? EmploymentType { get; init; }

    public Experience? Experience { get; init; }

    public Salary? Salary { get; init; }

    /// <summary>Canonical tag ids (see <c>taxonomy.yml</c>), sorted and distinct.</summary>
    public ImmutableArray<string> Tags { get; init; } = [];

    public DateOnly? DatePosted { get; init; }

    /// <summary>The file line <see cref="DatePosted"/> was read from (0 when none): a date in the future is
    /// found site-wide, where only the posting is at hand, and still reported at its line.</summary>
    public int DatePostedLine { get; init; }

    public DateOnly? ValidThrough { get; init; }

    /// <summary>The file line <see cref="ValidThrough"/> was read from (0 when none): <c>check --expiring</c> points
    /// at the line to change to renew the posting.</summary>
    public int ValidThroughLine { get; init; }

    /// <summary>Explicitly marked archived by the posting (expiry is decided later, at build time).</summary>
    public bool Archived { get; init; }

    /// <summary>An http, https or mailto URL; anything else is dropped with a diagnostic.</summary>
    public string? ApplyUrl { get; init; }

    /// <summary>The file line <see cref="ApplyUrl"/> was read from (0 when none): <c>check --links</c> reports a
    /// dead link there.</summary>
    public int ApplyUrlLine { get; init; }

    public string? Summary { get; init; }

    public bool Featured { get; init; }

    /// <summary>Old URLs (site-relative paths) that should redirect to this posting.</summary>
    public ImmutableArray<string> RedirectFrom { get; init; } = [];

    /// <summary>The description as Markdown (text postings are converted to Markdown when parsed).</summary>
    /// <remarks>Kept compressed (UTF-8, Brotli at its fastest level: about a third of the size): the
    /// descriptions are most of what a big board holds while it builds, half a billion characters at
    /// 100,000 postings. Reading it decompresses; only rendering and the writers read it.</remarks>
    public required string Body
    {
        // The UTF-8 on its way is pooled: only the packed body and the text stay.
        get
        {
            var utf8 = ArrayPool<byte>.Shared.Rent(bodyLength);
            try
            {
                return Encoding.UTF8.GetString(Unpack(utf8));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(utf8);
            }
        }

        init
        {
            var length = Encoding.UTF8.GetByteCount(value);
            var utf8 = ArrayPool<byte>.Shared.Rent(length);
            var packed = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(length));
            try
            {
                Encoding.UTF8.GetBytes(value, utf8);
                BrotliEncoder.TryCompress(utf8.AsSpan(0, length), packed, out var written, quality: 1, window: 22);
                packedBody = packed[..written];
                bodyLength = length;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(packed);
                ArrayPool<byte>.Shared.Return(utf8);
            }
        }
    }

    /// <summary>Reads the description without making it a string: <paramref name="read"/> sees pooled characters, which
    /// go back to the pool when it returns.</summary>
    public T ReadBody<T>(Func<ReadOnlySpan<char>, T> read)
    {
        var utf8 = ArrayPool<byte>.Shared.Rent(bodyLength);
        var text = ArrayPool<char>.Shared.Rent(bodyLength); // UTF-8 never has fewer bytes than UTF-16 has characters
        try
        {
            return read(text.AsSpan(0, Encoding.UTF8.GetChars(Unpack(utf8), text)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    /// <summary>The body's UTF-8, decompressed into <paramref name="into"/>.</summary>
    private ReadOnlySpan<byte> Unpack(byte[] into) =>
        BrotliDecoder.TryDecompress(packedBody, into.AsSpan(0, bodyLength), out var written) && written == bodyLength
            ? into.AsSpan(0, bodyLength)
            : throw new InvalidDataException("a posting's packed body is damaged");

    private readonly byte[] packedBody = [];
    private readonly int bodyLength;

    /// <summary>Line in the file where the body starts.</summary>
    public int BodyLine { get; init; } = 1;

    /// <summary>Front-matter keys the normalizer does not know, kept for templates.</summary>
    public ImmutableSortedDictionary<string, string> Extra { get; init; } =
        ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>Field name (as in <c>inspect</c> JSON, e.g. <c>salary</c>) to where its value came from.</summary>
    /// <remarks>Kept packed (each name and source as length-prefixed UTF-8, in order), a third of the dictionary's
    /// size: a build holds it for every posting, and only <c>inspect</c> reads it all.</remarks>
    public ImmutableSortedDictionary<string, string> Sources
    {
        get
        {
            var sources = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            for (ReadOnlySpan<byte> packed = packedSources; !packed.IsEmpty;)
            {
                sources.Add(Encoding.UTF8.GetString(Unprefixed(ref packed)), Encoding.UTF8.GetString(Unprefixed(ref packed)));
            }

            return sources.ToImmutable();
        }

        init
        {
            var packed = new MemoryStream();
            using (var writer = new BinaryWriter(packed, Encoding.UTF8))
            {
                foreach (var (name, source) in value)
                {
                    writer.Write(name);
                    writer.Write(source);
                }
            }

            packedSources = packed.ToArray();
        }
    }

    private readonly byte[] packedSources = [];

    /// <summary>Whether <see cref="Sources"/> names <paramref name="field"/>, found without unpacking them.</summary>
    public bool HasSource(string field)
    {
        for (ReadOnlySpan<byte> packed = packedSources; !packed.IsEmpty;)
        {
            var name = Unprefixed(ref packed);
            Unprefixed(ref packed);
            if (Ascii.Equals(name, field))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The next string of <paramref name="packed"/> as <see cref="BinaryWriter.Write(string)"/> wrote it (its
    /// length in bytes, seven bits a byte, lowest first, then its UTF-8); moves past it.</summary>
    private static ReadOnlySpan<byte> Unprefixed(ref ReadOnlySpan<byte> packed)
    {
        var (length, at, shift) = (0, 0, 0);
        byte next;
        do
        {
            next = packed[at++];
            length |= (next & 0x7F) << shift;
            shift += 7;
        }
        while (next >= 0x80);

        var text = packed.Slice(at, length);
        packed = packed[(at + length)..];
        return text;
    }
}
