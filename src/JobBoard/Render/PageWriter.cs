using System.Globalization;
using System.Text;
using JobBoard.Site;

namespace JobBoard.Render;

/// <summary>
/// A page or a partial as a template writes it, encoded to UTF-8 as it goes into one buffer, grown to the largest page
/// and reused for the next. <see cref="Markup"/> (a kept card, the JSON-LD) goes in as the bytes it is
/// kept as: written into a text, it was decoded into characters only for the page to be encoded back.
/// </summary>
/// <remarks>The bytes are those <see cref="OutputFile.Utf8"/> makes of the whole text at once: a surrogate split across
/// two writes is joined, and one left alone becomes U+FFFD.</remarks>
internal sealed class PageWriter() : TextWriter(CultureInfo.InvariantCulture)
{
    private readonly Encoder encoder = OutputFile.Utf8.GetEncoder();
    private byte[] buffer = new byte[16 * 1024];
    private int length;

    /// <summary>Whether the encoder holds the first half of a surrogate pair from the last write.</summary>
    private bool pending;

    public override Encoding Encoding => OutputFile.Utf8;

    /// <summary>The bytes written since <see cref="Clear"/>, good until the next write.</summary>
    public ReadOnlyMemory<byte> Written
    {
        get
        {
            Settle();
            return buffer.AsMemory(0, length);
        }
    }

    public void Clear()
    {
        length = 0;
        pending = false;
        encoder.Reset();
    }

    public override void Write(char value)
    {
        // Most of what a template writes escaped goes a character at a time, nearly all of it ASCII.
        if (char.IsAscii(value) && !pending)
        {
            Room(1);
            buffer[length++] = (byte)value;
        }
        else
        {
            Write(new ReadOnlySpan<char>(in value));
        }
    }

    public override void Write(char[] chars, int index, int count) => Write(chars.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            return;
        }

        Room(OutputFile.Utf8.GetMaxByteCount(chars.Length));
        length += encoder.GetBytes(chars, buffer.AsSpan(length), flush: false);
        pending = char.IsHighSurrogate(chars[^1]);
    }

    /// <summary>Writes text already encoded as UTF-8, as it is.</summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return; // a surrogate before it may still meet its other half
        }

        Settle();
        Room(utf8.Length);
        utf8.CopyTo(buffer.AsSpan(length));
        length += utf8.Length;
    }

    /// <summary>A surrogate left alone at the end of the last write is written as U+FFFD, as encoding the whole text
    /// would have, before anything that is not text follows it.</summary>
    private void Settle()
    {
        if (pending)
        {
            Room(OutputFile.Utf8.GetMaxByteCount(0));
            length += encoder.GetBytes([], buffer.AsSpan(length), flush: true);
            pending = false;
        }
    }

    private void Room(int more)
    {
        if (length + more > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + more));
        }
    }
}
