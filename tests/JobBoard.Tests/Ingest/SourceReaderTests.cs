using System.Globalization;
using JobBoard.Ingest;
using JobBoard.Model;

namespace JobBoard.Tests.Ingest;

public class SourceReaderTests
{
    [Theory]
    [InlineData("61 62", "ab")]
    [InlineData("C3 A9 74 C3 A9", "été")]
    [InlineData("EF BB BF 61 62", "ab")] // UTF-8 BOM is dropped
    [InlineData("61 0D 0A 62 0D 0A", "a\nb\n")] // CRLF
    [InlineData("61 0D 62 0D 63", "a\nb\nc")] // lone CR (classic Mac, some scrapers)
    [InlineData("61 0D 0D 0A 62", "a\n\nb")] // CR then CRLF: two breaks
    [InlineData("FF FE 61 00 0D 00 0A 00 E9 00", "a\né")] // UTF-16 LE with BOM
    [InlineData("FE FF 00 61 00 0A 00 E9", "a\né")] // UTF-16 BE with BOM
    [InlineData("09 61 0C 62", "\ta\fb")] // tabs and form feeds are text
    public void Decodes_encodings_and_normalizes_line_endings(string hex, string expected)
    {
        var outcome = SourceReader.Read(Bytes(hex), "jobs/x.txt");

        Assert.Empty(outcome.Diagnostics);
        Assert.Equal(expected, outcome.Value!.Text);
        Assert.Equal("jobs/x.txt", outcome.Value.Path);
    }

    [Theory]
    [InlineData("", DiagnosticCodes.EmptyFile)]
    [InlineData("20 0A 09 0D 0A", DiagnosticCodes.EmptyFile)] // whitespace only
    [InlineData("EF BB BF", DiagnosticCodes.EmptyFile)] // a BOM and nothing else
    [InlineData("FF FE 20 00", DiagnosticCodes.EmptyFile)]
    [InlineData("61 00 62", DiagnosticCodes.BinaryFile)] // NUL byte
    [InlineData("61 00 62 00 63 00", DiagnosticCodes.BinaryFile)] // UTF-16 without BOM
    [InlineData("89 50 4E 47 0D 0A 1A 0A 00 00 00 0D", DiagnosticCodes.BinaryFile)] // PNG header
    [InlineData("FF FE 61 00 00 00", DiagnosticCodes.BinaryFile)] // UTF-16 text with NUL characters
    [InlineData("01 02 03 04 05 61", DiagnosticCodes.BinaryFile)] // mostly control bytes
    public void Unusable_files_are_errors_without_a_value(string hex, string code)
    {
        var outcome = SourceReader.Read(Bytes(hex), "jobs/x.txt");

        Assert.Null(outcome.Value);
        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.True(diagnostic.IsError);
        Assert.Equal("jobs/x.txt", diagnostic.File);
    }

    [Fact]
    public void File_over_two_MiB_is_refused_before_decoding()
    {
        var bytes = new byte[SourceReader.MaxBytes + 1];
        Array.Fill(bytes, (byte)'a');

        var outcome = SourceReader.Read(bytes, "jobs/huge.txt");

        Assert.Null(outcome.Value);
        Assert.Equal(DiagnosticCodes.FileTooLarge, Assert.Single(outcome.Diagnostics).Code);
    }

    [Fact]
    public void File_of_exactly_two_MiB_is_read()
    {
        var bytes = new byte[SourceReader.MaxBytes];
        Array.Fill(bytes, (byte)'a');

        Assert.NotNull(SourceReader.Read(bytes, "jobs/big.txt").Value);
    }

    [Theory]
    [InlineData("61 FF 62", 1, "a\uFFFDb")]
    [InlineData("61 0A 62 0D 0A 63 E9 64", 3, "a\nb\nc\uFFFDd")] // Latin-1 é on line 3
    [InlineData("61 0D 62 0D C3", 3, "a\nb\n\uFFFD")] // truncated sequence at the end
    public void Invalid_utf8_is_replaced_with_a_warning_at_the_first_bad_line(string hex, int line, string expected)
    {
        var outcome = SourceReader.Read(Bytes(hex), "jobs/x.txt");

        Assert.Equal(expected, outcome.Value!.Text);
        var warning = Assert.Single(outcome.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidUtf8, warning.Code);
        Assert.False(warning.IsError);
        Assert.Equal(line, warning.Line);
    }

    private static byte[] Bytes(string hex) =>
        hex.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(b => byte.Parse(b, NumberStyles.HexNumber, CultureInfo.InvariantCulture))
            .ToArray();
}
