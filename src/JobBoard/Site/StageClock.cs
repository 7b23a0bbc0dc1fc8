using System.Collections.Immutable;
using System.Diagnostics;

namespace JobBoard.Site;

/// <summary>Wall time per pipeline stage, for <c>build --stats</c>, progress and the benchmarks.</summary>
/// <param name="done">Told the name of each stage as it ends (progress on a terminal).</param>
public sealed class StageClock(Action<string>? done = null)
{
    private readonly Stopwatch watch = Stopwatch.StartNew();
    private readonly ImmutableArray<(string Stage, TimeSpan Time)>.Builder laps = ImmutableArray.CreateBuilder<(string, TimeSpan)>();

    public ImmutableArray<(string Stage, TimeSpan Time)> Laps => laps.ToImmutable();

    /// <summary>Ends the stage that ran since the previous lap.</summary>
    public void Lap(string stage)
    {
        laps.Add((stage, watch.Elapsed));
        done?.Invoke(stage);
        watch.Restart();
    }
}
