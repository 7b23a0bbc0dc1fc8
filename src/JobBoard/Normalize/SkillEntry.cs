namespace JobBoard.Normalize;

/// <summary>One skill of the taxonomy, as read from <c>taxonomy.yml</c>.</summary>
/// <param name="Id">Canonical id, lowercase kebab-case.</param>
/// <param name="Name">Display name.</param>
/// <param name="Synonyms">Other spellings; the id and name are always recognized too.</param>
/// <param name="AmbiguousWords">Keys (see <see cref="SkillKey"/>) of the words that are only
/// recognized in explicit tags and stack lists, never in free prose.</param>
internal sealed record SkillEntry(
    string Id,
    string Name,
    IReadOnlyList<string> Synonyms,
    IReadOnlySet<string> AmbiguousWords)
{
    /// <summary>Id, name and synonyms: every way of writing the skill.</summary>
    public IEnumerable<string> Words => new[] { Id, Name }.Concat(Synonyms);
}
