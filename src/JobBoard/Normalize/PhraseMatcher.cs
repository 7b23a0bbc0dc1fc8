using System.Diagnostics;
using System.Text.RegularExpressions;

namespace JobBoard.Normalize;

/// <summary>
/// A pattern of phrases the normalizer looks for in every posting's body, matched by its source-generated backtracking
/// regex until that has taken about what building the automaton of .NET's NonBacktracking engine costs, then by the
/// automaton built from the same pattern.
/// </summary>
/// <remarks>
/// For a long alternation of phrases behind <c>\b</c> the generated regex is tried at most letters of a text; the
/// automaton reads each character once. On the 1,000 generated postings of the benchmark the three-kind workplace pattern
/// took 574 ms generated and 16 ms as an automaton, and on the 108 real postings of the corpus every pattern's automaton
/// was 2 to 41 times faster; but on the generated postings two patterns were a little faster generated. Building an
/// automaton costs 5–90 ms under the JIT, less in the native tool: more than a small board's whole read needs of some
/// patterns. So each pattern rents before it buys: the generated regex matches until it has spent <see cref="Budget"/>,
/// about the cost of a build, and only then is the automaton built. Where the automaton is the faster, a read pays about
/// twice at most what it would have known to pay in advance. The automaton is dropped when the read ends
/// (<see cref="Reset"/>), since its states take tens of megabytes at 100,000 postings. Which engine matches depends on
/// the clock, what they find does not: both find the same matches for these patterns (<c>PhraseMatcherTests</c> holds
/// them to that); the automaton supports no lookaround, atomic group or backreference, so a pattern given here has none.
/// </remarks>
internal sealed class PhraseMatcher
{
    /// <summary>The time the generated regex may take, over a read, before the automaton is built.</summary>
    internal static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(20);

    private readonly long budget;
    private Regex? automaton;
    private long spent;
    private int building;

    /// <param name="budget"><see cref="Budget"/> unless given.</param>
    public PhraseMatcher(Regex generated, TimeSpan? budget = null)
    {
        Generated = generated;
        this.budget = (long)((budget ?? Budget).TotalSeconds * Stopwatch.Frequency);
    }

    /// <summary>The source-generated regex.</summary>
    internal Regex Generated { get; }

    /// <summary>The NonBacktracking engine for the same pattern, built if it is not yet.</summary>
    internal Regex Automaton => Volatile.Read(ref automaton) ?? Build();

    /// <summary>What <paramref name="match"/> finds in <paramref name="text"/> with the engine to use now, timed while it is
    /// the generated regex. The first call over budget builds the automaton; calls meanwhile on other threads go on with
    /// the generated regex rather than wait for it.</summary>
    public T Apply<T>(string text, Func<Regex, string, T> match)
    {
        if (Volatile.Read(ref automaton) is { } built)
        {
            return match(built, text);
        }

        if (Volatile.Read(ref spent) > budget && Interlocked.Exchange(ref building, 1) == 0)
        {
            return match(Build(), text);
        }

        var start = Stopwatch.GetTimestamp();
        var found = match(Generated, text);
        Interlocked.Add(ref spent, Stopwatch.GetTimestamp() - start);
        return found;
    }

    /// <summary>A read of postings has ended: the automaton is dropped and the generated regex's time starts again from
    /// nothing. A read still going on elsewhere (a test, say) keeps the engine it was given, and finds the same matches
    /// with either.</summary>
    public void Reset()
    {
        Volatile.Write(ref automaton, null);
        Interlocked.Exchange(ref spent, 0);
        Interlocked.Exchange(ref building, 0);
    }

    private Regex Build()
    {
        var built = new Regex(Generated.ToString(), Generated.Options | RegexOptions.NonBacktracking, Generated.MatchTimeout);
        return Interlocked.CompareExchange(ref automaton, built, null) ?? built;
    }
}
