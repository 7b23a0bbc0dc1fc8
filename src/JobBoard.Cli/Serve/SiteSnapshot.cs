using System.IO.Hashing;
using JobBoard.Output;
using JobBoard.Site;
using Microsoft.AspNetCore.StaticFiles;

namespace JobBoard.Cli.Serve;

/// <summary>
/// One complete generated site as the server sees it, never changed after it is made: a rebuild
/// makes a new snapshot and swaps the reference, so a request reads the old site or the new one,
/// never a mix.
/// </summary>
internal sealed class SiteSnapshot
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    // Never modified after the constructor, so concurrent requests may read it. Not a FrozenDictionary:
    // making one of a large site's files took longer than the rest of the swap, once per rebuild.
    private readonly Dictionary<string, OutputFile> files;

    private SiteSnapshot(Dictionary<string, OutputFile> files, int version)
    {
        this.files = files;
        Version = version;
    }

    public static SiteSnapshot Empty { get; } = new([], 0);

    /// <summary>Counts the builds that were swapped in; the first build is 1.</summary>
    public int Version { get; }

    public int Count => files.Count;

    public static SiteSnapshot From(IReadOnlyCollection<OutputFile> files, int version)
    {
        var byPath = new Dictionary<string, OutputFile>(files.Count, StringComparer.Ordinal);
        foreach (var file in files)
        {
            byPath.Add(file.Path, file);
        }

        return new(byPath, version);
    }

    /// <summary>This site with some files added (or replaced), as the same build: the preview server serves a
    /// saved stylesheet this way while the pages that name it are made again.</summary>
    public SiteSnapshot With(IEnumerable<OutputFile> added)
    {
        var byPath = new Dictionary<string, OutputFile>(files, StringComparer.Ordinal);
        foreach (var file in added)
        {
            byPath[file.Path] = file;
        }

        return new(byPath, Version);
    }

    public OutputFile? Find(string path) => files.GetValueOrDefault(path);

    public bool Contains(string path) => files.ContainsKey(path);

    /// <summary>The published URLs of the theme's stylesheets, e.g. <c>/assets/style.0123456789.css</c>.</summary>
    public IEnumerable<string> Stylesheets =>
        files.Keys.Where(p => p.StartsWith("assets/", StringComparison.Ordinal) && p.EndsWith(".css", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(p => "/" + p);

    public static string ContentType(string path)
    {
        var type = ContentTypes.TryGetContentType(path, out var known) ? known : "application/octet-stream";
        if (path.EndsWith("feed.xml", StringComparison.Ordinal))
        {
            type = "application/atom+xml";
        }
        else if (path.EndsWith("feed.json", StringComparison.Ordinal))
        {
            type = "application/feed+json";
        }
        else if (Path.GetFileName(path) == "_redirects")
        {
            type = "text/plain";
        }

        var text = type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/atom+xml" or "application/feed+json"
            or "application/javascript" or "image/svg+xml" or "application/xml";
        return text ? type + "; charset=utf-8" : type;
    }

    /// <summary>A strong validator from the content: a 128-bit hash, made on each request (a millisecond for the largest file).</summary>
    public static string ETag(byte[] content) => "\"" + Convert.ToHexStringLower(XxHash128.Hash(content)) + "\"";
}
