using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace JobBoard.Ingest;

/// <summary>
/// Removes a tail that only repeats earlier text. Seed 004 ends with its requirement and
/// responsibility bullets pasted again, without bullets or final periods, after
/// <c>#LI-Remote</c>; each sentence must appear once. Hashtags in the removed tail are kept.
/// </summary>
/// <remarks>
/// Words are compared normalized (lower case, punctuation at their ends ignored), so
/// "customers." matches "customers". The tail must be covered entirely by runs of at least
/// <see cref="MinRunWords"/> words that occur earlier, and it must start at a sentence start.
/// </remarks>
internal static partial class RepeatedTailRemover
{
    /// <summary>Shorter runs match by chance ("of the team").</summary>
    private const int MinRunWords = 3;

    /// <summary>A repeated closing line shorter than this is left alone.</summary>
    private const int MinTailWords = 8;

    /// <summary>Bounds the work on pathological input (the same word thousands of times).</summary>
    private const int MaxCandidatesPerRun = 32;

    private const int MaxRunWords = 512;

    /// <summary>Only the last words can start the tail; keeps a pathological 2 MiB file fast.</summary>
    private const int MaxTailWords = 5_000;

    public static string Remove(string text)
    {
        var words = new List<Word>();
        var hashtags = new List<(int Start, string Text)>();
        var vocabulary = new Vocabulary();
        foreach (var token in Token().EnumerateMatches(text))
        {
            var value = text.AsSpan(token.Index, token.Length);
            if (Hashtag().IsMatch(value))
            {
                hashtags.Add((token.Index, value.TrimEnd(".,;:").ToString()));
            }
            else if (vocabulary.Id(value) is var id and >= 0)
            {
                words.Add(new Word(id, token.Index));
            }
        }

        var tailStart = FindTailStart(words, text);
        if (tailStart < 0)
        {
            return text;
        }

        var cut = words[tailStart].Start;
        var kept = text[..cut].TrimEnd();
        var moved = hashtags.Where(h => h.Start >= cut).Select(h => h.Text).ToList();
        return moved.Count == 0 ? kept : kept + "\n\n" + string.Join(' ', moved);
    }

    /// <summary>Index of the first word of the repeated tail, or -1 when there is none.</summary>
    private static int FindTailStart(List<Word> words, string text)
    {
        var n = words.Count;
        var longest = LongestEarlierRuns(words);
        var covered = new bool[n + 1];
        covered[n] = true;
        for (var i = n - 1; i >= Math.Max(0, n - MaxTailWords); i--)
        {
            for (var length = longest[i]; length >= MinRunWords && !covered[i]; length--)
            {
                covered[i] = covered[i + length];
            }
        }

        for (var i = 0; i <= n - MinTailWords; i++)
        {
            if (covered[i] && StartsSentence(text, words[i].Start))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>For each word, the longest run starting there that also occurs entirely before it.</summary>
    private static int[] LongestEarlierRuns(List<Word> words)
    {
        var n = words.Count;
        var longest = new int[n];

        // The runs of MinRunWords words indexed so far: the latest start of each, and for each start
        // the previous start of the same run, a chain from the newest back.
        var latest = new Dictionary<(int, int, int), int>(n);
        var previous = new int[n];
        var indexed = 0;
        var firstCandidate = Math.Max(0, n - MaxTailWords);
        for (var i = 0; i + MinRunWords <= n; i++)
        {
            // Only runs that end before i may be sources: the tail repeats, it does not overlap.
            for (; indexed + MinRunWords <= i; indexed++)
            {
                ref var newest = ref CollectionsMarshal.GetValueRefOrAddDefault(latest, Key(words, indexed), out var seen);
                previous[indexed] = seen ? newest : -1;
                newest = indexed;
            }

            if (i < firstCandidate || !latest.TryGetValue(Key(words, i), out var j))
            {
                continue;
            }

            for (var candidates = 0; j >= 0 && candidates < MaxCandidatesPerRun && longest[i] < MaxRunWords; j = previous[j], candidates++)
            {
                var length = 0;
                while (i + length < n && j + length < i && length < MaxRunWords && words[j + length].Id == words[i + length].Id)
                {
                    length++;
                }

                longest[i] = Math.Max(longest[i], length);
            }
        }

        return longest;
    }

    /// <summary>Start of text, or after a sentence end, a line break or a hashtag (seed 004: "#LI-Remote 4+ years").</summary>
    private static bool StartsSentence(string text, int start)
    {
        var k = start - 1;
        while (k >= 0 && text[k] is ' ' or '\t')
        {
            k--;
        }

        if (k < 0 || text[k] is '\n' or '.' or '!' or '?' or ':' or ';')
        {
            return true;
        }

        var end = k + 1;
        while (k >= 0 && !char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        return Hashtag().IsMatch(text.AsSpan(k + 1, end - k - 1));
    }

    private static (int, int, int) Key(List<Word> words, int i) => (words[i].Id, words[i + 1].Id, words[i + 2].Id);

    [GeneratedRegex(@"\S+")]
    private static partial Regex Token();

    [GeneratedRegex(@"^#\p{L}[\p{L}\p{N}_-]*[.,;:]?$")]
    private static partial Regex Hashtag();

    /// <summary>A word of the text: its number in the <see cref="Vocabulary"/> and where it starts.</summary>
    private readonly record struct Word(int Id, int Start);

    /// <summary>Numbers the distinct words of a text, compared normalized: runs then compare numbers,
    /// and each distinct word is copied once, not each occurrence.</summary>
    private sealed class Vocabulary
    {
        private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
        private char[] lowered = new char[64];

        /// <summary>The number of the token without punctuation at its ends, in lower case;
        /// -1 when it has no letter or digit.</summary>
        public int Id(ReadOnlySpan<char> token)
        {
            var start = 0;
            var end = token.Length;
            while (start < end && !char.IsLetterOrDigit(token[start]))
            {
                start++;
            }

            while (end > start && !char.IsLetterOrDigit(token[end - 1]))
            {
                end--;
            }

            if (start == end)
            {
                return -1;
            }

            if (lowered.Length < end - start)
            {
                lowered = new char[end - start];
            }

            var word = lowered.AsSpan(0, end - start);
            token[start..end].ToLowerInvariant(word);
            var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(word, out var id))
            {
                id = ids.Count;
                lookup.TryAdd(word, id);
            }

            return id;
        }
    }
}
