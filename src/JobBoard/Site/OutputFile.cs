using System.Text;

namespace JobBoard.Site;

/// <summary>A file of the generated site.</summary>
public sealed class OutputFile
{
    /// <summary>UTF-8 without a byte-order mark: how every text file of the site is written.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ReadOnlyMemory<byte>[]? parts;
    private byte[]? content;

    /// <param name="path">Relative to the output folder, forward slashes, e.g. <c>jobs/x/index.html</c>.</param>
    public OutputFile(string path, byte[] content)
    {
        Path = path;
        this.content = content;
        Length = content.Length;
    }

    /// <summary>A file made of parts, joined the first time its content is read: the preview server makes jobs.json
    /// (10 MB at 10,000 postings) again from its kept entries on every save, and nothing reads it until a request does.</summary>
    public OutputFile(string path, ReadOnlyMemory<byte>[] parts)
    {
        Path = path;
        this.parts = parts;
        Length = parts.Sum(part => part.Length);
    }

    /// <summary>Relative to the output folder, forward slashes, e.g. <c>jobs/x/index.html</c>.</summary>
    public string Path { get; }

    public int Length { get; }

    public byte[] Content => content ?? Join();

    public static OutputFile Text(string path, string content) => new(path, Utf8.GetBytes(content));

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
