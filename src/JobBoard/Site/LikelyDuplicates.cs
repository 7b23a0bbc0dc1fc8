using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using JobBoard.Model;

namespace JobBoard.Site;

/// <summary>
/// Finds the same job posted again in other words (JB0312), beyond the exact copies of JB0303. Two open postings
/// of one company (<see cref="DuplicateNames.Company"/>) are likely one job when their titles are one
/// (<see cref="DuplicateNames.Title"/>) and their places are compatible, or when their descriptions are at least
/// <see cref="SameText"/> the same (<see cref="Shingles"/>). The newer one (by <c>datePosted</c>, then by path) is
/// warned about, naming the older; both stay published, as a warning's posting always is: the rule is a guess.
/// Closed postings take no part: posting a closed job again is how it reopens.
/// </summary>
/// <remarks>
/// Boards have 10,000 postings and more, so no two postings of different companies are ever compared, and inside a
/// company the descriptions are compared only with those that share at least half of a small sketch of their
/// shingles (<see cref="Shingles.Sketch"/>), at most <see cref="MostComparisons"/> of them, those sharing most first.
/// A company whose postings share one long boilerplate text still costs a bounded amount of work per posting.
/// </remarks>
public static class LikelyDuplicates
{
    /// <summary>The similarity (<see cref="Shingles.Similarity"/>) from which two descriptions count as one text.</summary>
    public const double SameText = 0.9;

    /// <summary>The most descriptions one posting's is compared with in full.</summary>
    private const int MostComparisons = 16;

    /// <summary>The most postings remembered per sketch hash of a company (the newest): the bound on the work of a
    /// posting whose sketch is all boilerplate.</summary>
    private const int MostPerSketchHash = 64;

    /// <summary>One JB0312 warning per open posting that is likely a newer copy of another, in path order.</summary>
    /// <param name="remembered">The shingles of the last call's postings, by posting object (the preview server's: a posting
    /// never changes, and the server hands the unchanged ones to every rebuild, so each description is shingled once);
    /// left holding this call's. Without it, a company's shingles are dropped once its postings are compared. Not a weak
    /// table keyed by the posting: the garbage collector scans every entry of one at each collection.</param>
    public static ImmutableArray<Diagnostic> Find(IReadOnlyList<Posting> open, ConcurrentDictionary<Posting, Shingles>? remembered = null)
    {
        var companies = open
            .Where(p => p.Company is not null)
            .GroupBy(p => DuplicateNames.Company(p.Company!.Name), StringComparer.Ordinal)
            .Where(group => group.Key.Length > 0 && group.Skip(1).Any())
            .Select(group => group.OrderBy(p => p.DatePosted ?? DateOnly.MinValue).ThenBy(p => p.File, StringComparer.Ordinal).ToArray())
            .ToArray();
        var last = remembered is null ? null : new Dictionary<Posting, Shingles>(remembered, remembered.Comparer);
        remembered?.Clear();
        Shingles Shingled(Posting posting)
        {
            var text = last?.GetValueOrDefault(posting) ?? posting.ReadBody(Shingles.Of);
            remembered?.TryAdd(posting, text);
            return text;
        }

        return [.. companies.AsParallel().SelectMany(postings => InCompany(postings, [.. postings.Select(Shingled)]))
            .OrderBy(d => d.File, StringComparer.Ordinal)];
    }

    /// <summary>Whether two postings name compatible places: none at all, or one place in common, where a town the place
    /// tables do not know is the same with or without its country (<c>Smallbrook</c>, <c>Smallbrook, Germany</c>).</summary>
    public static bool SamePlaces(ImmutableArray<Place> a, ImmutableArray<Place> b) =>
        (a.IsEmpty && b.IsEmpty) || a.Any(x => b.Any(y => SamePlace(x, y)));

    /// <summary>The warnings for one company's postings, oldest first.</summary>
    private static List<Diagnostic> InCompany(Posting[] postings, Shingles[] texts)
    {
        var warnings = new List<Diagnostic>();
        var byTitle = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var bySketch = new Dictionary<ulong, List<int>>();
        for (var at = 0; at < postings.Length; at++)
        {
            var posting = postings[at];
            var title = posting.Title is { } written ? DuplicateNames.Title(written) : "";
            var sameTitle = title.Length == 0 ? null : byTitle.GetValueOrDefault(title)?.Find(older => SamePlaces(older.Locations, posting.Locations));
            if (sameTitle is not null)
            {
                warnings.Add(Warning(posting, sameTitle, "same company, title and place"));
            }
            else if (SimilarText(at, texts, bySketch) is { } similar)
            {
                var percent = Math.Floor(similar.Similarity * 100).ToString(CultureInfo.InvariantCulture);
                warnings.Add(Warning(posting, postings[similar.Older], $"same company, {percent}% the same description"));
            }

            if (title.Length > 0)
            {
                (byTitle.TryGetValue(title, out var same) ? same : byTitle[title] = []).Add(posting);
            }

            foreach (var hash in texts[at].Sketch)
            {
                var holders = bySketch.TryGetValue(hash, out var list) ? list : bySketch[hash] = [];
                if (holders.Count == MostPerSketchHash)
                {
                    holders.RemoveAt(0);
                }

                holders.Add(at);
            }
        }

        return warnings;
    }

    /// <summary>The earlier posting whose text is most alike and at least <see cref="SameText"/> the same; null when none.</summary>
    private static (int Older, double Similarity)? SimilarText(int at, Shingles[] texts, Dictionary<ulong, List<int>> bySketch)
    {
        var sketch = texts[at].Sketch;
        var shared = new Dictionary<int, int>();
        foreach (var hash in sketch)
        {
            foreach (var older in bySketch.GetValueOrDefault(hash) ?? [])
            {
                shared[older] = shared.GetValueOrDefault(older) + 1;
            }
        }

        // Sets 90% the same (a Jaccard index of 0.82 or more) share most of their smallest hashes; half is a wide margin.
        var half = (sketch.Length + 1) / 2;
        return shared.Where(c => c.Value >= half)
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key)
            .Take(MostComparisons)
            .Select(c => (Older: c.Key, Similarity: texts[at].Similarity(texts[c.Key])))
            .Where(c => c.Similarity >= SameText)
            .OrderByDescending(c => c.Similarity).ThenBy(c => c.Older)
            .Select(c => ((int, double)?)c)
            .FirstOrDefault();
    }

    private static bool SamePlace(Place a, Place b) =>
        string.Equals(a.Label, b.Label, StringComparison.OrdinalIgnoreCase)
        || (a.Locality is { } x && b.Locality is { } y && string.Equals(x, y, StringComparison.OrdinalIgnoreCase)
            && (a.Country is null || b.Country is null || a.Country == b.Country));

    private static Diagnostic Warning(Posting newer, Posting older, string why) =>
        new(DiagnosticCodes.LikelyDuplicate, Severity.Warning, newer.File, 0, 0,
            $"likely the same job as {older.File} ({why})",
            "if it is posted again, delete or archive one of the two; if they are two jobs, let the title or the description tell them apart");
}
