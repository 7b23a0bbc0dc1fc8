using System.Collections.Immutable;
using System.Diagnostics;

namespace JobBoard.Pipeline;

/// <summary>One pipeline stage: its wall time, the bytes allocated during it (all threads), and the
/// process's peak memory (working set) when it ended.</summary>
public sealed record StageLap(string Stage, TimeSpan Time, long Allocated, long PeakMemory);

/// <summary>Wall time, allocations and peak memory per pipeline stage, for <c>build --stats</c>, progress and the benchmarks.</summary>
/// <param name="done">Told the name of each stage as it ends (progress on a terminal).</param>
public sealed class StageClock(Action<string>? done = null)
{
    private readonly Stopwatch watch = Stopwatch.StartNew();
    private long allocated = GC.GetTotalAllocatedBytes();
    private readonly ImmutableArray<StageLap>.Builder laps = ImmutableArray.CreateBuilder<StageLap>();

    public ImmutableArray<StageLap> Laps => laps.ToImmutable();

    /// <summary>Ends the stage that ran since the previous lap.</summary>
    public void Lap(string stage)
    {
        using var process = Process.GetCurrentProcess();
        var now = GC.GetTotalAllocatedBytes();
        laps.Add(new StageLap(stage, watch.Elapsed, now - allocated, process.PeakWorkingSet64));
        done?.Invoke(stage);
        allocated = GC.GetTotalAllocatedBytes();
        watch.Restart();
    }
}
