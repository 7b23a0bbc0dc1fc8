using System.Buffers;
using System.Text;

namespace JobBoard.Normalize;

/// <summary>
/// Words to find in a text in one vectorized scan. <see cref="SearchValues{T}"/> of strings scans with vector
/// instructions only when every word is ASCII; one word with a letter outside it ("rémunération") sends the whole set
/// to a character-by-character automaton, five times slower on the lines of postings. So the words outside ASCII are a
/// set apart, looked for only in a text that has a character outside ASCII, as any text holding one of them must:
/// compared ordinally, ignoring case or not, no character outside ASCII equals one in it ("ſ" is not "s", nor "ı" "i").
/// </summary>
internal sealed class WordSearch
{
    private readonly SearchValues<string> ascii;
    private readonly SearchValues<string> other;

    /// <param name="comparison"><see cref="StringComparison.Ordinal"/> or <see cref="StringComparison.OrdinalIgnoreCase"/>.</param>
    public WordSearch(IReadOnlyCollection<string> words, StringComparison comparison)
    {
        ascii = SearchValues.Create([.. words.Where(word => Ascii.IsValid(word))], comparison);
        other = SearchValues.Create([.. words.Where(word => !Ascii.IsValid(word))], comparison);
    }

    /// <summary>Whether <paramref name="text"/> holds one of the words.</summary>
    public bool In(ReadOnlySpan<char> text) =>
        text.ContainsAny(ascii) || (text.ContainsAnyExceptInRange('\0', '\u007f') && text.ContainsAny(other));
}
