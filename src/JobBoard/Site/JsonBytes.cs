using System.Buffers;
using System.Text;
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

    public static byte[] Bytes(JsonWriterOptions options, Action<Utf8JsonWriter> write) => Written(options, write).ToArray();

    /// <summary>A JSON file's bytes: the document and a line break, as text files end.</summary>
    public static byte[] File(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        var written = Written(options, write);
        var file = GC.AllocateUninitializedArray<byte>(written.Length + 1); // every byte is written below
        written.CopyTo(file);
        file[^1] = (byte)'\n';
        return file;
    }

    public static string Text(JsonWriterOptions options, Action<Utf8JsonWriter> write) => Encoding.UTF8.GetString(Written(options, write));

    private static ReadOnlySpan<byte> Written(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        var output = buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        output.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(output, options))
        {
            write(json);
        }

        return output.WrittenSpan;
    }
}
