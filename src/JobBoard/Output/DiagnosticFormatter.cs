using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using JobBoard.Model;

namespace JobBoard.Output;

/// <summary>
/// Diagnostics as people and machines read them: compiler-style text with the source line and a
/// caret, GitHub Actions workflow commands (annotations on the pull request's diff), or JSON.
/// </summary>
public static class DiagnosticFormatter
{
    private const string Red = "\u001b[1;31m";
    private const string Yellow = "\u001b[1;33m";
    private const string Bold = "\u001b[1m";
    private const string Cyan = "\u001b[36m";
    private const string Reset = "\u001b[0m";

    /// <summary>The widest source line shown whole, in terminal columns: rustc's default width, which
    /// also keeps deeply indented YAML lines whole.</summary>
    private const int ExcerptWidth = 140;

    /// <summary>
    /// <c>path:line:col: error: message [code]</c>, then the source line with a caret under the
    /// column and the hint, like rustc or clang. <paramref name="sourceLine"/> gives a line of a file by its number
    /// from 1 (null when the file is unreadable or shorter); ANSI colour only when <paramref name="colour"/> is set (a terminal).
    /// Control characters in the path, message, hint and source line are shown escaped (<see cref="TerminalText"/>).
    /// </summary>
    public static string Text(IEnumerable<Diagnostic> diagnostics, Func<string, int, string?> sourceLine, bool colour)
    {
        var text = new StringBuilder();
        foreach (var d in diagnostics)
        {
            var severity = d.IsError ? "error" : "warning";
            var file = TerminalText.Escape(d.File);
            var where = d.Line > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{file}:{d.Line}:{Math.Max(d.Column, 1)}")
                : file;
            var tint = d.IsError ? Red : Yellow;
            var message = TerminalText.Escape(d.Message);
            text.Append(colour ? $"{Bold}{where}:{Reset} {tint}{severity}:{Reset} {Bold}{message}{Reset} [{d.Code}]\n"
                : $"{where}: {severity}: {message} [{d.Code}]\n");

            var number = d.Line.ToString(CultureInfo.InvariantCulture);
            var gutter = new string(' ', number.Length);
            if (d.Line > 0 && sourceLine(d.File, d.Line) is { } source)
            {
                // A tab is one column in the diagnostic but up to eight on screen, and where the
                // terminal's tab stops fall depends on the gutter: one space keeps the two in step.
                var line = source.Replace('\t', ' ').TrimEnd();
                var column = d.Column > 0 ? d.Column : line.Length - line.TrimStart().Length + 1;
                var (shown, indent) = Excerpt(line, Math.Min(column - 1, line.Length));
                var caret = new string(' ', indent) + "^";
                text.Append(CultureInfo.InvariantCulture, $" {number} | {shown}\n");
                text.Append(colour ? $" {gutter} | {tint}{caret}{Reset}\n" : $" {gutter} | {caret}\n");
            }

            if (d.Hint is not null)
            {
                var hint = TerminalText.Escape(d.Hint);
                text.Append(colour ? $" {gutter} = {Cyan}hint:{Reset} {hint}\n" : $" {gutter} = hint: {hint}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The line, or for a line wider than <see cref="ExcerptWidth"/> a window of it around
    /// <paramref name="at"/> (the caret's index) with <c>…</c> at each cut end, and the caret's indent
    /// in terminal columns. Scraped plain-text postings often hold their whole body on one line of
    /// thousands of characters; printed whole under each of its warnings, a large board's build
    /// wrote hundreds of megabytes. A diagnostic's column counts UTF-16 units (as YamlDotNet and
    /// .NET's regexes do), but a terminal gives CJK and most emoji two columns and combining marks
    /// none, so the caret is placed by <see cref="TerminalWidth"/>. Cuts fall between text elements:
    /// an emoji is never split into broken halves, nor an accent parted from its letter. A control
    /// character is shown escaped, as wide as its escape (it is a text element of its own).
    /// </summary>
    private static (string Shown, int Indent) Excerpt(string line, int at)
    {
        // A short line of printable ASCII, what most front matter is, is shown as it is: a column per character.
        if (line.Length <= ExcerptWidth && !line.AsSpan().ContainsAnyExceptInRange(' ', '~'))
        {
            return (line, at);
        }

        // A column inside a text element (on a combining mark, say) points at what is drawn as one. The boundaries are
        // walked twice rather than kept: a scraped line can be thousands of elements long.
        var (indent, width) = (0, 0);
        foreach (var boundary in TextElementBoundaries(line))
        {
            indent = boundary.Index <= at ? boundary.Column : indent;
            width = boundary.Column;
        }

        if (width <= ExcerptWidth)
        {
            return (TerminalText.Escape(line), indent);
        }

        const int Window = ExcerptWidth - 2;
        var from = Math.Clamp(indent - (Window / 2), 0, width - Window);

        // A wide character across either edge of the window is left out rather than overflow it.
        (int Index, int Column)? start = null;
        var end = (Index: 0, Column: 0);
        foreach (var boundary in TextElementBoundaries(line))
        {
            start ??= boundary.Column >= from ? boundary : null;
            end = boundary.Column <= from + Window ? boundary : end;
        }

        var head = start!.Value.Index > 0 ? "…" : "";
        var tail = end.Index < line.Length ? "…" : "";
        return (head + TerminalText.Escape(line[start.Value.Index..end.Index]) + tail, TerminalWidth.Of(head) + indent - start.Value.Column);
    }

    /// <summary>Where each text element of <paramref name="line"/> starts, and where the line ends,
    /// as a UTF-16 index and the terminal column it is shown at.</summary>
    private static IEnumerable<(int Index, int Column)> TextElementBoundaries(string line)
    {
        yield return (0, 0);
        var (index, column) = (0, 0);
        while (index < line.Length)
        {
            // A printable ASCII character before another ASCII one (or the end) is a text element one column wide.
            if (line[index] is >= ' ' and <= '~' && (index + 1 == line.Length || char.IsAscii(line[index + 1])))
            {
                yield return (++index, ++column);
                continue;
            }

            var length = StringInfo.GetNextTextElementLength(line.AsSpan(index));
            column += char.IsControl(line[index])
                ? TerminalText.Escape(line.Substring(index, length)).Length
                : TerminalWidth.Of(line.AsSpan(index, length));
            index += length;
            yield return (index, column);
        }
    }

    /// <summary>
    /// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=…::message</c>), which
    /// GitHub shows as annotations on the changed file. Control characters in the path, message and
    /// hint are first shown escaped (<see cref="TerminalText"/>): the log shows the raw line, where an
    /// escape sequence would act. Then the runner's own escaping: <c>%</c>, CR and LF in the message
    /// (only the line break before the hint is left to become one); additionally <c>:</c> and <c>,</c>
    /// in properties.
    /// </summary>
    public static string GitHub(IEnumerable<Diagnostic> diagnostics)
    {
        var text = new StringBuilder();
        foreach (var d in diagnostics)
        {
            var properties = new List<string> { "file=" + Property(TerminalText.Escape(d.File)) };
            if (d.Line > 0)
            {
                properties.Add(string.Create(CultureInfo.InvariantCulture, $"line={d.Line}"));
                if (d.Column > 0)
                {
                    properties.Add(string.Create(CultureInfo.InvariantCulture, $"col={d.Column}"));
                }
            }

            properties.Add("title=" + Property(d.Code));
            var message = TerminalText.Escape(d.Message) + (d.Hint is null ? "" : "\nhint: " + TerminalText.Escape(d.Hint));
            text.Append(CultureInfo.InvariantCulture, $"::{(d.IsError ? "error" : "warning")} {string.Join(',', properties)}::{Data(message)}\n");
        }

        return text.ToString();
    }

    /// <summary>A JSON array of <c>{file, line, column, severity, code, message, hint}</c>; line and column 0 when
    /// unknown. Values are exact: the JSON writer escapes control characters itself (<c>\u001B</c>).</summary>
    public static string Json(IEnumerable<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("file", d.File);
                json.WriteNumber("line", d.Line);
                json.WriteNumber("column", d.Column);
                json.WriteString("severity", d.IsError ? "error" : "warning");
                json.WriteString("code", d.Code);
                json.WriteString("message", d.Message);
                if (d.Hint is null)
                {
                    json.WriteNull("hint");
                }
                else
                {
                    json.WriteString("hint", d.Hint);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static string Data(string value) =>
        value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string value) =>
        Data(value).Replace(":", "%3A").Replace(",", "%2C");
}
