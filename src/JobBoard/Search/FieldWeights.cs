using System.Runtime.InteropServices;
using JobBoard.Model;

namespace JobBoard.Search;

/// <summary>
/// What each field of a posting is worth to a matching term: title &gt; tags and level &gt; company &gt;
/// location &gt; body. A term scores each field once, except the body, where repeats count up
/// to <see cref="BodyRepeatCap"/> (a word said five times is about the job; said fifty
/// times it is boilerplate).
/// </summary>
public static class FieldWeights
{
    public const int Title = 16;
    public const int Tags = 8;
    public const int Company = 6;
    public const int Location = 4;
    public const int Body = 1;
    public const int BodyRepeatCap = 4;

    /// <summary>Every stemmed term of a posting with its score, in ordinal term order.</summary>
    /// <param name="tagNames">The posting's tags as shown (display names) and their other spellings; ids are indexed too.</param>
    /// <param name="bodyText">The description as plain text.</param>
    public static (string[] Terms, int[] Scores) Score(Posting posting, IEnumerable<string> tagNames, string bodyText)
    {
        var (tallies, terms) = reused ?? (new(StringComparer.Ordinal), []);
        reused = null;
        var field = 0;

        void Field(IEnumerable<string> texts, int weight)
        {
            field++;
            terms.Clear();
            foreach (var text in texts)
            {
                SearchText.AddTerms(text, terms);
            }

            foreach (var term in terms)
            {
                ref var tally = ref CollectionsMarshal.GetValueRefOrAddDefault(tallies, term, out _);
                if (tally.Field != field)
                {
                    tally = tally with { Score = tally.Score + weight, Field = field };
                }
            }
        }

        Field([posting.Title ?? ""], Title);
        Field(posting.Tags.Concat(tagNames).Concat(Levels(posting.Experience)), Tags);
        Field([posting.Company?.Name ?? ""], Company);
        // "remote" is a place people search for.
        Field(posting.Locations.Select(l => l.Label).Concat(posting.Workplace.Names()).Append(posting.RemoteRegion ?? ""), Location);

        terms.Clear();
        SearchText.AddTerms(bodyText, terms);
        SearchText.AddTerms(posting.EmploymentType?.ToLabel(), terms);
        foreach (var term in terms)
        {
            ref var tally = ref CollectionsMarshal.GetValueRefOrAddDefault(tallies, term, out _);
            if (tally.BodyRepeats < BodyRepeatCap)
            {
                tally = tally with { Score = tally.Score + Body, BodyRepeats = tally.BodyRepeats + 1 };
            }
        }

        var sortedTerms = new string[tallies.Count];
        var scores = new int[tallies.Count];
        var at = 0;
        foreach (var (term, tally) in tallies)
        {
            (sortedTerms[at], scores[at]) = (term, tally.Score);
            at++;
        }

        Array.Sort(sortedTerms, scores, StringComparer.Ordinal);
        if (terms.Capacity <= MostReused && tallies.Count <= MostReused)
        {
            tallies.Clear();
            terms.Clear();
            reused = (tallies, terms);
        }

        return (sortedTerms, scores);
    }

    /// <summary>The most terms a thread's tally and term list are reused for: clearing them costs as much as they
    /// grew to, so those of a huge posting are let go.</summary>
    private const int MostReused = 1 << 14;

    /// <summary>This thread's tally and term list, reused from posting to posting: a board scores thousands.</summary>
    [ThreadStatic]
    private static (Dictionary<string, Tally> Tallies, List<string> Terms)? reused;

    /// <summary>A term's score so far, the last field that scored it (a field scores a term once), and how many of the
    /// body's repeats have counted.</summary>
    private record struct Tally(int Score, int Field, int BodyRepeats);

    /// <summary>"senior" finds a senior job; a range ("mid-senior") is each level in it.</summary>
    private static IEnumerable<string> Levels(Experience? experience) =>
        experience is null ? [] : LevelTerms.Where(l => l.Level >= experience.From && l.Level <= experience.To).Select(l => l.Term);

    private static readonly (ExperienceLevel Level, string Term)[] LevelTerms =
        [.. Enum.GetValues<ExperienceLevel>().Select(l => (l, l.ToString().ToLowerInvariant()))];
}
