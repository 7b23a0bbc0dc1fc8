using System.Collections.Immutable;

namespace JobBoard.Model;

/// <summary>A stage's result: a value (null when the input could not be used) and what was noticed.</summary>
public readonly record struct Outcome<T>(T? Value, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => !Diagnostics.IsDefaultOrEmpty && Diagnostics.Any(d => d.IsError);
}
