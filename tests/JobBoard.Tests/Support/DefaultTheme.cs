using System.Collections.Concurrent;
using JobBoard.Render;

namespace JobBoard.Tests.Support;

/// <summary>The repository's theme (theme/), compiled once per language for the tests that read its texts.</summary>
public static class DefaultTheme
{
    private static readonly ConcurrentDictionary<string, Theme> Themes = new(StringComparer.Ordinal);

    public static Theme In(string language) => Themes.GetOrAdd(language, l =>
        Theme.Load(RepoPaths.Theme, l, strict: true) is { Value: { } theme } ? theme : throw new InvalidOperationException("the theme does not load"));

    public static Translation Translation(string language) => In(language).Translation;
}
