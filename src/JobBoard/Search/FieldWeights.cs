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

    /// <summary>Every stemmed term of a posting, by its number in <paramref name="numbers"/>, with its score.</summary>
    /// <param name="tagNames">The posting's tags as shown (display names) and their other spellings; ids are indexed too.</param>
    /// <param name="bodyText">The description as plain text.</param>
    internal static (int[] Terms, int[] Scores) Score(Posting posting, IEnumerable<string> tagNames, ReadOnlySpan<char> bodyText, SearchTerms.TermNumbers numbers)
    {
        var tally = Tally.For(numbers);
        tally.Field([posting.Title ?? ""], Title);
        tally.Field(posting.Tags.Concat(tagNames).Concat(Levels(posting.Experience)), Tags);
        tally.Field([posting.Company?.Name ?? ""], Company);
        // "remote" is a place people search for.
        tally.Field(posting.Locations.Select(l => l.Label).Concat(posting.Workplace.Names()).Append(posting.RemoteRegion ?? ""), Location);
        tally.Body(bodyText);
        tally.Body(posting.EmploymentType?.ToLabel());
        return tally.Take();
    }

    /// <summary>
    /// The scores of one posting's terms as they are met, on one thread, by term number: a posting's body has a thousand
    /// tokens and a board's words repeat, so a token seen before costs one lookup of its span, and no string.
    /// </summary>
    private sealed class Tally
    {
        /// <summary>How many distinct tokens a thread keeps the numbers of before it starts again.</summary>
        private const int MaxKnownTokens = 100_000;

        [ThreadStatic]
        private static Tally? reused;

        private readonly SearchTerms.TermNumbers numbers;

        /// <summary>A folded token (<see cref="SearchText.Tokenize"/>) to the number of its stemmed term.</summary>
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> known =
            new Dictionary<string, int>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>By term number: the term's score so far, the last field that scored it (a field scores a term once),
        /// and how many of the body's repeats have counted. All zero but for the terms met.</summary>
        private (int Score, int Field, int BodyRepeats)[] terms = [];

        /// <summary>The numbers of the terms met, in the order met.</summary>
        private readonly List<int> met = [];

        private int field;

        private Tally(SearchTerms.TermNumbers numbers) => this.numbers = numbers;

        /// <summary>This thread's tally for <paramref name="numbers"/>, empty.</summary>
        public static Tally For(SearchTerms.TermNumbers numbers) =>
            reused is { } tally && tally.numbers == numbers ? tally : reused = new Tally(numbers);

        /// <summary>Scores each term of <paramref name="texts"/> once.</summary>
        public void Field(IEnumerable<string> texts, int weight)
        {
            field++;
            foreach (var text in texts)
            {
                foreach (var token in SearchText.Tokenize(text))
                {
                    ref var term = ref Term(token);
                    if (term.Field != field)
                    {
                        term = term with { Score = term.Score + weight, Field = field };
                    }
                }
            }
        }

        /// <summary>Scores each term of the body for each time it is said, up to <see cref="BodyRepeatCap"/> times.</summary>
        public void Body(ReadOnlySpan<char> text)
        {
            foreach (var token in SearchText.Tokenize(text))
            {
                ref var term = ref Term(token);
                if (term.BodyRepeats < BodyRepeatCap)
                {
                    term = term with { Score = term.Score + FieldWeights.Body, BodyRepeats = term.BodyRepeats + 1 };
                }
            }
        }

        /// <summary>The terms met and their scores; the tally is empty again.</summary>
        public (int[] Terms, int[] Scores) Take()
        {
            var numbered = met.ToArray();
            var scores = new int[numbered.Length];
            for (var i = 0; i < numbered.Length; i++)
            {
                scores[i] = terms[numbered[i]].Score;
                terms[numbered[i]] = default;
            }

            met.Clear();
            field = 0;
            return (numbered, scores);
        }

        private ref (int Score, int Field, int BodyRepeats) Term(ReadOnlySpan<char> token)
        {
            if (!known.TryGetValue(token, out var number))
            {
                if (known.Dictionary.Count >= MaxKnownTokens)
                {
                    known.Dictionary.Clear();
                }

                var spelled = token.ToString();
                number = numbers.Of(SearchText.Stem(spelled));
                known.Dictionary[spelled] = number;
            }

            if (number >= terms.Length)
            {
                Array.Resize(ref terms, Math.Max(number + 1, 2 * terms.Length));
            }

            ref var term = ref terms[number];
            if (term == default)
            {
                met.Add(number);
            }

            return ref term;
        }
    }

    /// <summary>"senior" finds a senior job; a range ("mid-senior") is each level in it.</summary>
    private static IEnumerable<string> Levels(Experience? experience) =>
        experience is null ? [] : LevelTerms.Where(l => l.Level >= experience.From && l.Level <= experience.To).Select(l => l.Term);

    private static readonly (ExperienceLevel Level, string Term)[] LevelTerms =
        [.. Enum.GetValues<ExperienceLevel>().Select(l => (l, l.ToString().ToLowerInvariant()))];
}
