namespace JobBoard.Cli.Serve;

/// <summary>
/// Maps a request path to a file of the site, with pretty URLs (<c>/jobs/x/</c> →
/// <c>jobs/x/index.html</c>). Anything that could name a file outside the site is refused:
/// dot segments (also percent-encoded, <c>/..%2f</c>), backslashes (<c>%5c</c>), drive letters,
/// control characters and double slashes. The server reads only its in-memory snapshot, so this is
/// the second wall, not the only one.
/// </summary>
internal static class SitePath
{
    /// <summary>What to do with a request path.</summary>
    /// <param name="File">The site-relative file to look up (forward slashes), when not refused.</param>
    /// <param name="DirectoryFile">For a path without a trailing slash, the index file that would make it a pretty URL.</param>
    internal sealed record Target(string? File, string? DirectoryFile, bool Refused);

    private static readonly Target Refuse = new(null, null, Refused: true);

    /// <param name="path">The request path as the server received it (Kestrel keeps <c>%2F</c> encoded).</param>
    public static Target Resolve(string path)
    {
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            return Refuse;
        }

        if (!decoded.StartsWith('/') || decoded.Contains('\\') || decoded.Contains(':') || decoded.Contains("//", StringComparison.Ordinal)
            || decoded.Any(char.IsControl) || decoded.Contains('%'))
        {
            return Refuse;
        }

        var relative = decoded[1..];
        if (relative.Split('/').Any(segment => segment is "." or ".."))
        {
            return Refuse;
        }

        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            return new Target(relative + "index.html", null, Refused: false);
        }

        return new Target(relative, relative + "/index.html", Refused: false);
    }
}
