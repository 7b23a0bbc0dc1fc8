using System.Collections.Immutable;

namespace JobBoard.Site;

/// <summary>
/// Sorting for the preview server's rebuilds: most items are the very objects the last build
/// sorted, so keeping their order and inserting only the others costs one pass and a few binary
/// searches instead of sorting ten thousand again. The order must be total (no two items compare
/// equal): then every way of sorting gives the same result.
/// </summary>
public static class IncrementalSort
{
    /// <summary>More new items than this are sorted with the rest: each insertion moves half the list.</summary>
    private const int MostInserted = 64;

    /// <summary>The items in <paramref name="order"/>.</summary>
    /// <param name="sortedBefore">The last build's items in that order (default when there was none): only the
    /// items not among them are sorted.</param>
    public static ImmutableArray<T> Sort<T>(IReadOnlyCollection<T> items, ImmutableArray<T> sortedBefore, IComparer<T> order)
        where T : class
    {
        var added = sortedBefore.IsDefaultOrEmpty ? null : new HashSet<T>(items, ReferenceEqualityComparer.Instance);
        var sorted = new List<T>(items.Count);
        foreach (var item in added is null ? [] : sortedBefore)
        {
            if (added!.Remove(item))
            {
                sorted.Add(item);
            }
        }

        if (added is null || added.Count > MostInserted)
        {
            var all = items.ToArray();
            Array.Sort(all, order);
            return ImmutableArray.Create(all);
        }

        foreach (var item in added)
        {
            sorted.Insert(~sorted.BinarySearch(item, order), item);
        }

        return [.. sorted];
    }
}
