using System.Text.RegularExpressions;

namespace JobBoard.Normalize;

/// <summary>
/// A pattern of phrases the normalizer looks for in every posting's body, matched by its source-generated backtracking
/// regex until it has read a lot of text, then by .NET's NonBacktracking engine built from the same pattern.
/// </summary>
/// <remarks>
/// For a long alternation of phrases behind <c>\b</c> the generated regex is tried at most letters of a text; the
/// NonBacktracking engine's automaton reads each character once, and on 3,000 generated postings the phrases took a
/// quarter to a ninth of the time. But building the automaton costs 10–70 ms a pattern, more than a small board's whole
/// read: so it is built only once the generated regex has read <see cref="Switch"/> characters. Both engines find the
/// same matches for these patterns (<c>PhraseMatcherTests</c> holds them to that); the automaton supports no lookaround,
/// atomic group or backreference, so a pattern given here has none.
/// </remarks>
internal sealed class PhraseMatcher(Regex generated)
{
    /// <summary>About a thousand postings' bodies: a board this big reads enough text to pay for the automaton.</summary>
    private const long Switch = 8_000_000;

    private readonly Lazy<Regex> automaton = new(() =>
        new Regex(generated.ToString(), generated.Options | RegexOptions.NonBacktracking, generated.MatchTimeout));

    private long read;

    /// <summary>The source-generated regex.</summary>
    internal Regex Generated => generated;

    /// <summary>The NonBacktracking engine for the same pattern.</summary>
    internal Regex Automaton => automaton.Value;

    /// <summary>The engine to match <paramref name="text"/> with: the automaton once the matcher has read enough text.</summary>
    public Regex For(string text) => Interlocked.Add(ref read, text.Length) > Switch ? automaton.Value : generated;
}
