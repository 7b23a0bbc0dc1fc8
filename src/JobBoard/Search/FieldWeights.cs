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
    public static SortedDictionary<string, int> Score(Posting posting, IEnumerable<string> tagNames, string bodyText)
    {
        var scores = new SortedDictionary<string, int>(StringComparer.Ordinal);

        void Field(IEnumerable<string> texts, int weight)
        {
            foreach (var term in texts.SelectMany(SearchText.Terms).Distinct(StringComparer.Ordinal))
            {
                scores[term] = scores.GetValueOrDefault(term) + weight;
            }
        }

        Field([posting.Title ?? ""], Title);
        Field(posting.Tags.Concat(tagNames).Concat(Levels(posting.Experience)), Tags);
        Field([posting.Company?.Name ?? ""], Company);
        // "remote" is a place people search for.
        Field(posting.Locations.Select(l => l.Label).Concat(posting.Workplace.Names()).Append(posting.RemoteRegion ?? ""), Location);

        var body = SearchText.Terms(bodyText)
            .Concat(SearchText.Terms(posting.EmploymentType?.ToLabel()))
            .CountBy(t => t, StringComparer.Ordinal);
        foreach (var (term, count) in body)
        {
            scores[term] = scores.GetValueOrDefault(term) + Body * Math.Min(count, BodyRepeatCap);
        }

        return scores;
    }

    /// <summary>"senior" finds a senior job; a range ("mid-senior") is each level in it.</summary>
    private static IEnumerable<string> Levels(Experience? experience) =>
        experience is null ? [] : LevelTerms.Where(l => l.Level >= experience.From && l.Level <= experience.To).Select(l => l.Term);

    private static readonly (ExperienceLevel Level, string Term)[] LevelTerms =
        [.. Enum.GetValues<ExperienceLevel>().Select(l => (l, l.ToString().ToLowerInvariant()))];
}
