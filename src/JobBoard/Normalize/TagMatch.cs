namespace JobBoard.Normalize;

/// <summary>The result of <see cref="Taxonomy.Canonicalize"/>.</summary>
/// <param name="Id">The canonical id when <paramref name="Known"/>; otherwise the slug of the raw
/// tag (lowercase ASCII kebab-case), or an empty string when nothing usable was written.</param>
/// <param name="Known">Whether the tag is in the taxonomy.</param>
public readonly record struct TagMatch(string Id, bool Known);
