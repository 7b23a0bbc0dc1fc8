namespace JobBoard.Render;

/// <summary>
/// A body's plain text as a template sees it (<c>job.bodyText</c>): encoded where it is placed, as a string is, by the
/// theme's formatter (<see cref="JobViewPartials.Formatter"/>). It stays in the characters it was written into, and only
/// a template that places it makes a string of it.
/// </summary>
public sealed class Prose(ReadOnlyMemory<char> chars)
{
    public ReadOnlyMemory<char> Chars => chars;

    public override string ToString() => chars.ToString();
}
