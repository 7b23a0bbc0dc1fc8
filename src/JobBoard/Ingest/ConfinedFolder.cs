using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Enumeration;
using System.Runtime.InteropServices;
using System.Text;
using JobBoard.Model;

namespace JobBoard.Ingest;

/// <summary>
/// The one rule for reading a file of the input or the theme, whichever command reads it: a file is
/// read only when it is a regular file whose real path (<see cref="RealPath"/>: its own link and its
/// folders' resolved) lies inside the folder, and then at most the folder's limit plus one byte of it,
/// the size being checked first. A pull request can commit links, so a link to a secret outside, a
/// link to <c>/</c>, a loop of links, a pipe (which blocks whoever opens it) or a device (which never
/// ends) is refused with a diagnostic that names the entry and says nothing of its content.
/// </summary>
public sealed class ConfinedFolder
{
    private readonly string root;
    private readonly string name;
    private readonly int maxBytes;
    // The folders its files were found in, resolved once (RealPath). An instance serves one build or one command, so a
    // folder that becomes a link later is seen by the next build, which makes its own.
    private readonly ConcurrentDictionary<string, (string? Real, int Links)> folders = new(StringComparer.Ordinal);

    /// <param name="folder">The folder files must really lie in (itself resolved: a linked input folder is the user's choice).</param>
    /// <param name="name">How messages name it: <c>input folder</c>, <c>theme folder</c>.</param>
    /// <param name="maxBytes">The largest file read; a larger one is refused without being read.</param>
    public ConfinedFolder(string folder, string name, int maxBytes)
    {
        root = Path.TrimEndingDirectorySeparator(RealPath.Resolve(folder) ?? Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        this.name = name;
        this.maxBytes = maxBytes;
    }

    /// <summary>The input folder: its postings, site.yml and taxonomy.yml, each up to a posting's limit.</summary>
    public static ConfinedFolder Input(string folder) => new(folder, "input folder", SourceReader.MaxBytes);

    /// <summary>The bytes of a file, or null and a located error (<paramref name="shownAs"/> is the path diagnostics name).</summary>
    public Outcome<byte[]> Read(string path, string shownAs) => Read(path, shownAs, bytes => new Outcome<byte[]>(bytes.ToArray(), []));

    /// <summary>Reads a file as <see cref="Read(string, string)"/> does and hands its bytes to <paramref name="parse"/>, in a
    /// buffer from the pool that goes back when it returns: a build reads every posting once and keeps only its text.</summary>
    public Outcome<T> Read<T>(string path, string shownAs, Func<ReadOnlySpan<byte>, Outcome<T>> parse)
    {
        try
        {
            return Refusal(path, shownAs, out var real, out var size) is { } refused
                ? new(default, [refused])
                : ReadAtMost(real, (int)size, shownAs, parse); // the refusal checked the size against the limit
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(default, [Error(DiagnosticCodes.UnreadableFile, shownAs, $"cannot read the file: {e.Message}")]);
        }
    }

    /// <summary>A file's text (UTF-8, or UTF-16 with a byte order mark), or null and a located error.</summary>
    public Outcome<string> ReadText(string path, string shownAs)
    {
        var read = Read(path, shownAs);
        if (read.Value is not { } bytes)
        {
            return new(null, read.Diagnostics);
        }

        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return new(reader.ReadToEnd(), read.Diagnostics);
    }

    /// <summary>
    /// Every entry under a folder but its folders, in no order, without entering a link to a folder
    /// (it is listed, so that reading it reports it) or a folder the options skip.
    /// </summary>
    public static IEnumerable<string> Entries(string folder, EnumerationOptions options) =>
        new FileSystemEnumerable<string>(folder, (ref entry) => entry.ToFullPath(), options)
        {
            ShouldIncludePredicate = (ref entry) => !IsFolder(ref entry),
            ShouldRecursePredicate = (ref entry) => IsFolder(ref entry),
        };

    /// <summary>A folder itself, not a link to one.</summary>
    private static bool IsFolder(ref FileSystemEntry entry) =>
        entry.IsDirectory && !entry.Attributes.HasFlag(FileAttributes.ReparsePoint);

    /// <summary>Why the file may not be read, or null with its real path and size.</summary>
    private Diagnostic? Refusal(string path, string shownAs, out string real, out long size)
    {
        size = 0;
        real = RealPath.Resolve(path, folders) ?? "";
        if (real.Length == 0)
        {
            return Error(DiagnosticCodes.LinkLoop, shownAs,
                string.Create(CultureInfo.InvariantCulture, $"the links on this path loop or pass through more than {RealPath.MaxLinks} links; it is not read"),
                "replace the link by the file itself");
        }

        if (!(real + Path.DirectorySeparatorChar).StartsWith(root, StringComparison.Ordinal)) // the folder itself counts as inside
        {
            return Error(DiagnosticCodes.LinkOutsideInput, shownAs,
                $"this entry really lies outside the {name} (it is a link, or in a linked folder); it is not read",
                "commit the file itself, not a link");
        }

        var kind = Kind(real, out size);
        if (kind == EntryKind.Folder && new FileInfo(Path.TrimEndingDirectorySeparator(path)).LinkTarget is not null)
        {
            return Error(DiagnosticCodes.LinkToFolder, shownAs, "this is a link to a folder; links to folders are never followed",
                "move the files into the folder instead of linking another one");
        }

        if (kind != EntryKind.RegularFile)
        {
            return Error(DiagnosticCodes.NotRegularFile, shownAs, "this is not a regular file (a folder, pipe, socket or device); it is not read",
                "save the posting as a plain text file");
        }

        return size > maxBytes ? TooLarge(shownAs, size.ToString("N0", CultureInfo.InvariantCulture)) : null;
    }

    private Outcome<T> ReadAtMost<T>(string real, int size, string shownAs, Func<ReadOnlySpan<byte>, Outcome<T>> parse)
    {
        if (size == 0)
        {
            return parse([]); // nothing to read; and where statx is missing, a pipe shows size 0 too: it is never opened
        }

        using var stream = new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var length = stream.ReadAtLeast(buffer.AsSpan(0, size), size, throwOnEndOfStream: false);
            if (length == size && stream.ReadByte() is var next and >= 0)
            {
                // It grew since its size was taken (an editor still writing): read on, up to one byte past the limit.
                var grown = ArrayPool<byte>.Shared.Rent(maxBytes + 1);
                buffer.AsSpan(0, length).CopyTo(grown);
                (buffer, grown) = (grown, buffer);
                ArrayPool<byte>.Shared.Return(grown);
                buffer[length++] = (byte)next;
                length += stream.ReadAtLeast(buffer.AsSpan(length, maxBytes + 1 - length), maxBytes + 1 - length, throwOnEndOfStream: false);
            }

            return length > maxBytes
                ? new(default, [TooLarge(shownAs, "more than " + maxBytes.ToString("N0", CultureInfo.InvariantCulture))])
                : parse(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private Diagnostic TooLarge(string shownAs, string size) =>
        Error(DiagnosticCodes.FileTooLarge, shownAs,
            string.Create(CultureInfo.InvariantCulture, $"file is {size} bytes; files here are limited to {maxBytes:N0} bytes"),
            "keep only the text: no embedded images or archives");

    private static Diagnostic Error(string code, string file, string message, string? hint = null) =>
        new(code, Severity.Error, file, 0, 0, message, hint);

    private enum EntryKind
    {
        RegularFile,
        Folder,
        Other, // a pipe, socket or device
    }

    /// <summary>
    /// What the real path is, and its size. Linux's <c>statx</c> tells a pipe, socket or device from a
    /// regular file; .NET does not (it calls them all files), so without statx every non-folder counts as regular.
    /// </summary>
    private static EntryKind Kind(string real, out long size)
    {
        if (OperatingSystem.IsLinux())
        {
            var status = new byte[StatxBytes];
            try
            {
                if (Statx(AtCurrentFolder, real, AtSymlinkNoFollow, StatxMaskType | StatxMaskSize, status) != 0)
                {
                    throw new IOException(Marshal.GetLastPInvokeErrorMessage());
                }

                size = BitConverter.ToInt64(status, 40);
                return (BitConverter.ToUInt16(status, 28) & 0xF000) switch
                {
                    0x8000 => EntryKind.RegularFile,
                    0x4000 => EntryKind.Folder,
                    _ => EntryKind.Other,
                };
            }
            catch (EntryPointNotFoundException)
            {
                // A C library older than statx (glibc 2.28, musl 1.2.5): as elsewhere.
            }
        }

        var info = new FileInfo(real);
        size = info.Exists ? info.Length : 0;
        return info.Exists ? EntryKind.RegularFile
            : Directory.Exists(real) ? EntryKind.Folder
            : throw new FileNotFoundException("no such file");
    }

    // statx(2): struct statx has the same layout on every Linux architecture (stx_mode at 28, stx_size at 40, 256 bytes).
    private const int AtCurrentFolder = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxMaskType = 0x1;
    private const uint StatxMaskSize = 0x200;
    private const int StatxBytes = 256;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int folder, string path, int flags, uint mask, byte[] status);
}
