using System.Text;

namespace JobBoard.Site;

/// <summary>A file of the generated site.</summary>
/// <param name="Path">Relative to the output folder, forward slashes, e.g. <c>jobs/x/index.html</c>.</param>
public sealed record OutputFile(string Path, byte[] Content)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static OutputFile Text(string path, string content) => new(path, Utf8.GetBytes(content));
}
