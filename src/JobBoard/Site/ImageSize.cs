using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace JobBoard.Site;

/// <summary>An image's format, as its first bytes tell (never its file name), and its size in CSS pixels.</summary>
/// <param name="Extension">The published file's extension: <c>.png</c>, <c>.jpg</c>, <c>.gif</c>, <c>.webp</c> or <c>.svg</c>.</param>
public sealed partial record ImageSize(string Extension, int Width, int Height)
{
    /// <summary>
    /// Reads the header of a PNG, JPEG, GIF, WebP or SVG image: enough for <c>width</c> and
    /// <c>height</c> attributes, so a page does not move while its logos load. Null for any other
    /// file, a damaged header, or an SVG whose size is neither in pixels nor in a <c>viewBox</c>.
    /// </summary>
    public static ImageSize? Read(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]) ? Png(bytes)
        : (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8)) && bytes.Length >= 10
            ? Sized(".gif", BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..]), BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]))
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8]) ? Jpeg(bytes)
        : bytes.Length >= 16 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8) ? WebP(bytes)
        : Svg(bytes);

    private static ImageSize? Sized(string extension, long width, long height) =>
        width is > 0 and <= MaxSide && height is > 0 and <= MaxSide ? new ImageSize(extension, (int)width, (int)height) : null;

    /// <summary>Larger than any logo; a header that says more is damaged or hostile.</summary>
    private const int MaxSide = 100_000;

    // The IHDR chunk comes first: width and height as big-endian 32-bit numbers.
    private static ImageSize? Png(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 24 && bytes[12..16].SequenceEqual("IHDR"u8)
            ? Sized(".png", BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]), BinaryPrimitives.ReadUInt32BigEndian(bytes[20..]))
            : null;

    /// <summary>Walks the segments to the first start-of-frame marker (any SOFn but DHT, JPG and DAC), which holds the size.</summary>
    private static ImageSize? Jpeg(ReadOnlySpan<byte> bytes)
    {
        var at = 2;
        while (at + 9 <= bytes.Length && bytes[at] == 0xFF)
        {
            var marker = bytes[at + 1];
            if (marker == 0xFF)
            {
                at++; // fill byte
                continue;
            }

            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return Sized(".jpg", BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 5)..]));
            }

            at += 2 + BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
        }

        return null;
    }

    /// <summary>The first chunk says which WebP it is: lossy (VP8), lossless (VP8L) or extended (VP8X, with the canvas size).</summary>
    private static ImageSize? WebP(ReadOnlySpan<byte> bytes)
    {
        var chunk = bytes[12..16];
        if (chunk.SequenceEqual("VP8 "u8) && bytes.Length >= 30)
        {
            return Sized(".webp", BinaryPrimitives.ReadUInt16LittleEndian(bytes[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(bytes[28..]) & 0x3FFF);
        }

        if (chunk.SequenceEqual("VP8L"u8) && bytes.Length >= 25)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(bytes[21..]);
            return Sized(".webp", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8X"u8) && bytes.Length >= 30)
        {
            static long Uint24(ReadOnlySpan<byte> b) => b[0] | (b[1] << 8) | (b[2] << 16);
            return Sized(".webp", Uint24(bytes[24..]) + 1, Uint24(bytes[27..]) + 1);
        }

        return null;
    }

    /// <summary>The root <c>svg</c> element's <c>width</c> and <c>height</c> in pixels (or unitless), else its <c>viewBox</c>'s.
    /// No DTD is read: an entity could expand without end or reach for a file.</summary>
    private static ImageSize? Svg(ReadOnlySpan<byte> bytes)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 10_000_000 };
        try
        {
            using var reader = XmlReader.Create(new StringReader(Encoding.UTF8.GetString(bytes)), settings);
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "svg")
            {
                return null;
            }

            var (width, height) = (Pixels(reader.GetAttribute("width")), Pixels(reader.GetAttribute("height")));
            var box = (reader.GetAttribute("viewBox") ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            if ((width is null || height is null) && box.Length == 4)
            {
                (width, height) = (width ?? Pixels(box[2]), height ?? Pixels(box[3]));
            }

            return Sized(".svg", (long)Math.Round(width ?? 0), (long)Math.Round(height ?? 0));
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>A length in pixels: a number, optionally with <c>px</c>; null for other units (em, %, mm).</summary>
    private static double? Pixels(string? length) =>
        length is not null && PixelLength().Match(length) is { Success: true } match
            ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"^\s*([0-9]+(?:\.[0-9]+)?)\s*(?:px)?\s*$")]
    private static partial Regex PixelLength();
}
