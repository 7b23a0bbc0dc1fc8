using System.Collections.Immutable;
using JobBoard.Model;

namespace JobBoard.Normalize;

/// <summary>What a location value says: the named places, where the work happens, and where remote
/// applicants must be.</summary>
/// <param name="Places">Named places as written ("San Francisco, CA"), in order, distinct.</param>
/// <param name="Workplace">Every arrangement the value allows; <see cref="Workplace.None"/> when it says nothing.</param>
/// <param name="RemoteRegion">Canonical region for remote work ("US", "EU", "Europe"), or null when
/// none is named or the work is remote from anywhere.</param>
public sealed record LocationInfo(ImmutableArray<string> Places, Workplace Workplace, string? RemoteRegion)
{
    /// <summary>A value that says nothing.</summary>
    public static LocationInfo Empty { get; } = new([], Workplace.None, null);
}
