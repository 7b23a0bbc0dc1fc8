using System.Text.RegularExpressions;

namespace JobBoard.Normalize;

/// <summary>
/// A pattern of phrases the normalizer looks for in every posting's body, matched by its source-generated backtracking
/// regex until a read has given it a lot of text, then by .NET's NonBacktracking engine built from the same pattern.
/// </summary>
/// <remarks>
/// For a long alternation of phrases behind <c>\b</c> the generated regex is tried at most letters of a text; the
/// NonBacktracking engine's automaton reads each character once. On 3,000 generated postings the employment-type list
/// took a quarter of the time on it, the remote list a ninth and the links two fifths; on 108 real postings every list
/// took between two fifths and a twentieth. But building the automaton costs 10–70 ms a pattern, more than a small
/// board's whole read: so it is built only once the generated regex has read <see cref="Switch"/> characters, and
/// dropped when the read ends (<see cref="Reset"/>), since its states take tens of megabytes at 100,000 postings. Both
/// engines find the same matches for these patterns (<c>PhraseMatcherTests</c> holds them to that); the automaton
/// supports no lookaround, atomic group or backreference, so a pattern given here has none.
/// </remarks>
internal sealed class PhraseMatcher
{
    /// <summary>About a thousand postings' bodies: a board this big reads enough text to pay for the automaton.</summary>
    private const long Switch = 8_000_000;

    private Lazy<Regex> automaton;
    private long read;

    public PhraseMatcher(Regex generated)
    {
        Generated = generated;
        automaton = Automate(generated);
    }

    /// <summary>The source-generated regex.</summary>
    internal Regex Generated { get; }

    /// <summary>The NonBacktracking engine for the same pattern.</summary>
    internal Regex Automaton => automaton.Value;

    /// <summary>The engine to match <paramref name="text"/> with: the automaton once the read has given enough text.</summary>
    public Regex For(string text) => Interlocked.Add(ref read, text.Length) > Switch ? automaton.Value : Generated;

    /// <summary>A read of postings has ended: the automaton is dropped and the count starts again from nothing. A read
    /// still going on elsewhere (a test, say) keeps the engine it was given, and finds the same matches with either.</summary>
    public void Reset()
    {
        automaton = Automate(Generated);
        Interlocked.Exchange(ref read, 0);
    }

    private static Lazy<Regex> Automate(Regex generated) =>
        new(() => new Regex(generated.ToString(), generated.Options | RegexOptions.NonBacktracking, generated.MatchTimeout));
}
