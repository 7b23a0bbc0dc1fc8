using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JobBoard.Site;

namespace JobBoard.Tests.Site;

/// <summary>Sorting with the last build's order gives exactly what sorting from scratch gives.</summary>
public sealed class IncrementalSortTests
{
    private static readonly Comparer<Item> ByKey = Comparer<Item>.Create((a, b) => a.Key.CompareTo(b.Key));

    /// <summary>A reference type, so that two items with equal keys are still two objects.</summary>
    private sealed record Item(int Key);

    [Property(MaxTest = 300)]
    public Property Any_mix_of_kept_added_and_removed_items_sorts_as_from_scratch() =>
        Prop.ForAll(
            ArbMap.Default.ArbFor<int[]>(),
            ArbMap.Default.ArbFor<int[]>(),
            ArbMap.Default.ArbFor<int>(),
            (before, after, seed) =>
            {
                var last = before.Distinct().Select(k => new Item(k)).ToList();
                var lastSorted = last.Order(ByKey).ToImmutableArray();

                // The items of this build: the last build's objects for keys in both, new objects for the others, shuffled.
                var now = after.Distinct().Select(k => last.Find(i => i.Key == k) ?? new Item(k)).ToList();
                var shuffled = now.OrderBy(_ => new Random(seed).Next()).ToList();
                var sorted = IncrementalSort.Sort(shuffled, lastSorted, ByKey);
                return sorted.SequenceEqual(now.Order(ByKey));
            });

    [Theory]
    [InlineData(0)] // nothing sorted before
    [InlineData(1)] // one edit
    [InlineData(65)] // more new items than are inserted one by one
    public void Keeps_the_objects_it_was_given(int added)
    {
        var kept = Enumerable.Range(0, 200).Select(k => new Item(k * 2)).ToList();
        var fresh = Enumerable.Range(0, added).Select(k => new Item((k * 2) + 1)).ToList();
        var sorted = IncrementalSort.Sort([.. fresh, .. kept], added == 0 ? default : [.. kept], ByKey);

        Assert.Equal(Enumerable.Range(0, 200 + added).Select(k => k < 2 * added ? k : 2 * (k - added)), sorted.Select(i => i.Key));
        Assert.All(kept.Concat(fresh), item => Assert.Contains(sorted, s => ReferenceEquals(s, item)));
    }
}
