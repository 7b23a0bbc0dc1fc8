using System.Text.Json;

namespace JobBoard.Check;

/// <summary>
/// <c>.jobboard/links.json</c> beside the input folder: what each apply link answered, so that
/// checking the board again the same day requests nothing. Entries are sorted by URL and written
/// indented, so the file is the same for the same answers. Only answers are kept: a link that
/// gave none (no answer in time, no connection) is tried again on the next run.
/// </summary>
public static class LinkCache
{
    public const string Folder = ".jobboard";

    public const string FileName = "links.json";

    /// <summary>How long an answer is reused: a daily check requests every link once a day.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);

    /// <summary>The cache of the board whose input folder is <paramref name="input"/>.</summary>
    public static string PathFor(string input)
    {
        var board = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(input))) ?? input;
        return Path.Combine(board, Folder, FileName);
    }

    /// <summary>The entries younger than <see cref="MaxAge"/> at <paramref name="now"/>, by URL. A missing
    /// or unreadable file is an empty cache: it only saves time.</summary>
    public static Dictionary<string, LinkStatus> Load(string path, DateTime now)
    {
        var fresh = new Dictionary<string, LinkStatus>(StringComparer.Ordinal);
        try
        {
            foreach (var entry in JsonSerializer.Deserialize(File.ReadAllText(path), LinkCacheJson.Default.LinkStatusArray) ?? [])
            {
                var age = now - entry.CheckedAt;
                if (age >= TimeSpan.Zero && age < MaxAge)
                {
                    fresh[entry.Url] = entry;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            fresh.Clear();
        }

        return fresh;
    }

    /// <summary>Writes the answered entries, replacing the file in one move. A folder that cannot be
    /// written (a read-only checkout) leaves the cache as it was: the check itself is done.</summary>
    public static void Save(string path, IEnumerable<LinkStatus> entries)
    {
        var answered = entries.Where(e => e.Problem is null).OrderBy(e => e.Url, StringComparer.Ordinal).ToArray();
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(answered, LinkCacheJson.Default.LinkStatusArray) + "\n");
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not saved; the next run requests the links again.
        }
    }
}
