using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using JobBoard.Model;
using JobBoard.Normalize;
using JobBoard.Render;

namespace JobBoard.Site;

/// <summary>
/// What one build can reuse from the previous one, for the preview server's rebuilds:
/// the build settings while theme/, site.yml and taxonomy.yml are unchanged, each posting's
/// read/parse/normalize result keyed by path and content hash, and rendered pages
/// (<see cref="RenderMemo"/>). A change of settings drops everything, since the taxonomy and
/// the theme shape every posting and page. Use one cache for one input and theme at a time.
/// </summary>
public sealed class BuildCache
{
    private string? settingsFingerprint;
    private Outcome<BuildSettings> settings;
    private ConcurrentDictionary<string, (string Hash, Outcome<Posting> Result)> postings = new(StringComparer.Ordinal);

    /// <summary>Rendered pages and views of the last build.</summary>
    public RenderMemo Render { get; private set; } = new();

    /// <summary>Postings read from disk by the last build (the others came from the cache).</summary>
    public int PostingsReparsed => reparsed;

    private int reparsed;

    internal Outcome<BuildSettings> LoadSettings(BuildOptions options)
    {
        var fingerprint = Fingerprint(options);
        if (fingerprint != settingsFingerprint || settings.Value is null)
        {
            settings = BuildSettings.Load(options);
            settingsFingerprint = fingerprint;
            postings = new(StringComparer.Ordinal);
            Render = new RenderMemo();
        }

        Render.NextBuild();
        reparsed = 0;
        return settings;
    }

    /// <summary>The posting of a file whose content was read and normalized before, or a fresh one.</summary>
    internal Outcome<Posting> ReadPosting(string fullPath, string relativePath, Taxonomy taxonomy)
    {
        if (SiteBuilder.LinkOutside(fullPath, relativePath) is { } refused)
        {
            return refused;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            postings.TryRemove(relativePath, out _);
            return SiteBuilder.ReadPosting(fullPath, relativePath, taxonomy);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Render.SetSourceHash(relativePath, hash);
        if (postings.TryGetValue(relativePath, out var known) && known.Hash == hash)
        {
            return known.Result;
        }

        Interlocked.Increment(ref reparsed);
        var result = SiteBuilder.ParsePosting(bytes, relativePath, taxonomy);
        postings[relativePath] = (hash, result);
        return result;
    }

    /// <summary>Forgets the postings of files that no longer exist.</summary>
    internal void Retain(IEnumerable<string> relativePaths)
    {
        var keep = relativePaths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in postings.Keys.Where(p => !keep.Contains(p)))
        {
            postings.TryRemove(path, out _);
        }
    }

    /// <summary>A hash over the options and every file the settings are made of (theme/, site.yml, taxonomy.yml).</summary>
    private static string Fingerprint(BuildOptions options)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => sha.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        Add(string.Join("\u001f", options.Input, options.Theme, options.BaseUrl, options.StrictTemplates));
        var files = new[] { Path.Combine(options.Input, SiteConfig.FileName), Path.Combine(options.Input, BuildSettings.TaxonomyFile) }
            .Concat(Directory.Exists(options.Theme)
                ? Directory.EnumerateFiles(options.Theme, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : []);
        foreach (var file in files)
        {
            Add(file);
            try
            {
                sha.AppendData(File.ReadAllBytes(file));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Add("(missing)");
            }
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
