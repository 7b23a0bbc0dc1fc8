using System.Buffers;
using System.Text.Json;

namespace JobBoard.Site;

/// <summary>
/// JSON written into one buffer per thread, grown to the largest document and reused: a build writes
/// a JSON-LD block and a feed entry per posting, and a new stream for each would be garbage at once.
/// A <c>write</c> callback must not itself call back in here.
/// </summary>
public static class JsonBytes
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    public static byte[] Bytes(JsonWriterOptions options, Action<Utf8JsonWriter> write) => Borrowed(options, write).ToArray();

    /// <summary>A JSON file's bytes: the document and a line break, as text files end.</summary>
    public static byte[] File(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        var written = Borrowed(options, write);
        var file = GC.AllocateUninitializedArray<byte>(written.Length + 1); // every byte is written below
        written.Span.CopyTo(file);
        file[^1] = (byte)'\n';
        return file;
    }

    /// <summary>The JSON in this thread's buffer, not copied: valid until the next JSON is written on this thread.</summary>
    public static ReadOnlyMemory<byte> Borrowed(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        var output = buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        output.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(output, options))
        {
            write(json);
        }

        return output.WrittenMemory;
    }
}
