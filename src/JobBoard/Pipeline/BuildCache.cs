using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;
using JobBoard.Ingest;
using JobBoard.Model;
using JobBoard.Normalize;
using JobBoard.Output;
using JobBoard.Render;
using JobBoard.Search;
using JobBoard.Site;

namespace JobBoard.Pipeline;

/// <summary>
/// What one build can reuse from the previous one, for the preview server's rebuilds:
/// the build settings while theme/, site.yml, taxonomy.yml, input/pages/ and the company profiles and logos are unchanged, the posting files
/// found and each one's read/parse/normalize result keyed by path and content hash, the outputs of
/// the engine (<see cref="OutputCache{T}"/>, keyed by their inputs, the settings among them), and the
/// state the site model and the search index patch. A change of taxonomy.yml reads every posting again,
/// since the taxonomy shapes every posting; a change of the theme, site.yml or a page changes the key of every
/// output: a posting's parse never reads them, and every page embeds the templates and the assets'
/// fingerprinted URLs. Use one cache for one input and theme at a time. The rules it keeps are in
/// docs/architecture.md.
/// </summary>
public sealed class BuildCache
{
    private string? postingsFingerprint;
    private string? pagesFingerprint;
    private Outcome<BuildSettings> settings;
    private ConcurrentDictionary<string, Known> postings = new(StringComparer.Ordinal);
    private HashSet<string> changed = new(StringComparer.Ordinal);
    private IReadOnlyList<(string FullPath, string RelativePath)>? discovered;
    private bool reported; // MarkChanged was called since the last build
    private bool reportedLast; // ... and before the last build
    private HashSet<string>? reading; // while reports are trusted, the postings this build reads (it looks at no other)
    private GeneratedSite? last;

    /// <summary>The key of a file's path and content (<see cref="InputKey"/>) and its posting, its size and time when it was read, whether
    /// that size and time vouch for the content (<see cref="Settled"/>), and whether it is a link:
    /// a link's own size and time say nothing of its target, whose changes the watcher reports
    /// under the target's name.</summary>
    private sealed record Known(UInt128 Key, Outcome<Posting> Result, long Length, DateTime WrittenUtc, bool Vouched, bool Link)
    {
        public Known(UInt128 key, Outcome<Posting> result, FileInfo file, DateTime readUtc)
            : this(key, result, file.Length, file.LastWriteTimeUtc, file.LastWriteTimeUtc < readUtc - Settled,
                file.Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
        }
    }

    private static readonly Comparer<(string FullPath, string RelativePath)> ByRelativePath =
        Comparer<(string FullPath, string RelativePath)>.Create((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));

    /// <summary>
    /// How long before it was read a file must have been last written for its size and time to
    /// vouch for its content: a write within the file system's timestamp resolution (up to 2 s
    /// on FAT) can leave both unchanged ("racy git").
    /// </summary>
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);

    /// <summary>The last site assembled, for <see cref="SiteReassembler"/>.</summary>
    internal SiteReassembler.Assembled? LastAssembled { get; set; }

    /// <summary>The shingles of the postings the last build compared (<see cref="LikelyDuplicates.Find"/>), by posting object.</summary>
    internal ConcurrentDictionary<Posting, Shingles> Shingles { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The numbering of search terms, for the cache's lifetime: the scored terms kept with the job
    /// views (<see cref="Jobs"/>) are numbered by it, whichever build made them.</summary>
    internal SearchTerms.TermNumbers TermNumbers { get; } = new();

    /// <summary>The last build's search index, patched by the next.</summary>
    internal SearchIndex? SearchIndex { get; set; }

    /// <summary>A content hash of the settings (<see cref="LoadSettings"/>'s fingerprints): an input of every output.</summary>
    internal UInt128 SettingsKey { get; private set; }

    /// <summary>The pages besides the job pages (<see cref="OutputCache{T}"/>).</summary>
    internal OutputCache<Outcome<OutputFile>> Pages { get; } = new();

    /// <summary>Each list's Atom and JSON feeds.</summary>
    internal OutputCache<ImmutableArray<OutputFile>> Feeds { get; } = new();

    internal OutputCache<ImmutableArray<OutputFile>> Sitemaps { get; } = new();

    /// <summary>Each posting's view, page and search terms.</summary>
    internal OutputCache<JobOutputs> Jobs { get; } = new();

    /// <summary>The files of the search index but its entry.</summary>
    internal OutputCache<SearchIndex.IndexFile> SearchFiles { get; } = new();

    /// <summary>Each open posting's entry of jobs.json.</summary>
    internal OutputCache<byte[]> JobsJsonEntries { get; } = new();

    /// <summary>The key of a posting file's path and content as the last read found them; null when it was not read.</summary>
    internal UInt128? SourceKey(string relativePath) => postings.TryGetValue(relativePath, out var known) ? known.Key : null;

    /// <summary>Ends a build that made its outputs: what it asked the output caches for is what the next build can reuse.</summary>
    internal void EndBuild()
    {
        Pages.EndBuild();
        Feeds.EndBuild();
        Sitemaps.EndBuild();
        Jobs.EndBuild();
        JobsJsonEntries.EndBuild();
        SearchFiles.EndBuild();
        settings.Value?.Theme.EndBuild();
    }

    /// <summary>Postings read from disk by the last build (the others came from the cache).</summary>
    public int PostingsReparsed => reparsed;

    /// <summary>Posting files read from disk by the last build; the others were vouched for by their size and
    /// time, or by a watcher that did not report them (<see cref="MarkChanged"/>).</summary>
    public int FilesRead => read;

    private int reparsed;
    private int read;

    /// <summary>The settings, loaded again when a file they are made of changed: a change of what a posting's
    /// parse reads (taxonomy.yml) forgets the postings, any change forgets the rendered pages.</summary>
    internal Outcome<BuildSettings> LoadSettings(BuildOptions options)
    {
        var (postingInputs, pageInputs) = (PostingInputs(options), PageInputs(options));
        var postingInputsChanged = postingInputs != postingsFingerprint;
        if (postingInputsChanged)
        {
            postings = new(StringComparer.Ordinal);
            discovered = null;
        }

        if (postingInputsChanged || pageInputs != pagesFingerprint || settings.Value is null)
        {
            settings = BuildSettings.Load(options);
            (postingsFingerprint, pagesFingerprint) = (postingInputs, pageInputs);
            SettingsKey = InputKey.Of(InputKey.Of(postingInputs), InputKey.Of(pageInputs));
            (LastAssembled, SearchIndex) = (null, null);
        }

        reparsed = 0;
        read = 0;
        return settings;
    }

    /// <summary>
    /// The discover stage. When the reports since the last build name every change (see
    /// <see cref="MarkChanged"/>): the last build's files with the reported ones added or removed,
    /// and only the reported ones are read again. Otherwise every file, as
    /// <see cref="PostingDiscovery.Discover"/> finds them, each checked by its size and time.
    /// </summary>
    internal IReadOnlyList<(string FullPath, string RelativePath)> Discover(BuildOptions options)
    {
        var updated = reported && reportedLast && discovered is not null ? Update(options.Input, options.Theme, discovered) : null;
        reading = updated?.Read;
        discovered = updated?.Files ?? PostingDiscovery.Discover(options.Input);
        return discovered;
    }

    /// <summary>
    /// The last build's files with the reported changes applied, and the input-relative paths to read;
    /// null when a report leaves doubt: a folder of the input (created, renamed, deleted, or the watcher's
    /// whole folder after it lost events), a path outside the input and theme folders, or two paths that
    /// differ only in case (a rename on a case-insensitive disk).
    /// </summary>
    private (List<(string FullPath, string RelativePath)> Files, HashSet<string> Read)? Update(
        string input, string theme, IReadOnlyList<(string FullPath, string RelativePath)> previous)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(input)) + Path.DirectorySeparatorChar;
        var themeRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(theme)) + Path.DirectorySeparatorChar;
        var jobs = root + PostingDiscovery.JobsFolder + Path.DirectorySeparatorChar;
        var files = new List<(string FullPath, string RelativePath)>(previous);
        var read = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in changed)
        {
            var inInput = path.StartsWith(root, StringComparison.Ordinal);
            if (!inInput && (path + Path.DirectorySeparatorChar).StartsWith(themeRoot, StringComparison.Ordinal))
            {
                continue; // the theme (its folder too, when its watcher lost events): no posting reads it, the settings' fingerprint does
            }

            if (!inInput || jobs.StartsWith(path + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                || Directory.Exists(path) || !names.Add(path))
            {
                return null;
            }

            if (!path.StartsWith(jobs, StringComparison.Ordinal))
            {
                continue; // site.yml, taxonomy.yml, companies/, logos/: the settings' fingerprint sees them
            }

            var relative = PostingDiscovery.Relative(input, path);
            var at = files.BinarySearch((path, relative), ByRelativePath);
            if (PostingDiscovery.Lists(input, path))
            {
                if (at < 0)
                {
                    files.Insert(~at, (path, relative));
                }

                read.Add(relative);
            }
            else if (at >= 0)
            {
                files.RemoveAt(at);
                postings.TryRemove(relative, out _);
            }
            else if (~files.BinarySearch((path, relative + "/"), ByRelativePath) is var under
                && under < files.Count && files[under].RelativePath.StartsWith(relative + "/", StringComparison.Ordinal))
            {
                return null; // a folder of postings went away
            }
        }

        return (files, read);
    }

    /// <summary>The posting of a file whose content was read and normalized before, or a fresh one.</summary>
    internal Outcome<Posting> ReadPosting(ConfinedFolder folder, string fullPath, string relativePath, Taxonomy taxonomy)
    {
        if (reading is not null && !reading.Contains(relativePath) && postings.TryGetValue(relativePath, out var unreported)
            && !unreported.Link)
        {
            return unreported.Result;
        }

        byte[] bytes;
        FileInfo file;
        var readUtc = DateTime.UtcNow;
        try
        {
            file = new FileInfo(fullPath);
            file.Refresh(); // size and time from before the read: a write during it shows next time
            postings.TryGetValue(relativePath, out var known);
            if (known is not null && file.Length == known.Length && file.LastWriteTimeUtc == known.WrittenUtc
                && known.Vouched && !known.Link && (changed.Count == 0 || !changed.Contains(Path.GetFullPath(fullPath))))
            {
                return known.Result;
            }

            var content = folder.Read(fullPath, relativePath);
            if (content.Value is null)
            {
                postings.TryRemove(relativePath, out _);
                return new(null, content.Diagnostics);
            }

            bytes = content.Value;
            Interlocked.Increment(ref read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            postings.TryRemove(relativePath, out _);
            return BuildPipeline.ReadPosting(folder, fullPath, relativePath, taxonomy);
        }

        var key = InputKey.Of(InputKey.Of(relativePath), XxHash128.HashToUInt128(bytes));
        if (postings.TryGetValue(relativePath, out var same) && same.Key == key)
        {
            postings[relativePath] = new Known(key, same.Result, file, readUtc);
            return same.Result;
        }

        Interlocked.Increment(ref reparsed);
        var result = BuildPipeline.ParsePosting(bytes, relativePath, taxonomy);
        postings[relativePath] = new Known(key, result, file, readUtc);
        return result;
    }

    /// <summary>
    /// Files the caller knows changed (the preview server's watcher) are read again even when
    /// their size and time look the same; a folder among them means anything may have changed.
    /// Applies to the next build. A caller that reports before two builds in a row is trusted to
    /// report every change, as a watcher does: the second build and those after it look only at the
    /// files named (the first looks at all, since a file may have changed before the watcher started).
    /// </summary>
    public void MarkChanged(IEnumerable<string> fullPaths)
    {
        reported = true;
        foreach (var path in fullPaths.Select(Path.GetFullPath))
        {
            if (Directory.Exists(path))
            {
                foreach (var (file, known) in postings)
                {
                    postings[file] = known with { Vouched = false };
                }
            }

            changed.Add(path);
        }
    }

    /// <summary>The key of everything a build reads (see <see cref="GeneratedSite.Inputs"/>): the options, the settings and
    /// each posting file's path and content, in order; a file the last read could not vouch for has a fresh key.</summary>
    internal UInt128 InputsKey(BuildOptions options)
    {
        var files = discovered ?? [];
        var parts = new UInt128[files.Count + 2];
        parts[0] = InputKey.Of(options.ToString());
        parts[1] = SettingsKey;
        for (var i = 0; i < files.Count; i++)
        {
            parts[i + 2] = SourceKey(files[i].RelativePath) ?? InputKey.Fresh();
        }

        return InputKey.Of(parts);
    }

    /// <summary>The last build's site when this build's inputs have the same key (a save that changed nothing, or a
    /// watcher event that came late); null otherwise.</summary>
    internal GeneratedSite? Unchanged(UInt128 inputs) => last is { } site && site.Inputs == inputs ? site : null;

    internal void Remember(GeneratedSite site) => last = site;

    /// <summary>Ends the read stage: forgets the postings of files that no longer exist and the marked changes.</summary>
    internal void Retain(IEnumerable<string> relativePaths)
    {
        changed = new(StringComparer.Ordinal);
        reportedLast = reported;
        reported = false;
        if (reading is not null)
        {
            reading = null;
            return; // Update forgot the files that went away
        }

        var keep = relativePaths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in postings.Keys.Where(p => !keep.Contains(p)))
        {
            postings.TryRemove(path, out _);
        }
    }

    /// <summary>A hash over what reading, parsing and normalizing a posting depends on: the input folder and taxonomy.yml.</summary>
    private static string PostingInputs(BuildOptions options) =>
        Fingerprint(options.Input, [(ConfinedFolder.Input(options.Input), Path.Combine(options.Input, BuildSettings.TaxonomyFile))]);

    /// <summary>A hash over what only the pages depend on: site.yml, the pages of input/pages/ (each page's text and the
    /// navigation of every page), the company profiles and logos, every file of theme/ and the options that shape them.</summary>
    private static string PageInputs(BuildOptions options)
    {
        var (input, theme) = (ConfinedFolder.Input(options.Input), Theme.Folder(options.Theme));
        return Fingerprint(string.Join("\u001f", options.Theme, options.BaseUrl, options.StrictTemplates),
            [(input, Path.Combine(options.Input, SiteConfig.FileName)),
                .. PageReader.Files(options.Input).Select(file => (input, file)),
                .. Files(Path.Combine(options.Input, CompanyProfileReader.Folder)).Select(file => (input, file)),
                .. Files(Path.Combine(options.Input, CompanyProfileReader.LogoFolder)).Select(file => (input, file)),
                .. Files(options.Theme).Select(file => (theme, file))]);
    }

    /// <summary>Every file under a folder, in ordinal order; none when it does not exist.</summary>
    private static IEnumerable<string> Files(string folder) =>
        Directory.Exists(folder)
            ? ConfinedFolder.Entries(folder, new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }).Order(StringComparer.Ordinal)
            : [];

    /// <summary>A hash over some options and the content of some files (read as their folder allows).</summary>
    private static string Fingerprint(string options, IEnumerable<(ConfinedFolder Folder, string File)> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => sha.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        Add(options);
        foreach (var (folder, file) in files)
        {
            Add(file);
            var content = folder.Read(file, file);
            if (content.Value is { } bytes)
            {
                sha.AppendData(bytes);
            }
            else
            {
                Add("(not read: " + string.Join(' ', content.Diagnostics.Select(d => d.Code)) + ")");
            }
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
