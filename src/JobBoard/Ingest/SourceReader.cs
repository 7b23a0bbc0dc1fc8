using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using JobBoard.Model;

namespace JobBoard.Ingest;

/// <summary>
/// Turns the bytes of a posting file into text: detects the encoding (UTF-8 with or without
/// BOM, UTF-16 with BOM), rejects binary, empty and oversized files, and normalizes line
/// endings to <c>\n</c>. Never throws; every problem is a <see cref="Diagnostic"/>.
/// </summary>
public static class SourceReader
{
    /// <summary>Postings are a few KiB; anything this big is a mistake (a PDF, a dump) and is not decoded.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>Share of control characters above which decoded text is treated as binary.</summary>
    private const double MaxControlShare = 0.10;

    public static Outcome<SourceFile> Read(ReadOnlySpan<byte> bytes, string relativePath)
    {
        if (bytes.Length > MaxBytes)
        {
            return Fail(
                DiagnosticCodes.FileTooLarge,
                relativePath,
                string.Create(CultureInfo.InvariantCulture, $"file is {bytes.Length:N0} bytes; postings are limited to {MaxBytes:N0} bytes"),
                "is this really a posting? Keep the description text only");
        }

        var warnings = ImmutableArray.CreateBuilder<Diagnostic>();
        string text;
        var (encoding, mark) = EncodingOf(bytes);
        if (encoding != Encoding.UTF8)
        {
            text = encoding.GetString(bytes[mark..]);
        }
        else
        {
            var utf8 = bytes[mark..];

            // A NUL byte never occurs in UTF-8 text; it is what images, archives and
            // BOM-less UTF-16 files have in common.
            if (utf8.Contains((byte)0))
            {
                return Binary(relativePath);
            }

            var firstBad = FirstInvalidUtf8(utf8);
            if (firstBad >= 0)
            {
                warnings.Add(new Diagnostic(
                    DiagnosticCodes.InvalidUtf8,
                    Severity.Warning,
                    relativePath,
                    LineOfByte(utf8, firstBad),
                    0,
                    "file is not valid UTF-8; invalid bytes were replaced with \uFFFD",
                    "save the file as UTF-8 (it is probably Windows-1252 or Latin-1)"));
            }

            text = Encoding.UTF8.GetString(utf8);
        }

        text = NormalizeLineEndings(text.StartsWith('\uFEFF') ? text[1..] : text);
        if (LooksBinary(text))
        {
            return Binary(relativePath);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(DiagnosticCodes.EmptyFile, relativePath, "file is empty", "write the posting or delete the file");
        }

        return new Outcome<SourceFile>(new SourceFile(relativePath, text), warnings.ToImmutable());
    }

    /// <summary>CRLF (Windows) and lone CR (classic Mac, some scrapers) both become <c>\n</c>.</summary>
    internal static string NormalizeLineEndings(string text) =>
        text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;

    /// <summary>How a file's bytes are encoded, and how many of them are its byte order mark: UTF-16 (either byte order)
    /// after its mark, otherwise UTF-8 with or without one.</summary>
    public static (Encoding Encoding, int Mark) EncodingOf(ReadOnlySpan<byte> bytes) =>
        StartsWith(bytes, 0xFF, 0xFE) ? (Encoding.Unicode, 2)
        : StartsWith(bytes, 0xFE, 0xFF) ? (Encoding.BigEndianUnicode, 2)
        : (Encoding.UTF8, StartsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0);

    private static bool StartsWith(ReadOnlySpan<byte> bytes, params ReadOnlySpan<byte> prefix) => bytes.StartsWith(prefix);

    /// <summary>Index of the first byte that is not part of a valid UTF-8 sequence, or -1.</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return -1;
        }

        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out var read, out _, replaceInvalidSequences: false);
            return status == OperationStatus.Done ? -1 : read;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>1-based line of a byte offset, counting CRLF, LF and lone CR as one break each.</summary>
    private static int LineOfByte(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n')))
            {
                line++;
            }
        }

        return line;
    }

    private static bool LooksBinary(string text)
    {
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return true;
        }

        var controls = 0;
        foreach (var c in text)
        {
            if (c < ' ' && c is not '\t' and not '\n' and not '\f')
            {
                controls++;
            }
        }

        return text.Length > 0 && controls > text.Length * MaxControlShare;
    }

    private static Outcome<SourceFile> Binary(string path) =>
        Fail(DiagnosticCodes.BinaryFile, path, "file looks binary (it contains NUL or control bytes)", "postings are text files: save as UTF-8 text");

    private static Outcome<SourceFile> Fail(string code, string path, string message, string hint) =>
        new(null, [new Diagnostic(code, Severity.Error, path, 0, 0, message, hint)]);
}
