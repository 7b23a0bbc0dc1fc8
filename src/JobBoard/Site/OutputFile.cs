using System.Buffers;
using System.Text;

namespace JobBoard.Site;

/// <summary>A file of the generated site.</summary>
public sealed class OutputFile
{
    /// <summary>UTF-8 without a byte-order mark: how every text file of the site is written.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ReadOnlyMemory<byte>[]? parts;
    private readonly bool pooled;
    private byte[]? content;

    /// <param name="path">Relative to the output folder, forward slashes, e.g. <c>jobs/x/index.html</c>.</param>
    public OutputFile(string path, byte[] content)
        : this(path, content, content.Length, pooled: false)
    {
    }

    /// <summary>A file made of parts, joined the first time its content is read: the preview server makes jobs.json
    /// (10 MB at 10,000 postings) again from its kept entries on every save, and nothing reads it until a request does.</summary>
    public OutputFile(string path, ReadOnlyMemory<byte>[] parts)
    {
        Path = path;
        this.parts = parts;
        Length = parts.Sum(part => part.Length);
    }

    private OutputFile(string path, byte[] content, int length, bool pooled)
    {
        Path = path;
        this.content = content;
        Length = length;
        this.pooled = pooled;
    }

    /// <summary>Relative to the output folder, forward slashes, e.g. <c>jobs/x/index.html</c>.</summary>
    public string Path { get; }

    public int Length { get; }

    /// <summary>The content as an array of its own (a pooled file's is copied).</summary>
    public byte[] Content => pooled ? Bytes.ToArray() : content ?? Join();

    /// <summary>The content, read in place.</summary>
    public ReadOnlyMemory<byte> Bytes => content is { } bytes ? bytes.AsMemory(0, Length)
        : parts is not null ? Join()
        : throw new ObjectDisposedException(Path, "the file was written and its buffer given back to the pool");

    /// <summary>A text as a file of its own array.</summary>
    public static OutputFile Text(string path, string content)
    {
        var bytes = Utf8.GetBytes(content);
        return new OutputFile(path, bytes, bytes.Length, pooled: false);
    }

    /// <summary>A page's UTF-8 bytes as a file, copied from a buffer that is not the file's to keep. When
    /// <paramref name="pooled"/>, the copy is in a buffer from the pool, which <see cref="Release"/> gives back once the
    /// file is written: a build that writes each page as it is made allocates no array for any of them.</summary>
    public static OutputFile Copy(string path, ReadOnlySpan<byte> utf8, bool pooled)
    {
        var bytes = pooled ? ArrayPool<byte>.Shared.Rent(utf8.Length) : GC.AllocateUninitializedArray<byte>(utf8.Length);
        utf8.CopyTo(bytes);
        return new OutputFile(path, bytes, utf8.Length, pooled);
    }

    /// <summary>Gives a pooled file's buffer back to the pool (nothing for any other file): called once the file is
    /// written, after which nothing reads it.</summary>
    public void Release()
    {
        if (pooled && Interlocked.Exchange(ref content, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private byte[] Join()
    {
        var joined = GC.AllocateUninitializedArray<byte>(Length); // every byte is written below
        var at = 0;
        foreach (var part in parts!)
        {
            part.Span.CopyTo(joined.AsSpan(at));
            at += part.Length;
        }

        return Interlocked.CompareExchange(ref content, joined, null) ?? joined;
    }
}
